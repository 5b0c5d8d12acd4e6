// Load generators for the macro benchmarks. All latencies are measured at the client (the queue
// inside the gateway is invisible to in-process timers).
//
// - openLoop: constant arrival rate; each request's latency runs from its SCHEDULED start, so a
//   stall shows up in every request that should have been sent meanwhile (no coordinated
//   omission). At most `maxInflight` outstanding; a request that cannot be sent counts as dropped.
// - closedLoop: autocannon (v8), `connections` connections, no pipelining, for max throughput.
// - streams: `concurrency` SSE streams at once; per stream the time to the first `data:` line,
//   to the first content character, and, per upstream event, the time its content was complete
//   at the client minus the time the upstream was scheduled to emit it ("lateness"), and, with
//   `emitsFrom`, the G3(b) delay against the upstream's recorded emit times: for event i
//   (cumulative characters c_i, written at t_i) and a window W, the time the client had received
//   at least c_i − W characters, minus t_i (events with c_i ≤ W are not counted for W > 0).
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Pool } from 'undici';
import { chatBody } from './payloads.js';

export interface Target {
  readonly name: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export interface LatencyResult {
  readonly n: number;
  readonly errors: number;
  readonly dropped: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly p999: number;
}

export async function openLoop(t: Target, path: string, body: string, rate: number, seconds: number, maxInflight = 50): Promise<LatencyResult> {
  const pool = new Pool(t.url, { connections: maxInflight, pipelining: 1 });
  const lat: number[] = [];
  let errors = 0;
  let dropped = 0;
  let inflight = 0;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const t0 = performance.now() + 5;
  const pending: Promise<void>[] = [];
  const fire = (scheduled: number): Promise<void> => {
    inflight++;
    return pool
      .request({ path, method: 'POST', headers: { ...t.headers, 'content-type': 'application/json' }, body })
      .then(async (res) => {
        await res.body.text();
        if (res.statusCode !== 200) errors++;
        else lat.push(performance.now() - scheduled);
      })
      .catch(() => {
        errors++;
      })
      .finally(() => {
        inflight--;
      });
  };
  let next = 0;
  while (next < total) {
    const now = performance.now();
    while (next < total && t0 + next * interval <= now) {
      if (inflight >= maxInflight) dropped++;
      else pending.push(fire(t0 + next * interval));
      next++;
    }
    const wait = t0 + next * interval - performance.now();
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(wait, 2))));
  }
  await Promise.all(pending);
  await pool.close();
  lat.sort((a, b) => a - b);
  return { n: lat.length, errors, dropped, p50: quantile(lat, 0.5), p90: quantile(lat, 0.9), p99: quantile(lat, 0.99), p999: quantile(lat, 0.999) };
}

export interface ThroughputResult {
  readonly rps: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly p50: number;
  readonly p99: number;
}

export async function closedLoop(t: Target, path: string, body: string, connections: number, seconds: number): Promise<ThroughputResult> {
  const r = await autocannon({
    url: t.url + path,
    method: 'POST',
    headers: { ...t.headers, 'content-type': 'application/json' },
    body,
    connections,
    pipelining: 1,
    duration: seconds,
  });
  return { rps: r.requests.average, errors: r.errors + r.timeouts, non2xx: r.non2xx, p50: r.latency.p50, p99: r.latency.p99 };
}

export interface StreamResult {
  readonly streams: number;
  readonly completed: number;
  readonly errors: number;
  /** Per stream: ms from request start to the first `data:` line. */
  readonly ttft: number[];
  /** Per stream: ms from request start to the first content character. */
  readonly firstContent: number[];
  /** Per upstream content event: ms of lateness against its scheduled emit time. */
  readonly lateness: number[];
  readonly contentEvents: number;
  readonly seconds: number;
  /** Per window W (characters): per upstream content event, ms of delay against its emit time. */
  readonly delays: Record<number, number[]>;
}

export interface StreamOptions {
  /** Upstream URL that answers GET /bench/emits/<id> (bench/upstream.ts): enables `delays`. */
  readonly emitsFrom?: string;
  /** Windows W in characters (default [0]). */
  readonly windows?: readonly number[];
}

let streamSeq = 0;

/**
 * `concurrency` simultaneous streams of `events` content pieces (10 chars each), the upstream
 * emitting one every `intervalMs`. Event i (0-based) is scheduled at (i + 1) * intervalMs after
 * the upstream starts its answer (the role chunk goes first), which the client approximates
 * with the arrival of the first `data:` line.
 */
