// OpenAI-compatible surface: `POST /v1/chat/completions` (plain and SSE streaming).
//
// Input: every text part of every message becomes a ContentPart with its provenance (system and
// developer -> `system`, user -> `user`, assistant -> `model`, tool -> `tool:<function name>`),
// inspected as one `chat.input` event before anything is sent upstream. Output: message content
// is inspected as `chat.output` (streams through StreamGuard); proposed tool calls are
// reassembled and authorized as `chat.tool_call` before the caller sees them.
//
// Misses: images, audio and files in messages are forwarded uninspected; `logprobs` are dropped
// from responses (they carry the raw tokens and would bypass redaction); `n > 1` streams are
// handled per choice but each choice is audited separately.
// Cost: one engine pass over the input; output scanning as described in stream-guard.ts.
// Failure mode: refusals answer in OpenAI's error shape; a refusal mid-stream is an SSE
// `data: {"error":…}` event (the official SDK throws APIError), after which the stream ends.

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Dispatcher } from 'undici';
import { PaviseError } from '../engine/errors.js';
import { UNTIL_WRITTEN, UNTIL_WRITTEN_SYNC_NOW } from '../engine/pipeline.js';
import type { ContentPart, Verdict } from '../engine/types.js';
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
import { SSE_HEADERS, SseParser, SseSink, formatSse } from './sse.js';
import type { SseEvent } from './sse.js';
import { StreamGuard } from './stream-guard.js';
import type { StreamScanner } from './stream-guard.js';

type Json = Record<string, unknown>;

interface Extracted {
  readonly parts: ContentPart[];
  readonly setters: Array<(text: string) => void>;
}

/** Text parts of an OpenAI `messages` array with provenance, and setters to write redactions back. */
export function openAiInputParts(messages: readonly unknown[]): Extracted {
  const parts: ContentPart[] = [];
  const setters: Array<(text: string) => void> = [];
  const toolNames = new Map<string, string>();
  messages.forEach((m, i) => {
    if (!isObject(m)) return;
    const role = m.role;
    let provenance: ContentPart['provenance'];
    if (role === 'system' || role === 'developer') provenance = 'system';
    else if (role === 'assistant') provenance = 'model';
    else if (role === 'tool') {
      const id = typeof m.tool_call_id === 'string' ? m.tool_call_id : '';
      provenance = `tool:${toolNames.get(id) ?? (typeof m.name === 'string' ? m.name : 'unknown')}`;
    } else if (role === 'function') provenance = `tool:${typeof m.name === 'string' ? m.name : 'unknown'}`;
    else provenance = 'user'; // INVARIANT: unknown roles get the strictest (input) treatment
    const content = m.content;
    if (typeof content === 'string') {
      parts.push({ text: content, provenance, label: `messages[${i}].content` });
      setters.push((t) => {
        m.content = t;
      });
    } else if (Array.isArray(content)) {
      content.forEach((c, j) => {
        if (isObject(c) && typeof c.text === 'string') {
          parts.push({ text: c.text, provenance, label: `messages[${i}].content[${j}].text` });
          setters.push((t) => {
            c.text = t;
          });
        }
      });
    }
    if (role === 'assistant' && Array.isArray(m.tool_calls)) {
      for (const tc of m.tool_calls) {
        if (isObject(tc) && typeof tc.id === 'string' && isObject(tc.function) && typeof tc.function.name === 'string') {
          toolNames.set(tc.id, tc.function.name);
        }
      }
    }
  });
  return { parts, setters };
}

export function applyParts(extracted: Extracted, verdict: Verdict): void {
  const redacted = verdict.parts;
  if (!redacted) return;
  redacted.forEach((p, i) => {
    if (p.text !== extracted.parts[i]?.text) extracted.setters[i]?.(p.text);
  });
}

export function registerOpenAiRoutes(app: FastifyInstance, deps: GatewayDeps): void {
  app.post('/v1/chat/completions', (request, reply) => chatCompletions(deps, request, reply));
}

