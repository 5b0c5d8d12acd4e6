// Prometheus metrics (prom-client) on a registry of our own (not the global default, so several
// runtimes in one process — tests — do not collide). Names and labels are a contract: they are
// listed in docs/monitoring.md and src/monitor/metrics.test.ts checks the list.
//
// The two histograms are FastHistogram (same exposition as prom-client's, a cheaper observe).
// Label values come from closed sets (decision, action, detector ids, surfaces, routes), never
// from user input, so cardinality is bounded.

import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Observer } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';

export const METRIC_NAMES = [
  'pavise_decisions_total',
  'pavise_findings_total',
  'pavise_decision_latency_seconds',
  'pavise_http_requests_total',
  'pavise_http_request_duration_seconds',
  'pavise_upstream_errors_total',
  'pavise_audit_lag_seconds',
  'pavise_alerts_total',
  'pavise_principals_blocked',
  'pavise_servers_quarantined',
] as const;

/**
 * Per-request counts kept in a plain map and added to a prom-client counter when it is read (its
 * `collect`, which prom-client runs before every read): prom-client's `inc` validates and hashes
 * the label object on each call, which cost about as much as the rest of a decision's metrics.
 * Bounded: keys are label values from closed sets (see above).
 */
class PendingCounts<L extends string> {
  private readonly pending = new Map<string, { labels: Record<L, string>; n: number }>();

  add(key: string, labels: () => Record<L, string>): void {
    const e = this.pending.get(key);
    if (e) e.n++;
    else this.pending.set(key, { labels: labels(), n: 1 });
  }

  flush(into: Counter<L>): void {
    for (const e of this.pending.values()) into.inc(e.labels, e.n);
    this.pending.clear();
  }
}

/** One label set's observations: per-bucket counts (not cumulative), sum and count. */
interface Series {
  readonly labels: Record<string, string | number>;
  readonly counts: Float64Array;
  sum: number;
  count: number;
}

interface ExportValue {
  labels: Record<string, string | number>;
  sharedLabels: Record<string, string | number>;
  value: number;
  metricName: string;
  exemplar: null | undefined;
}

/**
 * A histogram with prom-client's exposition (text and JSON) whose `observe` costs a label lookup
 * and a bucket scan: prom-client's own Histogram validates and hashes the label object and keys
 * its buckets by the upper bound as a property name (a double-to-string conversion, several per
 * call), which made the three observations per gateway request about 3 % of its CPU.
 * Registered with the registry as a metric object (`get`, `getForPromString`, `reset`); what it
 * exports is what a prom-client Histogram fed the same observations exports (metrics.test.ts
 * compares the two). Series keep the order of their first observation, as prom-client's do.
 */
export class FastHistogram<L extends string> {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  readonly name: string;
  readonly help: string;
  private readonly labelNames: readonly L[];
  private readonly sortedLabelNames: readonly L[];
  private readonly upperBounds: readonly number[];
  private series = new Map<string, Series>();

  constructor(config: { name: string; help: string; labelNames: readonly L[]; buckets: readonly number[]; registers: readonly Registry[] }) {
    this.name = config.name;
    this.help = config.help;
    this.labelNames = config.labelNames;
    this.sortedLabelNames = [...config.labelNames].sort();
    this.upperBounds = [...config.buckets];
    // The registry reads a metric through get/getForPromString/reset only (prom-client 15).
    for (const r of config.registers) r.registerMetric(this as unknown as Parameters<Registry['registerMetric']>[0]);
  }

  observe(labels: Partial<Record<L, string | number>>, value: number): void {
    let key = '';
    for (const k in labels) {
      if (!(this.labelNames as readonly string[]).includes(k)) throw new Error(`Added label "${k}" is not included in initial labelset`);
    }
    for (const k of this.sortedLabelNames) {
      const v = labels[k];
      if (v !== undefined) key += `${k}:${v},`;
    }
    if (!Number.isFinite(value)) throw new TypeError(`Value is not a valid number: ${String(value)}`);
    let s = this.series.get(key);
    if (s === undefined) {
      s = { labels: { ...labels } as Record<string, string | number>, counts: new Float64Array(this.upperBounds.length), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    const bounds = this.upperBounds;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= (bounds[i] ?? 0)) {
        s.counts[i] = (s.counts[i] ?? 0) + 1;
        break;
      }
    }
    s.sum += value;
    s.count += 1;
  }

  reset(): void {
    this.series = new Map();
  }