export async function streams(t: Target, concurrency: number, events: number, intervalMs: number, opts: StreamOptions = {}): Promise<StreamResult> {
  const windows = opts.windows ?? [0];
  const delays: Record<number, number[]> = Object.fromEntries(windows.map((w) => [w, []]));
  const arrivals: Array<{ id: string; at: number[]; chars: number[] }> = [];
  const pool = new Pool(t.url, { connections: concurrency, pipelining: 1 });
  const ttft: number[] = [];
  const firstContent: number[] = [];
  const lateness: number[] = [];
  let errors = 0;
  let completed = 0;
  let contentEvents = 0;
  const t0 = performance.now();
  const one = async (): Promise<void> => {
    const id = `${process.pid}-${++streamSeq}`;
    const body = chatBody(true, 'gpt-4o-mini', events, intervalMs, opts.emitsFrom !== undefined ? id : undefined);
    const arrival = { id, at: [] as number[], chars: [] as number[] };
    const start = performance.now();
    const res = await pool.request({
      path: '/v1/chat/completions',
      method: 'POST',
      headers: { ...t.headers, 'content-type': 'application/json' },
      body,
    });
    if (res.statusCode !== 200) {
      await res.body.text();
      errors++;
      return;
    }
    let buf = '';
    let first = -1;
    let chars = 0;
    let done = 0;
    let sawDone = false;
    for await (const chunk of res.body) {
      const now = performance.now();
      buf += (chunk as Buffer).toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n\n')) >= 0) {
        const ev = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        if (!ev.startsWith('data: ')) continue;
        if (first < 0) {
          first = now;
          ttft.push(now - start);
        }
        const data = ev.slice(6);
        if (data === '[DONE]') {
          sawDone = true;
          continue;
        }
        const obj = JSON.parse(data) as { choices?: Array<{ delta?: { content?: string } }>; error?: unknown };
        if (obj.error !== undefined) errors++;
        const c = obj.choices?.[0]?.delta?.content;
        if (typeof c === 'string' && c.length > 0) {
          if (chars === 0) firstContent.push(now - start);
          chars += c.length;
          // Epoch ms with µs resolution, comparable with bench/upstream.ts's emit times.
          arrival.at.push(performance.timeOrigin + now);
          arrival.chars.push(chars);
          while (done < events && chars >= (done + 1) * 10) {
            lateness.push(now - first - (done + 1) * intervalMs);
            done++;
            contentEvents++;
          }
        }
      }
    }
    if (sawDone && done === events) {
      completed++;
      arrivals.push(arrival);
    } else errors++;
  };
  await Promise.all(Array.from({ length: concurrency }, () => one().catch(() => void errors++)));
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  if (opts.emitsFrom !== undefined) {
    // After the load: the emit-time look-ups must not compete with the streams.
    const up = new Pool(opts.emitsFrom, { connections: 4 });
    for (const a of arrivals) {
      const r = await up.request({ path: `/bench/emits/${encodeURIComponent(a.id)}`, method: 'GET' });
      const json = (await r.body.json()) as { times?: number[] };
      const times = json.times ?? [];
      for (const w of windows) {
        const out = delays[w] ?? [];
        let j = 0;
        for (let i = 0; i < events; i++) {
          const need = (i + 1) * 10 - w;
          const emitted = times[i + 1];
          if ((w > 0 && need <= 0) || emitted === undefined) continue;
          while (j < a.chars.length && (a.chars[j] ?? 0) < need) j++;
          const got = a.at[j];
          if (got !== undefined) out.push(got - emitted);
        }
      }
    }
    await up.close();
  }
  return { streams: concurrency, completed, errors, ttft, firstContent, lateness, contentEvents, seconds, delays };
}

/** CPU seconds (user+sys) and RSS (bytes) of a process, from /proc. */
export function procStat(pid: number): { cpu: number; rss: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tick = 100; // USER_HZ on Linux
    const cpu = (Number(f[11]) + Number(f[12])) / tick;
    const rss = Number(f[21]) * 4096;
    return { cpu, rss };
  } catch {
    return { cpu: NaN, rss: NaN };
  }
}

/** Sample a process's RSS every 100 ms while `work` runs; returns the work's result, peak RSS and CPU%. */
export async function watch<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRss: number; cpuPct: number }> {
  let peak = procStat(pid).rss;
  const c0 = procStat(pid).cpu;
  const w0 = performance.now();
  const timer = setInterval(() => {
    peak = Math.max(peak, procStat(pid).rss);
  }, 100);
  try {
    const result = await work();
    const cpuPct = ((procStat(pid).cpu - c0) / ((performance.now() - w0) / 1000)) * 100;
    return { result, peakRss: Math.max(peak, procStat(pid).rss), cpuPct };
  } finally {
    clearInterval(timer);
  }
}