async function chatCompletions(deps: GatewayDeps, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const { body, model } = chatBody(request.body);
  const provider = providerFor(deps.config, 'openai', model);
  const base = eventBase(request, 'openai', model);

  const input = openAiInputParts(body.messages as unknown[]);
  const verdict = await deps.engine.inspect(makeEvent(base, deps.now(), 'chat.input', input.parts), body.stream === true ? UNTIL_WRITTEN_SYNC_NOW : UNTIL_WRITTEN);
  if (verdict.decision === 'block' || verdict.decision === 'hold') {
    const r = refusal(verdict);
    return sendError(reply, 'openai', r.code, r.message, r.retryAfterSeconds);
  }
  if (verdict.decision === 'redact') applyParts(input, verdict);
  const leak = preparePromptGuard(deps.config.session, 'openai', body);

  const ceiling = deps.config.limits.maxTokens;
  if (ceiling !== undefined) {
    if (body.max_tokens !== undefined) body.max_tokens = capTokens(body.max_tokens, ceiling);
    if (body.max_completion_tokens !== undefined || body.max_tokens === undefined) body.max_completion_tokens = capTokens(body.max_completion_tokens, ceiling);
  }
  // INVARIANT: the caller's bytes go upstream only when nothing above changed the body: no
  // redaction written back, no canary added, no token cap applied (else it is re-serialised).
  const unchanged = verdict.decision === 'allow' && !deps.config.session.canary && ceiling === undefined;
  return forwardChat(
    deps, request, reply, provider, 'openai', '/chat/completions', body, unchanged ? rawBodyOf(request, body) : undefined,
    (up, ac, chars) => streamChat(deps, base, reply, up, ac, chars, leak),
    (json, status) => plainResponse(deps, base, reply, json, status, leak, verdict),
    verdict,
  );
}

async function plainResponse(deps: GatewayDeps, base: EventBase, reply: FastifyReply, json: Json, status: number, leak?: PromptGuard, input?: Verdict): Promise<unknown> {
  const choices = Array.isArray(json.choices) ? json.choices : [];
  const out: Extracted = { parts: [], setters: [] };
  const restore = restoreFor(deps.pseudonymizer, base.session);
  choices.forEach((c, i) => {
    if (!isObject(c)) return;
    if ('logprobs' in c) c.logprobs = null;
    const msg = c.message;
    if (isObject(msg) && typeof msg.content === 'string' && msg.content.length > 0) {
      const text = restore ? restore.text(msg.content) : msg.content;
      msg.content = text;
      out.parts.push({ text, provenance: 'model', label: `choices[${i}].message.content` });
      out.setters.push((t) => {
        msg.content = t;
      });
    }
  });
  if (out.parts.length > 0) {
    const v = await inspectOutput(deps.engine, makeEvent(base, deps.now(), 'chat.output', out.parts), leak);
    if (v.decision === 'block' || v.decision === 'hold') {
      const r = refusal(v);
      await auditDurable(deps, input);
      return sendError(reply, 'openai', r.code, r.message, r.retryAfterSeconds);
    }
    if (v.decision === 'redact') applyParts(out, v);
  }
  try {
    for (const c of choices) {
      if (!isObject(c) || !isObject(c.message) || !Array.isArray(c.message.tool_calls)) continue;
      for (const tc of c.message.tool_calls) {
        if (!isObject(tc) || !isObject(tc.function)) continue;
        const name = typeof tc.function.name === 'string' ? tc.function.name : '';
        const args = typeof tc.function.arguments === 'string' ? tc.function.arguments : '';
        tc.function.arguments = await authorizeToolCall(deps, base, name, args);
      }
    }
  } catch (err) {
    if (!(err instanceof Refused)) throw err;
    const r = refusal(err.verdict);
    await auditDurable(deps, input);
    return sendError(reply, 'openai', r.code, r.message, r.retryAfterSeconds);
  }
  const usage = isObject(json.usage) && typeof json.usage.total_tokens === 'number' ? json.usage.total_tokens : 0;
  deps.limiter.charge(base.principal.id, usage);
  await auditDurable(deps, input);
  return reply.code(status).type('application/json').send(json);
}

