// The mock upstream (process "M" of the bench protocol): the test suite's scripted upstream
// (test/helpers/scripted-upstream.ts) with a fixed script — OpenAI and Anthropic JSON (1 KB
// reply), OpenAI SSE (`metadata.bench_events` pieces of 10 chars, one every `metadata.bench_interval_ms`
// ms — in the body, because gateways do not forward caller headers), and
// an MCP-style JSON-RPC echo on POST /mcp. Prints `{"url": …}` on stdout once listening.
// A stream whose body carries `metadata.bench_id` has the time of each write recorded
// (performance.timeOrigin + performance.now(), ms since the epoch with µs resolution, comparable
// across processes on one host); `GET /bench/emits/<id>` answers `{"times": [...]}` once (index 0
// is the role chunk, 1..n the content pieces) so the client can measure against real emit times.
//
//   node --import tsx bench/upstream.ts
import { anthropicMessage, openAiCompletion, openAiStream, startScriptedUpstream } from '../test/helpers/scripted-upstream.js';
import { REPLY_TEXT, streamPieces } from './lib/payloads.js';

/** Emit times per bench_id, bounded (oldest dropped first). */
const emits = new Map<string, number[]>();
const MAX_EMITS = 5000;

const up = await startScriptedUpstream((req) => {
  if (req.method === 'GET' && req.path.startsWith('/bench/emits/')) {
    const id = decodeURIComponent(req.path.slice('/bench/emits/'.length));
    const times = emits.get(id);
    emits.delete(id);
    return times ? { json: { times } } : { status: 404, json: { error: 'unknown id' } };
  }
  const body = req.body as { model?: string; stream?: boolean; id?: unknown; params?: unknown; metadata?: { bench_events?: string; bench_interval_ms?: string; bench_id?: string } } | undefined;
  const model = body?.model ?? 'bench-model';
  if (req.path === '/mcp') return { json: { jsonrpc: '2.0', id: body?.id ?? null, result: { content: [{ type: 'text', text: JSON.stringify(body?.params ?? null) }] } } };
  if (req.path.endsWith('/messages')) return { json: anthropicMessage({ model, text: REPLY_TEXT }) };
  if (body?.stream) {
    const n = Number(body.metadata?.bench_events ?? 256);
    const delayMs = Number(body.metadata?.bench_interval_ms ?? 1);
    const id = body.metadata?.bench_id;
    if (id === undefined) return { raw: openAiStream({ model, pieces: streamPieces(n) }), delayMs };
    const times: number[] = [];
    emits.set(id, times);
    if (emits.size > MAX_EMITS) for (const k of [...emits.keys()].slice(0, emits.size - MAX_EMITS)) emits.delete(k);
    return { raw: openAiStream({ model, pieces: streamPieces(n) }), delayMs, onWrite: (i: number) => void (times[i] = performance.timeOrigin + performance.now()) };
  }
  return { json: openAiCompletion({ model, content: REPLY_TEXT }) };
});
// The recorded request log would grow without bound under load.
setInterval(() => up.requests.splice(0), 1000).unref();
process.stdout.write(JSON.stringify({ url: up.url }) + '\n');
process.on('SIGTERM', () => void up.close().then(() => process.exit(0)));
