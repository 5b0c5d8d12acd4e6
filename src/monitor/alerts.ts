// Alerts: one shape, three sinks — the log, signed webhooks, and a bounded in-memory list the
// admin API and console read.
//
// Webhooks are signed with HMAC-SHA256 over `${timestamp}.${body}` (header
// `x-pavise-signature: t=<unix>,v1=<hex>`), so a receiver can check origin and reject replays.
// Delivery is best-effort with a bounded queue (oldest dropped, counted) and a 5 s timeout per
// attempt, one retry; an alert never blocks a request. Misses: no persistence of undelivered
// alerts across restarts (the audit log holds the underlying decisions).

import { createHmac, randomUUID } from 'node:crypto';

export type Severity = 'info' | 'warning' | 'critical';

export interface Alert {
  readonly id: string;
  readonly time: number;
  readonly severity: Severity;
  /** Stable kind, e.g. `principal_blocked`, `server_quarantined`, `tool_first_use`, `burst`. */
  readonly kind: string;
  readonly message: string;
  readonly principal?: string;
  readonly server?: string;
  readonly session?: string;
  /** Evidence: numbers and ids only, never content. */
  readonly evidence: Readonly<Record<string, string | number | boolean>>;
}

export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
  readonly minSeverity: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type AlertLogger = (alert: Alert) => void;

export class Alerts {
  private readonly recent: Alert[] = [];
  private readonly queue: Array<{ target: WebhookTarget; body: string; attempt: number }> = [];
  private sending = false;
  dropped = 0;
  private readonly listeners = new Set<(a: Alert) => void>();

  constructor(
    private readonly opts: {
      readonly webhooks?: readonly WebhookTarget[];
      readonly log?: AlertLogger;
      readonly keep?: number;
      readonly maxQueue?: number;
      readonly now?: () => number;
      readonly fetch?: typeof fetch;
    } = {},
  ) {}

  raise(a: Omit<Alert, 'id' | 'time'>): Alert {
    const alert: Alert = { id: randomUUID(), time: (this.opts.now ?? Date.now)(), ...a };
    this.recent.push(alert);
    const keep = this.opts.keep ?? 1000;
    if (this.recent.length > keep) this.recent.splice(0, this.recent.length - keep);
    this.opts.log?.(alert);
    for (const l of this.listeners) l(alert);
    for (const target of this.opts.webhooks ?? []) {
      if (RANK[alert.severity] < RANK[target.minSeverity]) continue;
      if (this.queue.length >= (this.opts.maxQueue ?? 1000)) {
        this.queue.shift();
        this.dropped++;
      }
      this.queue.push({ target, body: JSON.stringify(alert), attempt: 0 });
    }
    void this.pump();
    return alert;
  }

  list(limit = 100): Alert[] {
    return this.recent.slice(-limit).reverse();
  }

  onAlert(fn: (a: Alert) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Resolves when the webhook queue is empty (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.sending) await new Promise((r) => setTimeout(r, 5));
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      const doFetch = this.opts.fetch ?? fetch;
      for (let item = this.queue.shift(); item; item = this.queue.shift()) {
        const ts = Math.floor((this.opts.now ?? Date.now)() / 1000);
        try {
          const res = await doFetch(item.target.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-pavise-signature': signWebhook(item.target.secret, ts, item.body) },
            body: item.body,
            redirect: 'error',
            signal: AbortSignal.timeout(5000),
          });
          await res.body?.cancel();
          if (!res.ok && item.attempt === 0) this.queue.push({ ...item, attempt: 1 });
        } catch {
          if (item.attempt === 0) this.queue.push({ ...item, attempt: 1 });
          else this.dropped++;
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