// ---------------------------------------------------------------------------------------------
// Streaming

interface ToolAcc {
  id?: string;
  type?: string;
  name: string;
  args: string;
}

interface ChoiceState {
  readonly guard: StreamScanner;
  readonly tools: Map<number, ToolAcc>;
  finished: boolean;
  recorded: boolean;
}

const TEMPLATE_KEYS = ['id', 'object', 'created', 'model', 'system_fingerprint', 'service_tier'];

class Stop extends Error {}

async function streamChat(deps: GatewayDeps, base: EventBase, reply: FastifyReply, up: Dispatcher.ResponseData, ac: AbortController, inputChars: number, leak?: PromptGuard): Promise<void> {
  reply.hijack();
  reply.raw.writeHead(200, SSE_HEADERS);
  const sink = new SseSink(reply.raw);
  const parser = new SseParser();
  const choices = new Map<number, ChoiceState>();
  const restore = restoreFor(deps.pseudonymizer, base.session);
  let template: Json = { object: 'chat.completion.chunk' };
  let haveTemplate = false;
  let usageTokens: number | undefined;
  let outputChars = 0;

  const state = (idx: number): ChoiceState => {
    let st = choices.get(idx);
    if (!st) {
      const inner = new StreamGuard({ engine: deps.engine, template: guardTemplate(base, deps.now()) });
      const guard = leak ? new LeakGuardedScanner(inner, leak, deps.engine) : inner;
      st = {
        guard: restore ? restore.scanner(guard) : guard,
        tools: new Map(),
        finished: false,
        recorded: false,
      };
      choices.set(idx, st);
    }
    return st;
  };
  const chunk = (choice: Json): string => formatSse(JSON.stringify({ ...template, choices: [choice] }));
  const outputEvent = (st: ChoiceState) => makeEvent(base, deps.now(), 'chat.output', [{ text: st.guard.transcript, provenance: 'model' }]);

  const fail = async (st: ChoiceState | undefined, verdict: Verdict): Promise<never> => {
    let v = verdict;
    if (st && !st.recorded) {
      st.recorded = true;
      v = await deps.engine.record(outputEvent(st), verdict);
    }
    const r = refusal(v);
    await sink.write(formatSse(JSON.stringify(errorBody('openai', r.code, r.message))));
    throw new Stop();
  };

  const finishChoice = async (idx: number, finish: Json | undefined): Promise<void> => {
    const st = state(idx);
    if (st.finished) return;
    st.finished = true;
    const step = await st.guard.end();
    if (step.kind === 'block') await fail(st, step.verdict);
    else if (step.text) await sink.write(chunk({ index: idx, delta: { content: step.text }, logprobs: null, finish_reason: null }));
    for (const [ti, t] of [...st.tools].sort((a, b) => a[0] - b[0])) {
      let args: string;
      try {
        args = await authorizeToolCall(deps, base, t.name, t.args);
      } catch (err) {
        if (err instanceof Refused) await fail(st, err.verdict);
        throw err;
      }
      const call = { index: ti, ...(t.id !== undefined ? { id: t.id } : {}), type: t.type ?? 'function', function: { name: t.name, arguments: args } };
      await sink.write(chunk({ index: idx, delta: { tool_calls: [call] }, logprobs: null, finish_reason: null }));
    }
    st.recorded = true;
    const recorded = await deps.engine.record(outputEvent(st), st.guard.summary());
    if (recorded.decision === 'block') await fail(undefined, recorded);
    if (finish) await sink.write(chunk(finish));
  };

  const onEvent = async (ev: SseEvent): Promise<void> => {
    if (ev.data.trim() === '[DONE]') {
      for (const idx of [...choices.keys()]) await finishChoice(idx, undefined);
      await sink.write(formatSse('[DONE]'));
      throw new Stop();
    }
    let obj: unknown;
    try {
      obj = JSON.parse(ev.data);
    } catch {
      throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream sent an invalid stream event');
    }
    if (!isObject(obj)) throw new PaviseError('PAVISE_UPSTREAM_ERROR', 'upstream sent an invalid stream event');
    if (obj.error !== undefined) {
      await sink.write(formatSse(JSON.stringify({ error: obj.error })));
      throw new Stop();
    }
    if (!haveTemplate) {
      template = Object.fromEntries(TEMPLATE_KEYS.filter((k) => k in obj).map((k) => [k, obj[k]]));
      haveTemplate = true;
    }
    if (isObject(obj.usage) && typeof obj.usage.total_tokens === 'number') usageTokens = obj.usage.total_tokens;
    const inChoices = Array.isArray(obj.choices) ? obj.choices : [];
    const outChoices: Json[] = [];
    for (const c of inChoices) {
      if (!isObject(c)) continue;
      const idx = typeof c.index === 'number' ? c.index : 0;
      const st = state(idx);
      const delta = isObject(c.delta) ? c.delta : {};
      const { content, tool_calls: toolCalls, ...rest } = delta;
      let text = '';
      if (typeof content === 'string' && content.length > 0) {
        outputChars += content.length;
        const step = await st.guard.push(content);
        if (step.kind === 'block') await fail(st, step.verdict);
        else text = step.text;
      }
      if (Array.isArray(toolCalls)) {
        for (const tc of toolCalls) {
          if (!isObject(tc)) continue;
          const ti = typeof tc.index === 'number' ? tc.index : 0;
          const acc = st.tools.get(ti) ?? { name: '', args: '' };
          if (typeof tc.id === 'string') acc.id = tc.id;
          if (typeof tc.type === 'string') acc.type = tc.type;
          if (isObject(tc.function)) {
            if (typeof tc.function.name === 'string') acc.name += tc.function.name;
            if (typeof tc.function.arguments === 'string') {
              acc.args += tc.function.arguments;
              outputChars += tc.function.arguments.length;
            }
          }
          st.tools.set(ti, acc);
        }
      }
      const finish = c.finish_reason ?? null;
      const hasRest = Object.keys(rest).length > 0;
      if (text !== '' || (hasRest && finish === null)) {
        outChoices.push({ ...c, delta: { ...rest, ...(text !== '' || content !== undefined ? { content: text } : {}) }, logprobs: null, finish_reason: null });
      }
      if (finish !== null) {
        if (outChoices.length > 0) {
          await sink.write(formatSse(JSON.stringify({ ...obj, choices: outChoices.splice(0) })));
        }
        await finishChoice(idx, { ...c, delta: rest, logprobs: null, finish_reason: finish });
      }
    }
    if (outChoices.length > 0) await sink.write(formatSse(JSON.stringify({ ...obj, choices: outChoices })));
    else if (inChoices.length === 0) await sink.write(formatSse(JSON.stringify(obj))); // usage-only chunk
  };

  try {
    for await (const data of up.body) {
      for (const ev of parser.push(data as Buffer)) await onEvent(ev);
      if (sink.closed) throw new Stop();
    }
    for (const ev of parser.end()) await onEvent(ev);
    for (const idx of [...choices.keys()]) await finishChoice(idx, undefined);
  } catch (err) {
    if (!(err instanceof Stop) && !sink.closed && !ac.signal.aborted) {
      const e = upstreamFailure(err);
      await sink.write(formatSse(JSON.stringify(errorBody('openai', e.code, e.message))));
    }
  } finally {
    up.body.destroy();
    // Anything seen but not yet recorded (client gone, upstream cut) is still audited.
    for (const st of choices.values()) {
      if (!st.recorded) {
        st.recorded = true;
        await deps.engine.record(outputEvent(st), st.guard.summary()).catch(() => undefined);
      }
    }
    deps.limiter.charge(base.principal.id, usageTokens ?? Math.ceil((inputChars + outputChars) / 4));
    sink.end();
  }
}
