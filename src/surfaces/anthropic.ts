// Anthropic-compatible surface: `POST /v1/messages` (plain and SSE streaming).
//
// Input: `system` -> `system`, user text -> `user`, assistant text -> `model`, `tool_result`
// blocks -> `tool:<tool name>` (looked up from the assistant's `tool_use` id), text documents ->
// `retrieved:document`; one `chat.input` event, inspected before anything goes upstream.
// Output: text blocks are scanned (`chat.output`, streams through StreamGuard, one guard per
// content block); `tool_use` blocks are held until complete and authorized (`chat.tool_call`).
//
// Misses: images, PDFs and `thinking` blocks are forwarded uninspected; server-side tools
// (`server_tool_use`, web search results) pass through as the upstream sent them.
// Cost: as openai.ts.
// Failure mode: refusals answer `{type:'error', error:{type, message, code}}`; mid-stream, an
// `event: error` frame (the official SDK throws APIError) and the stream ends.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Dispatcher } from 'undici';
import { PaviseError } from '../engine/errors.js';
import { UNTIL_WRITTEN, UNTIL_WRITTEN_SYNC_NOW } from '../engine/pipeline.js';
import type { ContentPart, Provenance, Verdict } from '../engine/types.js';
import type { EventBase, GatewayDeps } from './gateway.js';
import {
  Refused,
  auditDurable,
  authorizeToolCall,
  chatBody,
  errorBody,
  eventBase,
  forwardChat,
  guardTemplate,
  isObject,
  makeEvent,
  providerFor,
  rawBodyOf,
  refusal,
  sendError,
  upstreamFailure,
} from './gateway.js';
import { capTokens } from './limits.js';
import type { PromptGuard } from './prompt-guard.js';
import { restoreFor } from './restore.js';
import { LeakGuardedScanner, inspectOutput, preparePromptGuard } from './prompt-guard.js';
import { applyParts } from './openai.js';
import { SSE_HEADERS, SseParser, SseSink, formatSse } from './sse.js';
import type { SseEvent } from './sse.js';
import { StreamGuard } from './stream-guard.js';
import type { StreamScanner } from './stream-guard.js';

type Json = Record<string, unknown>;

interface Extracted {
  readonly parts: ContentPart[];
  readonly setters: Array<(text: string) => void>;
}

export function anthropicInputParts(body: Json): Extracted {
  const parts: ContentPart[] = [];
  const setters: Array<(text: string) => void> = [];
  const add = (holder: Json, key: string, provenance: Provenance, label: string): void => {
    const v = holder[key];
    if (typeof v !== 'string') return;
    parts.push({ text: v, provenance, label });
    setters.push((t) => {
      holder[key] = t;
    });
  };
  if (typeof body.system === 'string') add(body, 'system', 'system', 'system');
  else if (Array.isArray(body.system)) {
    body.system.forEach((b, j) => {
      if (isObject(b)) add(b, 'text', 'system', `system[${j}].text`);
    });
  }
  const toolNames = new Map<string, string>();
  const messages = Array.isArray(body.messages) ? body.messages : [];
  messages.forEach((m, i) => {
    if (!isObject(m)) return;
    const prov: Provenance = m.role === 'assistant' ? 'model' : 'user';
    if (typeof m.content === 'string') {
      add(m, 'content', prov, `messages[${i}].content`);
      return;
    }
    if (!Array.isArray(m.content)) return;
    m.content.forEach((b, j) => {
      if (!isObject(b)) return;
      const label = `messages[${i}].content[${j}]`;
      switch (b.type) {
        case 'text':
          add(b, 'text', prov, `${label}.text`);
          break;
        case 'tool_use':
          if (typeof b.id === 'string' && typeof b.name === 'string') toolNames.set(b.id, b.name);
          break;
        case 'tool_result': {
          const id = typeof b.tool_use_id === 'string' ? b.tool_use_id : '';
          const tp: Provenance = `tool:${toolNames.get(id) ?? 'unknown'}`;
          if (typeof b.content === 'string') add(b, 'content', tp, `${label}.content`);
          else if (Array.isArray(b.content)) {
            b.content.forEach((c, k) => {
              if (isObject(c) && c.type === 'text') add(c, 'text', tp, `${label}.content[${k}].text`);
            });
          }
          break;
        }
        case 'document':
          if (isObject(b.source) && b.source.type === 'text') add(b.source, 'data', 'retrieved:document', `${label}.source.data`);
          break;
        default:
          break;
      }
    });
  });
  return { parts, setters };
}

export function registerAnthropicRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.post('/v1/messages', (request, reply) => messages(deps, request, reply));
}

