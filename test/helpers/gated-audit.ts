// An instrumented AuditSink for the two-phase acknowledgement tests (test/gateway/audit-durable,
// test/mcp/audit-durable): each record is WRITTEN (append resolves) and DURABLE (the receipt's
// `durable` settles) when the test says so, and a timeline shows the order of writes, syncs,
// upstream calls and answers.
import type { AuditReceipt, AuditSink } from '../../src/engine/pipeline.js';
import type { Action, Event, Verdict } from '../../src/engine/types.js';

interface Gate {
  readonly promise: Promise<void>;
  open(): void;
  fail(e: Error): void;
}

function gate(): Gate {
  let open: () => void = () => undefined;
  let fail: (e: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    open = res;
    fail = rej;
  });
  promise.catch(() => undefined);
  return { promise, open, fail };
}

export interface GatedRecord {
  readonly event: Event;
  readonly verdict: Verdict;
  readonly written: Gate;
  readonly durable: Gate;
}

export class GatedAudit implements AuditSink {
  readonly records: GatedRecord[] = [];
  /** Ordered marks: `written:<action>`, `durable:<action>`, and whatever the test adds. */
  readonly timeline: string[] = [];
  /** Actions whose records wait for the test (`held`); all others are written and durable at once. */
  held = new Set<Action>();

  append(event: Event, verdict: Verdict): Promise<AuditReceipt> {
    const r: GatedRecord = { event, verdict, written: gate(), durable: gate() };
    this.records.push(r);
    const seq = this.records.length;
    void r.written.promise.then(() => this.timeline.push(`written:${event.action}`), () => undefined);
    void r.durable.promise.then(() => this.timeline.push(`durable:${event.action}`), () => this.timeline.push(`lost:${event.action}`));
    if (!this.held.has(event.action)) {
      r.written.open();
      r.durable.open();
    }
    return r.written.promise.then(() => ({ id: `a${seq}`, seq, durable: r.durable.promise }));
  }

  /** The first record of `action` (throws when none was appended yet). */
  of(action: Action): GatedRecord {
    const r = this.records.find((x) => x.event.action === action);
    if (!r) throw new Error(`no ${action} record`);
    return r;
  }

  /** Resolves once a record of `action` was appended. */
  async appended(action: Action, maxMs = 5000): Promise<GatedRecord> {
    const t0 = Date.now();
    for (;;) {
      const r = this.records.find((x) => x.event.action === action);
      if (r) return r;
      if (Date.now() - t0 > maxMs) throw new Error(`no ${action} record within ${maxMs} ms`);
      await new Promise((res) => setTimeout(res, 5));
    }
  }
}

/** Polls `cond` every 5 ms (bounded). */
export async function until(cond: () => boolean, maxMs = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > maxMs) throw new Error(`condition not met within ${maxMs} ms`);
    await new Promise((res) => setTimeout(res, 5));
  }
}

/** Lets the event loop (and the loopback sockets) run for `ms`. */
export const pause = (ms: number): Promise<void> => new Promise((res) => setTimeout(res, ms));
