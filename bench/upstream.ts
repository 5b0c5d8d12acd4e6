// The mock upstream (process "M" of the bench protocol): the test suite's scripted upstream
// (test/helpers/scripted-upstream.ts) with a fixed script — OpenAI and Anthropic JSON (1 KB
// reply), OpenAI SSE (`metadata.bench_events` pieces of 10 chars, one every `metadata.bench_interval_ms`
// ms — in the body, because gateways do not forward caller headers), and
// an MCP-style JSON-RPC echo on POST /mcp. Prints `{"url": …}` on stdout once listening.
//
//   node --import tsx bench/upstream.ts
import { anthropicMessage, openAiCompletion, openAiStream, startScriptedUpstream } from '../test/helpers/scripted-upstream.js';
import { REPLY_TEXT, streamPieces } from './lib/payloads.js';

const up = await startScriptedUpstream((req) => {
  const body = req.body as { model?: string; stream?: boolean; id?: unknown; params?: unknown; metadata?: { bench_events?: string; bench_interval_ms?: string } } | undefined;
  const model = body?.model ?? 'bench-model';
  if (req.path === '/mcp') return { json: { jsonrpc: '2.0', id: body?.id ?? null, result: { content: [{ type: 'text', text: JSON.stringify(body?.params ?? null) }] } } };
  if (req.path.endsWith('/messages')) return { json: anthropicMessage({ model, text: REPLY_TEXT }) };
  if (body?.stream) {
    const n = Number(body.metadata?.bench_events ?? 256);
    const delayMs = Number(body.metadata?.bench_interval_ms ?? 1);
    return { raw: openAiStream({ model, pieces: streamPieces(n) }), delayMs };
  }
  return { json: openAiCompletion({ model, content: REPLY_TEXT }) };
});
// The recorded request log would grow without bound under load.
setInterval(() => up.requests.splice(0), 1000).unref();
process.stdout.write(JSON.stringify({ url: up.url }) + '\n');
process.on('SIGTERM', () => void up.close().then(() => process.exit(0)));