async function messages(deps: GatewayDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const { body, model } = chatBody(request.body);
  const provider = providerFor(deps.config, 'anthropic', model);
  const base = eventBase(request, 'anthropic', model);

  const input = anthropicInputParts(body);
  const verdict = await deps.engine.inspect(makeEvent(base, deps.now(), 'chat.input', input.parts), body.stream === true ? UNTIL_WRITTEN_SYNC_NOW : UNTIL_WRITTEN);
  if (verdict.decision === 'block' || verdict.decision === 'hold') {
    const r = refusal(verdict);
    return sendError(reply, 'anthropic', r.code, r.message, r.retryAfterSeconds);
  }
  if (verdict.decision === 'redact') applyParts(input, verdict);
  const leak = preparePromptGuard(deps.config.session, 'anthropic', body);
  const ceiling = deps.config.limits.maxTokens;
  if (ceiling !== undefined) body.max_tokens = capTokens(body.max_tokens, ceiling);

  // INVARIANT: the caller's bytes go upstream only when nothing above changed the body: no
  // redaction written back, no canary added, no token cap applied (else it is re-serialised).
  const unchanged = verdict.decision === 'allow' && !deps.config.session.canary && ceiling === undefined;
  return forwardChat(
    deps, request, reply, provider, 'anthropic', '/v1/messages', body, unchanged ? rawBodyOf(request, body) : undefined,
    (up, ac, chars) => streamMessages(deps, base, reply, up, ac, chars, leak),
    (json, status) => plainResponse(deps, base, reply, json, status, leak, verdict),
    verdict,
  );
}

function usageTokens(u: unknown): number {
  if (!isObject(u)) return 0;
  const n = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
  return n(u.input_tokens) + n(u.output_tokens);
}

async function plainResponse(deps: GatewayDeps, base: EventBase, reply: FastifyReply, json: Json, status: number, leak?: PromptGuard, input?: Verdict): Promise<unknown> {
  const blocks = Array.isArray(json.content) ? json.content : [];
  const out: Extracted = { parts: [], setters: [] };
  const restore = restoreFor(deps.pseudonymizer, base.session);
  blocks.forEach((b, i) => {
    if (isObject(b) && b.type === 'text' && typeof b.text === 'string' && b.text.length > 0) {
      const text = restore ? restore.text(b.text) : b.text;
      b.text = text;
      out.parts.push({ text, provenance: 'model', label: `content[${i}].text` });
      out.setters.push((t) => {
        b.text = t;
      });
    }
  });
  if (out.parts.length > 0) {
    const v = await inspectOutput(deps.engine, makeEvent(base, deps.now(), 'chat.output', out.parts), leak);
    if (v.decision === 'block' || v.decision === 'hold') {
      const r = refusal(v);
      await auditDurable(deps, input);
      return sendError(reply, 'anthropic', r.code, r.message, r.retryAfterSeconds);
    }
    if (v.decision === 'redact') applyParts(out, v);
  }
  try {
    for (const b of blocks) {
      if (!isObject(b) || b.type !== 'tool_use') continue;
      const name = typeof b.name === 'string' ? b.name : '';
      const args = JSON.stringify(b.input ?? {});
      const allowed = await authorizeToolCall(deps, base, name, args);
      if (allowed !== args) b.input = parseToolInput(allowed);
    }
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    const r = refusal(err.verdict);
    await auditDurable(deps, input);
    return sendError(reply, 'anthropic', r.code, r.message, r.retryAfterSeconds);
  }
  deps.limiter.charge(base.principal.id, usageTokens(json.usage));
  await auditDurable(deps, input);
  return reply.code(status).type('application/json').send(json);
}

/** Redacted tool input must still be a JSON object; otherwise the call is refused. */
function parseToolInput(text: string): Json {
  try {
    const v = JSON.parse(text) as unknown;
    if (isObject(v)) return v;
  } catch {
    // fall through
  }
  throw new PaviseError('PAVISE_OUTPUT_BLOCKED', 'tool input could not be redacted safely');
}

// ---------------------------------------------------------------------------------------------
// Streaming

interface TextBlock {
  readonly kind: 'text';
  readonly guard: StreamScanner;
  recorded: boolean;
}
interface ToolBlock {
  readonly kind: 'tool';
  readonly block: Json;
  json: string;
}

class Stop extends Error {}

