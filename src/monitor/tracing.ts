// OpenTelemetry traces, optional: a span per decision (`pavise.decision`) and per HTTP request
// (`HTTP <method> <route>`), exported over OTLP/HTTP when `telemetry.otlpEndpoint` is configured.
// Without an endpoint (or a test exporter) no tracer exists and nothing is recorded.
//
// Attributes are ids and closed-set values only — never content, keys or arguments:
// `pavise.action`, `pavise.decision`, `pavise.code`, `pavise.policy_version`, `pavise.detectors`
// (ids of detectors with findings), `pavise.principal` (the principal id, e.g. `key:ab12cd34`),
// `pavise.surface`, `pavise.resource_kind`; HTTP spans carry `http.request.method`, `http.route`
// (the route pattern, never the raw URL) and `http.response.status_code`.
//
// Misses: decision spans are not children of their request span (no async context manager is
// installed; the decision's `pavise.event_id` and time window relate them). No trace context is
// taken from or sent to callers or upstreams. The provider is private (not registered globally),
// so several runtimes in one process do not interfere.
// Cost: one span object per decision and request; export is batched off the request path
// (BatchSpanProcessor: bounded queue of 2048, spans beyond it are dropped, never blocking).
// Failure mode: exporter errors are the SDK's (logged by it, spans dropped); tracing never changes
// a verdict (it is an engine Observer, whose errors the engine swallows).

import type { Attributes, Span, Tracer } from '@opentelemetry/api';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Resources from '@opentelemetry/resources';
import type * as TraceBase from '@opentelemetry/sdk-trace-base';
import type { BasicTracerProvider, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createRequire } from 'node:module';
import type { Observer } from '../engine/pipeline.js';
import type { Event, Verdict } from '../engine/types.js';

// The OpenTelemetry SDK and exporter (~15 MB resident) are loaded only when tracing is on.
const requireCjs = createRequire(import.meta.url);

export interface TracingOptions {
  readonly serviceName: string;
  /** OTLP/HTTP traces endpoint, e.g. http://127.0.0.1:4318/v1/traces. */
  readonly otlpEndpoint?: string;
  /** An exporter of your own (tests: InMemorySpanExporter); spans are exported synchronously. */
  readonly exporter?: SpanExporter;
}

/** The open span of one HTTP request. */
export interface HttpSpan {
  end(status: number): void;
}

export class Tracing implements Observer {
  readonly id = 'tracing';
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;

  constructor(opts: TracingOptions) {
    const processors: SpanProcessor[] = [];
    const { BasicTracerProvider, BatchSpanProcessor, SimpleSpanProcessor } = requireCjs('@opentelemetry/sdk-trace-base') as typeof TraceBase;
    const { resourceFromAttributes } = requireCjs('@opentelemetry/resources') as typeof Resources;
    if (opts.exporter) processors.push(new SimpleSpanProcessor(opts.exporter));
    if (opts.otlpEndpoint !== undefined) processors.push(new BatchSpanProcessor(new (requireCjs('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp).OTLPTraceExporter({ url: opts.otlpEndpoint, timeoutMillis: 5000 })));
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': opts.serviceName }),
      spanProcessors: processors,
    });
    this.tracer = this.provider.getTracer('pavise');
  }

  observe(event: Event, verdict: Verdict): void {
    const detectors = [...new Set(verdict.findings.map((f) => f.detector))].sort();
    const attributes: Attributes = {
      'pavise.event_id': event.id,
      'pavise.action': event.action,
      'pavise.decision': verdict.decision,
      'pavise.policy_version': verdict.policyVersion,
      'pavise.detectors': detectors,
      'pavise.principal': event.principal.id,
      'pavise.surface': event.surface ?? 'sdk',
      'pavise.resource_kind': event.resource.kind,
    };
    if (verdict.code !== undefined) attributes['pavise.code'] = verdict.code.toLowerCase();
    // The span covers event creation to recorded decision (event.time is 0 for synthetic events).
    const span = this.tracer.startSpan('pavise.decision', { kind: SpanKind.INTERNAL, attributes, ...(event.time > 0 ? { startTime: event.time } : {}) });
    if (verdict.decision === 'block' && verdict.code !== undefined && !verdict.code.startsWith('PAVISE_CONTENT') && verdict.code !== 'PAVISE_FORBIDDEN') {
      // Refusals for content or policy are the product working; other codes (audit, budget,
      // upstream, blocked principal) are worth an error status in a trace view.
      span.setStatus({ code: SpanStatusCode.ERROR, message: verdict.code.toLowerCase() });
    }
    span.end();
  }

  /** Start the span of one HTTP request; `route` must be the route pattern, not the URL. */
  startHttp(method: string, route: string): HttpSpan {
    const span: Span = this.tracer.startSpan(`HTTP ${method} ${route}`, {
      kind: SpanKind.SERVER,
      attributes: { 'http.request.method': method, 'http.route': route },
    });
    return {
      end(status: number): void {
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
    };
  }

  /** Export what is buffered and stop (runtime close). */
  async close(): Promise<void> {
    await this.provider.shutdown();
  }
}