  /** prom-client's Histogram.getForPromString: bucket lines (cumulative), +Inf, sum, count. */
  getForPromString(): Promise<{ name: string; help: string; type: 'histogram'; values: ExportValue[]; aggregator: 'sum' }> {
    const values: ExportValue[] = [];
    const bucketName = `${this.name}_bucket`;
    for (const s of this.series.values()) {
      let acc = 0;
      for (let i = 0; i < this.upperBounds.length; i++) {
        acc += s.counts[i] ?? 0;
        values.push({ labels: { le: this.upperBounds[i] ?? 0 }, sharedLabels: s.labels, value: acc, metricName: bucketName, exemplar: null });
      }
      values.push({ labels: { le: '+Inf' }, sharedLabels: s.labels, value: s.count, metricName: bucketName, exemplar: null });
      values.push({ labels: {}, sharedLabels: s.labels, value: s.sum, metricName: `${this.name}_sum`, exemplar: undefined });
      values.push({ labels: {}, sharedLabels: s.labels, value: s.count, metricName: `${this.name}_count`, exemplar: undefined });
    }
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator });
  }

  /** prom-client's Histogram.get: the same values with the series labels merged in. */
  async get(): Promise<{ name: string; help: string; type: 'histogram'; values: Omit<ExportValue, 'sharedLabels'>[]; aggregator: 'sum' }> {
    const data = await this.getForPromString();
    return {
      ...data,
      values: data.values.map(({ sharedLabels, labels, ...rest }) => {
        for (const k of Object.keys(sharedLabels)) labels[k] = sharedLabels[k] ?? '';
        return { ...rest, labels };
      }),
    };
  }
}

export class Metrics implements Observer {
  readonly id = 'metrics';
  readonly registry = new Registry();
  private readonly pendingDecisions = new PendingCounts<'decision' | 'action' | 'surface'>();
  private readonly pendingHttp = new PendingCounts<'route' | 'status'>();
  readonly decisions: Counter<'decision' | 'action' | 'surface'> = new Counter({
    name: 'pavise_decisions_total',
    help: 'Decisions by verdict, action and surface',
    labelNames: ['decision', 'action', 'surface'] as const,
    registers: [this.registry],
    collect: () => this.pendingDecisions.flush(this.decisions),
  });
  readonly findings = new Counter({ name: 'pavise_findings_total', help: 'Findings by detector and action', labelNames: ['detector', 'action'] as const, registers: [this.registry] });
  readonly decisionLatency = new FastHistogram({
    name: 'pavise_decision_latency_seconds',
    help: 'Time from event creation to recorded decision',
    labelNames: ['action'] as const,
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  readonly httpRequests: Counter<'route' | 'status'> = new Counter({
    name: 'pavise_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
    collect: () => this.pendingHttp.flush(this.httpRequests),
  });
  readonly httpDuration = new FastHistogram({
    name: 'pavise_http_request_duration_seconds',
    help: 'HTTP request duration by route (to the last byte for streams)',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [this.registry],
  });
  readonly upstreamErrors = new Counter({ name: 'pavise_upstream_errors_total', help: 'Upstream failures by provider or server and kind', labelNames: ['upstream', 'kind'] as const, registers: [this.registry] });
  readonly alerts = new Counter({ name: 'pavise_alerts_total', help: 'Alerts raised by kind and severity', labelNames: ['kind', 'severity'] as const, registers: [this.registry] });

  constructor(
    sources: {
      readonly auditLagSeconds?: () => number;
      readonly blockedPrincipals?: () => number;
      readonly quarantinedServers?: () => number;
    } = {},
    opts: { readonly defaultMetrics?: boolean } = {},
  ) {
    new Gauge({
      name: 'pavise_audit_lag_seconds',
      help: 'Age of the oldest audit record not yet durable (0 when none pending)',
      registers: [this.registry],
      collect() {
        this.set(sources.auditLagSeconds?.() ?? 0);
      },
    });
    new Gauge({
      name: 'pavise_principals_blocked',
      help: 'Principals currently blocked',
      registers: [this.registry],
      collect() {
        this.set(sources.blockedPrincipals?.() ?? 0);
      },
    });
    new Gauge({
      name: 'pavise_servers_quarantined',
      help: 'MCP servers currently quarantined',
      registers: [this.registry],
      collect() {
        this.set(sources.quarantinedServers?.() ?? 0);
      },
    });
    if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'pavise_process_' });
  }

  /** One finished HTTP request (`pavise_http_requests_total` and `_duration_seconds`). */
  httpRequest(route: string, status: number, seconds: number): void {
    this.pendingHttp.add(`${route}\u0000${status}`, () => ({ route, status: String(status) }));
    this.httpDuration.observe({ route }, seconds);
  }

  observe(event: Event, verdict: Verdict): void {
    const surface = event.surface ?? 'sdk';
    this.pendingDecisions.add(`${verdict.decision}\u0000${event.action}\u0000${surface}`, () => ({ decision: verdict.decision, action: event.action, surface }));
    for (const f of verdict.findings) this.findings.inc({ detector: f.detector, action: event.action });
    if (event.time > 0) this.decisionLatency.observe({ action: event.action }, Math.max(0, Date.now() - event.time) / 1000);
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
