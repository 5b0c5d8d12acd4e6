// A scripted stand-in for the OpenAI and Anthropic APIs, listening on 127.0.0.1 (ephemeral
// port). Tests and benchmarks set `upstream.script` to decide each answer and read
// `upstream.requests` to see exactly what the gateway forwarded (headers included).
//
// Answers are plain JSON or a list of raw writes (each written separately, so SSE events or even
// parts of one event arrive as distinct network chunks). Builders below produce well-formed
// OpenAI chunk streams and Anthropic event streams from text pieces and tool calls.

import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
}

export type ScriptedReply =
  | { readonly status?: number; readonly json: unknown; readonly headers?: Record<string, string> }
  | { readonly status?: number; readonly raw: readonly string[]; readonly delayMs?: number; readonly contentType?: string; readonly onWrite?: (index: number) => void }
  | { readonly hang: true };

export type Script = (req: RecordedRequest) => ScriptedReply | Promise<ScriptedReply>;

export interface ScriptedUpstream {
  readonly url: string;
  readonly requests: RecordedRequest[];
  script: Script;
  close(): Promise<void>;
}

const defaultScript: Script = (req) => {
  const body = req.body as { model?: string; stream?: boolean } | undefined;
  const model = body?.model ?? 'test-model';
  if (req.path.endsWith('/models')) return { json: { object: 'list', data: [{ id: 'upstream-model', object: 'model', created: 0, owned_by: 'x' }] } };
  if (req.path.endsWith('/messages')) return body?.stream ? { raw: anthropicStream({ model, pieces: ['Hello', ' world'] }) } : { json: anthropicMessage({ model, text: 'Hello world' }) };
  return body?.stream ? { raw: openAiStream({ model, pieces: ['Hello', ' world'] }) } : { json: openAiCompletion({ model, content: 'Hello world' }) };
};

export async function startScriptedUpstream(script: Script = defaultScript): Promise<ScriptedUpstream> {
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  const state: { script: Script } = { script };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // keep text
      }
      const rec: RecordedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body };
      requests.push(rec);
      void (async () => {
        const r = await state.script(rec);
        if ('hang' in r) {
          hanging.add(res);
          return;
        }
        if ('json' in r) {
          res.writeHead(r.status ?? 200, { 'content-type': 'application/json', ...(r.headers ?? {}) });
          res.end(JSON.stringify(r.json));
          return;
        }
        res.writeHead(r.status ?? 200, { 'content-type': r.contentType ?? 'text/event-stream' });
        for (const [i, piece] of r.raw.entries()) {
          res.write(piece);
          r.onWrite?.(i);
          await new Promise((resolve) => setTimeout(resolve, r.delayMs ?? 1));
        }
        res.end();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get script() {
      return state.script;
    },
    set script(s: Script) {
      state.script = s;
    },
    async close() {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// OpenAI builders

export interface ToolCallSpec {
  readonly id: string;
  readonly name: string;
  /** Argument JSON, split into the pieces the stream sends. */
  readonly argPieces: readonly string[];
}

export function openAiCompletion(o: { model: string; content: string | null; toolCalls?: readonly ToolCallSpec[] }): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1700000000,
    model: o.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: o.content,
          refusal: null,
          ...(o.toolCalls ? { tool_calls: o.toolCalls.map((t) => ({ id: t.id, type: 'function', function: { name: t.name, arguments: t.argPieces.join('') } })) } : {}),
        },
        logprobs: null,
        finish_reason: o.toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** One SSE event per piece (then tool-call deltas, the finish chunk and [DONE]). */
export function openAiStream(o: { model: string; pieces: readonly string[]; toolCalls?: readonly ToolCallSpec[] }): string[] {
  const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1700000000, model: o.model, system_fingerprint: null };
  const ev = (choice: unknown): string => `data: ${JSON.stringify({ ...base, choices: [choice] })}\n\n`;
  const out = [ev({ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null })];
  for (const p of o.pieces) out.push(ev({ index: 0, delta: { content: p }, logprobs: null, finish_reason: null }));
  (o.toolCalls ?? []).forEach((t, i) => {
    out.push(ev({ index: 0, delta: { tool_calls: [{ index: i, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }] }, logprobs: null, finish_reason: null }));
    for (const a of t.argPieces) out.push(ev({ index: 0, delta: { tool_calls: [{ index: i, function: { arguments: a } }] }, logprobs: null, finish_reason: null }));
  });
  out.push(ev({ index: 0, delta: {}, logprobs: null, finish_reason: o.toolCalls ? 'tool_calls' : 'stop' }));
  out.push('data: [DONE]\n\n');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Anthropic builders

export interface ToolUseSpec {
  readonly id: string;
  readonly name: string;
  readonly jsonPieces: readonly string[];
}

export function anthropicMessage(o: { model: string; text: string; toolUse?: readonly ToolUseSpec[] }): unknown {
  return {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: o.model,
    content: [
      ...(o.text ? [{ type: 'text', text: o.text }] : []),
      ...(o.toolUse ?? []).map((t) => ({ type: 'tool_use', id: t.id, name: t.name, input: JSON.parse(t.jsonPieces.join('')) as unknown })),
    ],
    stop_reason: o.toolUse ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 5 },
  };
}

export function anthropicStream(o: { model: string; pieces: readonly string[]; toolUse?: readonly ToolUseSpec[] }): string[] {
  const ev = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
  const out = [
    ev('message_start', { type: 'message_start', message: { id: 'msg_test', type: 'message', role: 'assistant', model: o.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } } }),
    ev('content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
    ev('ping', { type: 'ping' }),
  ];
  for (const p of o.pieces) out.push(ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: p } }));
  out.push(ev('content_block_stop', { type: 'content_block_stop', index: 0 }));
  (o.toolUse ?? []).forEach((t, i) => {
    const index = i + 1;
    out.push(ev('content_block_start', { type: 'content_block_start', index, content_block: { type: 'tool_use', id: t.id, name: t.name, input: {} } }));
    for (const j of t.jsonPieces) out.push(ev('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: j } }));
    out.push(ev('content_block_stop', { type: 'content_block_stop', index }));
  });
  out.push(ev('message_delta', { type: 'message_delta', delta: { stop_reason: o.toolUse ? 'tool_use' : 'end_turn', stop_sequence: null }, usage: { output_tokens: 5 } }));
  out.push(ev('message_stop', { type: 'message_stop' }));
  return out;
}