async function streamMessages(deps: GatewayDeps, base: EventBase, reply: FastifyReply, up: Dispatcher.ResponseData, ac: AbortController, inputChars: number, leak?: PromptGuard): Promise<void> {
  reply.hijack();
  reply.raw.writeHead(200, SSE_HEADERS);
  const sink = new SseSink(reply.raw);
  const parser = new SseParser();
  const blocks = new Map<number, TextBlock | ToolBlock>();
  let tokens = 0;
  let outputChars = 0;

  const send = (event: string, data: Json): Promise<void> => sink.write(formatSse(JSON.stringify(data), event));
  const textDelta = (index: number, text: string): Promise<void> => send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text } });
  const outputEvent = (b: TextBlock) => makeEvent(base, deps.now(), 'chat.output', [{ text: b.guard.transcript, provenance: 'model' }]);

  const fail = async (b: TextBlock | undefined, verdict: Verdict): Promise<never> => {
    let v = verdict;
    if (b && !b.recorded) {
      b.recorded = true;
      v = await deps.engine.record(outputEvent(b), verdict);
    }
    const r = refusal(v);
    await send('error', errorBody('anthropic', r.code, r.message));
    throw new Stop();
  };

  const onEvent = async (ev: SseEvent): Promise<void> => {
    let obj: unknown;
    try {
      obj = JSON.parse(ev.data);
    } catch {
      throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream sent an invalid stream event');
    }
    if (!isObject(obj)) throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream sent an invalid stream event');
    const name = ev.event ?? (typeof obj.type === 'string' ? obj.type : 'message');
    const index = typeof obj.index === 'number' ? obj.index : -1;
    switch (name) {
      case 'content_block_start': {
        const cb = isObject(obj.content_block) ? obj.content_block : {};
        if (cb.type === 'text') {
          const inner = new StreamGuard({ engine: deps.engine, template: guardTemplate(base, deps.now()) });
          const guard = leak ? new LeakGuardedScanner(inner, leak, deps.engine) : inner;
          const restore = restoreFor(deps.pseudonymizer, base.session);
          const b: TextBlock = { kind: 'text', guard: restore ? restore.scanner(guard) : guard, recorded: false };
          blocks.set(index, b);
          const initial = typeof cb.text === 'string' ? cb.text : '';
          await send(name, { ...obj, content_block: { ...cb, text: '' } });
          if (initial) {
            outputChars += initial.length;
            const step = await b.guard.push(initial);
            if (step.kind === 'block') await fail(b, step.verdict);
            else if (step.text) await textDelta(index, step.text);
          }
          return;
        }
        if (cb.type === 'tool_use') {
          blocks.set(index, { kind: 'tool', block: cb, json: '' });
          return; // held until content_block_stop
        }
        await send(name, obj);
        return;
      }
      case 'content_block_delta': {
        const b = blocks.get(index);
        const d = isObject(obj.delta) ? obj.delta : {};
        if (b?.kind === 'text' && d.type === 'text_delta' && typeof d.text === 'string') {
          outputChars += d.text.length;
          const step = await b.guard.push(d.text);
          if (step.kind === 'block') await fail(b, step.verdict);
          else if (step.text) await textDelta(index, step.text);
          return;
        }
        if (b?.kind === 'tool') {
          if (d.type === 'input_json_delta' && typeof d.partial_json === 'string') {
            b.json += d.partial_json;
            outputChars += d.partial_json.length;
          }
          return;
        }
        if (b?.kind === 'text' && d.type === 'text_delta') return; // malformed delta: drop
        await send(name, obj);
        return;
      }
      case 'content_block_stop': {
        const b = blocks.get(index);
        if (b?.kind === 'text') {
          const step = await b.guard.end();
          if (step.kind === 'block') await fail(b, step.verdict);
          else if (step.text) await textDelta(index, step.text);
          b.recorded = true;
          const recorded = await deps.engine.record(outputEvent(b), b.guard.summary());
          if (recorded.decision === 'block') await fail(undefined, recorded);
        } else if (b?.kind === 'tool') {
          const toolName = typeof b.block.name === 'string' ? b.block.name : '';
          const argsText = b.json.trim() === '' ? '{}' : b.json;
          let args: string;
          try {
            args = await authorizeToolCall(deps, base, toolName, argsText);
          } catch (err) {
            if (err instanceof Refused) await fail(undefined, err.verdict);
            throw err;
          }
          if (args !== argsText) parseToolInput(args);
          await send('content_block_start', { type: 'content_block_start', index, content_block: { ...b.block, input: {} } });
          await send('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: args } });
        }
        await send(name, obj);
        return;
      }
      case 'message_start':
        if (isObject(obj.message)) tokens += usageTokens(obj.message.usage);
        await send(name, obj);
        return;
      case 'message_delta':
        if (isObject(obj.usage) && typeof obj.usage.output_tokens === 'number') tokens += obj.usage.output_tokens;
        await send(name, obj);
        return;
      case 'message_stop':
        await send(name, obj);
        throw new Stop();
      case 'error':
        await send(name, obj);
        throw new Stop();
      default:
        await send(name, obj); // ping and future event types
        return;
    }
  };

  try {
    for await (const data of up.body) {
      for (const ev of parser.push(data as Buffer)) await onEvent(ev);
      if (sink.closed) throw new Stop();
    }
    for (const ev of parser.end()) await onEvent(ev);
  } catch (err) {
    if (!(err instanceof Stop) && !sink.closed && !ac.signal.aborted) {
      const e = err instanceof PaviseError ? err : upstreamFailure(err);
      await send('error', errorBody('anthropic', e.code, e.message));
    }
  } finally {
    up.body.destroy();
    for (const b of blocks.values()) {
      if (b.kind === 'text' && !b.recorded) {
        b.recorded = true;
        await deps.engine.record(outputEvent(b), b.guard.summary()).catch(() => undefined);
      }
    }
    deps.limiter.charge(base.principal.id, tokens > 0 ? tokens : Math.ceil((inputChars + outputChars) / 4));
    sink.end();
  }
}
