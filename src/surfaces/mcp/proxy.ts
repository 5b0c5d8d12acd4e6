// The MCP proxy core for one upstream server: what a principal sees (`tools/list`) and what it
// may do (`tools/call`, `resources/*`, `prompts/*`), each turned into an engine Event and the
// Verdict applied in MCP's own terms (DESIGN.md "enforce"): a refused call is a tool error result
// (`isError: true`) whose text starts with the lower-cased `pavise_…` code and says why.
//
// Order for tools/call: pinned and clean definition -> input-schema validation -> engine.inspect
// (`tool.call`, argument strings as parts with provenance `model`) -> approval wait when held ->
// upstream call -> engine.inspect (`tool.result`, provenance `tool:<server>/<tool>`) -> client.
// Nothing from the upstream reaches the client without passing the second inspection, and only
// the pinned fields of a definition (pins.ts) are ever forwarded.
//
// Misses: completions, logging, subscriptions and server-to-client requests are not proxied;
// progress notifications from the upstream are forwarded without their `message` text (untrusted
// text that nobody scans). Cost: per call two engine passes plus one schema validation (compiled
// once per definition hash). Failure mode: closed — an unknown, withheld or unvalidated tool, a
// policy or audit failure, an upstream error: the call is refused with its code.

import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type {
  CallToolResult,
  GetPromptResult,
  ListPromptsResult,
  ListResourcesResult,
  ListResourceTemplatesResult,
  ReadResourceResult,
  ServerNotification,
  ServerRequest,
  Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { CallToolResultSchema, ErrorCode as RpcErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { JsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { ErrorCode } from '../../engine/errors.js';
import { ERRORS, PaviseError } from '../../engine/errors.js';
import type { Engine } from '../../engine/pipeline.js';
import { UNTIL_WRITTEN, newEventId } from '../../engine/pipeline.js';
import type { Action, Event, Obligation, Principal, Reason, Resource, Verdict } from '../../engine/types.js';
import type { ApprovalStore } from '../../policy/approvals.js';
import { collectStrings, replaceStrings } from './content.js';
import type { DefinitionScan } from './definitions.js';
import { GATEWAY_PRINCIPAL, scanDefinitions } from './definitions.js';
import type { PinnedDefinition, PinStore } from './pins.js';
import { definitionHash, pinnedDefinition } from './pins.js';
import type { McpLogger, UpstreamConfig } from './upstream.js';
import { Upstream } from './upstream.js';
import type { Pseudonymizer } from '../../detect/redact.js';
import type { Restore } from '../restore.js';
import { restoreFor } from '../restore.js';

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Who is asking, in which MCP session (= Pavise session). */
export interface Caller {
  readonly principal: Principal;
  readonly session: string;
}

export interface ProxyDeps {
  readonly engine: Engine;
  readonly pins: PinStore;
  readonly log: McpLogger;
  readonly approvals?: ApprovalStore | undefined;
  /** Deny everything when the engine has no authorizer (default true: deny by default). */
  readonly requireAuthorizer: boolean;
  /** Interval of progress notifications while a call waits for approval (default 5 s). */
  readonly approvalProgressMs: number;
  /** Polling interval handed to ApprovalStore.wait (default 500 ms). */
  readonly approvalPollMs: number;
  /** Longest a call waits for a human (default 15 min). */
  readonly approvalMaxWaitMs: number;
  readonly baseDir?: string;
  readonly now: () => number;
  /** Set when the redaction config has a `placeholder` mode: call arguments are restored. */
  readonly pseudonymizer?: Pseudonymizer | undefined;
  /**
   * Per-tool listing filter: may this principal call this tool (a `tool.call` Event without
   * arguments)? Must have no side effects — with Cedar, `(e) => cedar.evaluate(e).decision !==
   * 'deny'` (see toolFilterFrom). Absent: every vetted tool of a server the principal may list
   * is shown, and each call is still authorized on its own.
   */
  readonly toolVisible?: ((event: Event) => boolean | Promise<boolean>) | undefined;
  /** Counts a failed upstream request (`pavise_upstream_errors_total{upstream,kind}`). */
  readonly onUpstreamError?: ((server: string, kind: 'timeout' | 'connect' | 'rpc_error') => void) | undefined;
}

/** The listing filter for an authorizer with a side-effect-free `evaluate` (CedarAuthorizer). */
export function toolFilterFrom(authz: { evaluate(event: Event): { readonly decision: string } }): (event: Event) => boolean {
  return (event) => authz.evaluate(event).decision !== 'deny';
}

export type ToolState = 'ok' | 'withheld';

export interface ToolEntry {
  readonly def: PinnedDefinition;
  readonly hash: string;
  readonly state: ToolState;
  readonly reason?: string;
  readonly labels: readonly string[];
}

export interface ServerFlag {
  readonly reason: string;
  readonly since: number;
  readonly tools: readonly string[];
}

const MAX_TOOLS = 2000;
const MAX_PAGES = 50;

/**
 * Labels of a tool: operator config (`tools.<name>.labels`, server `labels`) plus two derived
 * from MCP annotations. Annotations are the server's own unverified hints (pinned, so they
 * cannot change silently): `destructiveHint: true` adds `destructive` (a server can only make its
 * own tool *more* restricted this way); `openWorldHint: true` adds `untrusted_content` (its
 * results come from outside, so the session gets tainted). No annotation ever removes a label:
 * `readOnlyHint` is ignored, and `external_egress` is left to the operator.
 */
export function toolLabels(cfg: UpstreamConfig, def: PinnedDefinition): string[] {
  const labels = new Set<string>([...cfg.labels, ...(cfg.tools[def.name]?.labels ?? [])]);
  const a = def.annotations ?? {};
  if (a.destructiveHint === true) labels.add('destructive');
  if (a.openWorldHint === true) labels.add('untrusted_content');
  return [...labels].sort();
}

export function errorResult(code: string, message: string, auditId?: string): CallToolResult {
  return {
    content: [{ type: 'text', text: `${code.toLowerCase()}: ${message}` }],
    isError: true,
    _meta: { 'pavise/code': code.toLowerCase(), ...(auditId !== undefined ? { 'pavise/auditId': auditId } : {}) },
  };
}

function refusal(engine: Engine, code: ErrorCode, message: string, reasons: readonly Reason[] = [], obligations: readonly Obligation[] = []): Verdict {
  return { decision: 'block', code, message, reasons, findings: [], redactions: [], policyVersion: engine.policyVersion, obligations };
}

function rpcError(v: Verdict): McpError {
  return new McpError(RpcErrorCode.InvalidRequest, `${(v.code ?? 'PAVISE_FORBIDDEN').toLowerCase()}: ${v.message}`, { code: (v.code ?? 'PAVISE_FORBIDDEN').toLowerCase(), auditId: v.auditId });
}

function upstreamKind(err: unknown): 'timeout' | 'connect' | 'rpc_error' {
  if (err instanceof McpError) return err.code === (RpcErrorCode.RequestTimeout as number) ? 'timeout' : 'rpc_error';
  if (err instanceof PaviseError && err.code === 'PAVISE_UPSTREAM_TIMEOUT') return 'timeout';
  return 'connect';
}

function upstreamError(err: unknown): { code: ErrorCode; message: string } {
  if (err instanceof PaviseError) return { code: err.code, message: err.message };
  if (err instanceof McpError && err.code === (RpcErrorCode.RequestTimeout as number)) return { code: 'PAVISE_UPSTREAM_TIMEOUT', message: ERRORS.PAVISE_UPSTREAM_TIMEOUT.message };
  // The upstream's own message is untrusted text: only its JSON-RPC code travels on.
  const rpc = err instanceof McpError ? ` (JSON-RPC ${err.code})` : '';
  return { code: 'PAVISE_UPSTREAM_ERROR', message: `${ERRORS.PAVISE_UPSTREAM_ERROR.message}${rpc}` };
}

function isWithheld(x: object): x is CallToolResult {
  return 'isError' in x && x.isError === true && '_meta' in x;
}

function withheldText(r: CallToolResult): string {
  const first = r.content[0];
  return first?.type === 'text' ? first.text : 'withheld';
}

export class ServerProxy {
  readonly name: string;
  readonly config: UpstreamConfig;
  readonly upstream: Upstream;
  /** Downstream sessions of this server, notified when its tool list changes. */
  readonly sessions = new Set<Server>();
  private readonly deps: ProxyDeps;
  private tools = new Map<string, ToolEntry>();
  private listed = false;
  private refreshing: Promise<void> | undefined;
  private readonly validators = new Map<string, JsonSchemaValidator<unknown>>();
  private readonly ajv = new AjvJsonSchemaValidator();
  private flagState: ServerFlag | undefined;

  constructor(name: string, config: UpstreamConfig, deps: ProxyDeps) {
    this.name = name;
    this.config = config;
    this.deps = deps;
    this.upstream = new Upstream(name, config, {
      log: deps.log,
      ...(deps.baseDir !== undefined ? { baseDir: deps.baseDir } : {}),
      onToolsChanged: () => this.onToolsChanged(),
    });
  }

  get flag(): ServerFlag | undefined {
    return this.flagState;
  }

  /** Current view of the upstream's tools (after the last refresh). */
  toolEntries(): ToolEntry[] {
    return [...this.tools.values()];
  }

  private reportUpstream(err: unknown): void {
    // Refusals of our own (PaviseError other than upstream ones) are not upstream failures.
    if (err instanceof PaviseError && err.code !== 'PAVISE_UPSTREAM_ERROR' && err.code !== 'PAVISE_UPSTREAM_TIMEOUT') return;
    this.deps.onUpstreamError?.(this.name, upstreamKind(err));
  }

  private changeQueued = false;
  private changeRunning = false;

  /**
   * A `list_changed` storm costs at most one re-list in flight plus one queued, and one downstream
   * notification per session per re-list (not per upstream notification).
   */
  private onToolsChanged(): void {
    this.changeQueued = true;
    if (this.changeRunning) return;
    this.changeRunning = true;
    void (async () => {
      while (this.changeQueued) {
        this.changeQueued = false;
        try {
          // A listing already in flight may predate the change: wait for it, then list again.
          if (this.refreshing) await this.refreshing.catch(() => undefined);
          await this.refresh();
          for (const s of this.sessions) void s.sendToolListChanged().catch(() => undefined);
        } catch (err) {
          this.deps.log.warn({ mcpServer: this.name, err: err instanceof Error ? err.message.slice(0, 300) : 'error' }, 'mcp tool refresh failed');
        }
      }
      this.changeRunning = false;
    })();
  }

  /** Re-list the upstream's tools and check every definition against its pin. Coalesced. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const client = await this.upstream.client();
    const raw: Tool[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await client.listTools(cursor !== undefined ? { cursor } : undefined, { timeout: this.config.timeoutMs });
      raw.push(...r.tools);
      cursor = r.nextCursor;
      if (cursor === undefined || raw.length >= MAX_TOOLS) break;
    }
    const defs = raw.slice(0, MAX_TOOLS).map((t) => pinnedDefinition(t));
    const counts = new Map<string, number>();
    for (const d of defs) counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
    const hashes = new Map(defs.map((d) => [d, definitionHash(d)]));
    const pins = new Map(defs.map((d) => [d.name, this.deps.pins.get(this.name, d.name)]));
    const review = new Set(defs.filter((d) => pins.get(d.name)?.hash !== hashes.get(d)).map((d) => d.name));
    const now = this.deps.now();
    const scan: DefinitionScan | undefined = review.size > 0 ? scanDefinitions(this.deps.engine, this.name, defs, review, now) : undefined;

    const next = new Map<string, ToolEntry>();
    const withheldNow: string[] = [];
    for (const def of defs) {
      const hash = hashes.get(def) ?? definitionHash(def);
      const pin = pins.get(def.name);
      const labels = toolLabels(this.config, def);
      if ((counts.get(def.name) ?? 0) > 1) {
        next.set(def.name, { def, hash, state: 'withheld', reason: 'the server lists this tool name more than once', labels });
        withheldNow.push(def.name);
        continue;
      }
      if (pin?.hash === hash) {
        next.set(def.name, { def, hash, state: 'ok', labels });
        continue;
      }
      const outcome = scan?.outcomes.get(def.name);
      if (outcome?.failed) {
        // Transient: withheld now, nothing recorded as poisoned; the next listing scans again.
        next.set(def.name, { def, hash, state: 'withheld', reason: outcome.detail, labels });
        withheldNow.push(def.name);
        continue;
      }
      const poisoned = outcome?.poisoned ?? true;
      if (pin === undefined && !poisoned) {
        // Trust on first use, recorded before anyone can call the tool.
        const ok = await this.audit('tool.list', def, labels, { decision: 'allow', message: `tool definition pinned (${hash.slice(0, 19)}…)` });
        if (ok) {
          this.deps.pins.approve(this.name, def, now);
          next.set(def.name, { def, hash, state: 'ok', labels });
        } else {
          next.set(def.name, { def, hash, state: 'withheld', reason: 'the pin could not be recorded', labels });
        }
        continue;
      }
      const reason = poisoned ? `tool definition withheld: ${outcome?.detail ?? 'not reviewed'}` : 'tool definition changed since it was pinned; an admin must approve the change (pavise mcp approve)';
      next.set(def.name, { def, hash, state: 'withheld', reason, labels });
      withheldNow.push(def.name);
      if (pin?.pendingHash !== hash) {
        this.deps.pins.setPending(this.name, def, poisoned ? 'poisoned' : 'changed', reason, now);
        this.deps.log.warn({ mcpServer: this.name, tool: def.name, why: poisoned ? 'poisoned' : 'changed' }, 'mcp tool definition withheld; server flagged');
        await this.audit('tool.list', def, labels, { decision: 'block', code: 'PAVISE_TOOL_WITHHELD', message: reason, findings: outcome?.findings ?? [] });
      }
    }
    this.tools = next;
    this.listed = true;
    this.flagState =
      withheldNow.length > 0
        ? { reason: `${withheldNow.length} tool definition(s) withheld`, since: this.flagState?.since ?? now, tools: withheldNow.sort() }
        : undefined;
  }

  /** Record a gateway-side decision about a definition. Returns false when the audit failed. */
  private async audit(
    action: Action,
    def: PinnedDefinition,
    labels: readonly string[],
    v: { decision: 'allow' | 'block'; message: string; code?: ErrorCode; findings?: Verdict['findings'] },
  ): Promise<boolean> {
    const event: Event = {
      id: newEventId(),
      time: this.deps.now(),
      principal: GATEWAY_PRINCIPAL,
      action,
      resource: this.toolResource(def.name, labels),
      parts: [],
      surface: 'mcp',
    };
    const obligations: Obligation[] =
      v.decision === 'block' ? [{ kind: 'alert', message: `MCP server ${this.name}: ${v.message}` }, { kind: 'raise_risk', target: 'server', amount: 0.5 }] : [];
    const verdict: Verdict = {
      decision: v.decision,
      message: v.message,
      reasons: [{ source: 'rule', id: v.decision === 'block' ? 'mcp-definition-withheld' : 'mcp-definition-pinned', message: v.message }],
      findings: v.findings ?? [],
      redactions: [],
      policyVersion: this.deps.engine.policyVersion,
      obligations,
      ...(v.code !== undefined ? { code: v.code } : {}),
    };
    const out = await this.deps.engine.record(event, verdict);
    return out.code !== 'PAVISE_AUDIT_UNAVAILABLE';
  }

  private toolResource(tool: string, labels: readonly string[]): Resource {
    return { kind: 'tool', id: `${this.name}/${tool}`, server: this.name, labels, ...(this.config.tenant !== undefined ? { tenant: this.config.tenant } : {}) };
  }

  private event(caller: Caller, action: Action, resource: Resource, rest: Partial<Pick<Event, 'parts' | 'args'>> = {}): Event {
    return {
      id: newEventId(),
      time: this.deps.now(),
      principal: caller.principal,
      session: caller.session,
      action,
      resource,
      parts: rest.parts ?? [],
      ...(rest.args !== undefined ? { args: rest.args } : {}),
      surface: 'mcp',
    };
  }

  private get noAuthorizer(): boolean {
    return this.deps.requireAuthorizer && this.deps.engine.policyVersion === 'none';
  }

  // -------------------------------------------------------------------------------------------
  // tools

  async listTools(caller: Caller): Promise<Tool[]> {
    try {
      await this.refresh();
    } catch (err) {
      // A failed re-list falls back to the last vetted listing; none yet means nothing to show.
      this.reportUpstream(err);
      this.deps.log.warn({ mcpServer: this.name, err: err instanceof Error ? err.message : 'error' }, 'mcp tools/list upstream failed');
      if (!this.listed) throw new McpError(RpcErrorCode.InternalError, `${upstreamError(err).code.toLowerCase()}: ${upstreamError(err).message}`);
    }
    if (this.noAuthorizer) return [];
    // May the principal list this server at all? (Cedar: `tool.list` on McpServer.) Audited.
    const listing = await this.deps.engine.inspect(this.event(caller, 'tool.list', this.serverResource()));
    if (listing.code === 'PAVISE_AUDIT_UNAVAILABLE') throw rpcError(listing);
    if (listing.decision === 'block') return [];
    const visible: Tool[] = [];
    for (const entry of this.tools.values()) {
      if (entry.state !== 'ok') continue;
      // Which tools may it call? Asked without arguments and without side effects (no approval
      // is created for a listing); a tool that would be held is listed, its calls wait.
      if (this.deps.toolVisible && !(await this.deps.toolVisible(this.event(caller, 'tool.call', this.toolResource(entry.def.name, entry.labels))))) continue;
      visible.push(entry.def as Tool);
    }
    return visible;
  }

  private serverResource(): Resource {
    return { kind: 'server', id: this.name, server: this.name, labels: [...this.config.labels], ...(this.config.tenant !== undefined ? { tenant: this.config.tenant } : {}) };
  }

  private validator(entry: ToolEntry): JsonSchemaValidator<unknown> {
    let v = this.validators.get(entry.hash);
    if (!v) {
      v = this.ajv.getValidator<unknown>(entry.def.inputSchema);
      if (this.validators.size > 5000) this.validators.clear();
      this.validators.set(entry.hash, v);
    }
    return v;
  }

  async callTool(caller: Caller, name: string, args: Record<string, unknown> | undefined, extra: Extra | undefined): Promise<CallToolResult> {
    let entry = this.tools.get(name);
    if (!entry || !this.listed) {
      try {
        await this.refresh();
      } catch (err) {
        this.reportUpstream(err);
        const e = upstreamError(err);
        return errorResult(e.code, e.message);
      }
      entry = this.tools.get(name);
    }
    const resource = this.toolResource(name, entry?.labels ?? [...this.config.labels]);
    // Placeholders the agent's model copied into the arguments (`<EMAIL_1>`, minted when a result
    // or prompt of this session was pseudonymized) are restored before validation, policy and
    // scanning see the arguments, so the tool gets the real value and the taint gate judges it.
    const input = restoredArgs(restoreFor(this.deps.pseudonymizer, caller.session), args);
    const collected = collectStrings(input, 'model');
    const event = this.event(caller, 'tool.call', resource, { args: input, parts: collected.parts });
    const refuse = async (code: ErrorCode, message: string): Promise<CallToolResult> => {
      const v = await this.deps.engine.record(event, refusal(this.deps.engine, code, message, [{ source: 'rule', id: 'mcp-gateway', message }]));
      return errorResult(v.code ?? code, v.code === code ? message : v.message, v.auditId);
    };
    if (!entry) return refuse('PAVISE_NOT_FOUND', `unknown tool ${name}`);
    if (entry.state !== 'ok') return refuse('PAVISE_TOOL_WITHHELD', entry.reason ?? ERRORS.PAVISE_TOOL_WITHHELD.message);
    if (this.noAuthorizer) return refuse('PAVISE_FORBIDDEN', 'no authorization policy is configured');
    if (collected.truncated) return refuse('PAVISE_BODY_TOO_LARGE', 'the arguments hold too many strings or are nested too deeply');
    let valid: boolean;
    let why = '';
    try {
      const r = this.validator(entry)(input);
      valid = r.valid;
      if (!r.valid) why = r.errorMessage.slice(0, 500);
    } catch {
      valid = false;
      why = 'the tool input schema could not be compiled';
    }
    if (!valid) return refuse('PAVISE_BAD_REQUEST', `arguments do not match the tool input schema: ${why}`);

    // Written, not yet durable: the call goes upstream now; every answer below awaits settle().
    let verdict = await this.deps.engine.inspect(event, UNTIL_WRITTEN);
    if (verdict.decision === 'hold') {
      if (verdict.approvalId === undefined || !this.deps.approvals) return errorResult(verdict.code ?? 'PAVISE_APPROVAL_REQUIRED', verdict.message, verdict.auditId);
      const outcome = await this.awaitApproval(verdict.approvalId, extra);
      if (outcome !== 'approved') {
        return refuse('PAVISE_APPROVAL_DENIED', `approval ${verdict.approvalId} was ${outcome}`);
      }
      // The authorizer consumes the approval bound to exactly these arguments.
      verdict = await this.deps.engine.inspect({ ...event, id: newEventId(), time: this.deps.now() });
      if (verdict.decision === 'hold') return errorResult('PAVISE_APPROVAL_DENIED', `the approved call was held again: ${verdict.message}`, verdict.auditId);
    }
    if (verdict.decision === 'block') return errorResult(verdict.code ?? 'PAVISE_FORBIDDEN', verdict.message, verdict.auditId);
    const sendArgs = verdict.decision === 'redact' && verdict.parts ? (replaceStrings(input, collected.paths, verdict.parts) as Record<string, unknown>) : input;

    let result: CallToolResult;
    try {
      const client = await this.upstream.client();
      const token = extra?._meta?.progressToken;
      result = (await client.callTool({ name, arguments: sendArgs }, CallToolResultSchema, {
        timeout: this.config.timeoutMs,
        ...(extra ? { signal: extra.signal } : {}),
        ...(token !== undefined && extra
          ? {
              resetTimeoutOnProgress: true,
              // Progress numbers only: an upstream's progress `message` is unscanned text.
              onprogress: (p) => void extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: p.progress, ...(p.total !== undefined ? { total: p.total } : {}) } }).catch(() => undefined),
            }
          : {}),
      })) as CallToolResult;
    } catch (err) {
      this.reportUpstream(err);
      const e = upstreamError(err);
      return this.settle(verdict, await refuse(e.code, e.message));
    }
    let scanned: CallToolResult;
    try {
      scanned = await this.scanResult(caller, 'tool.result', resource, `tool:${this.name}/${name}`, result);
    } catch (err) {
      // A throwing scan (a programming error) still answers only after the record is durable.
      await this.deps.engine.durable(verdict);
      throw err;
    }
    return this.settle(verdict, scanned);
  }

  /** `out`, once the call's record (`input`, recorded until written) is durable; else the refusal. */
  private async settle(input: Verdict, out: CallToolResult): Promise<CallToolResult> {
    const lost = await this.deps.engine.durable(input);
    return lost ? errorResult(lost.code ?? 'PAVISE_AUDIT_UNAVAILABLE', lost.message, input.auditId) : out;
  }

  /** Scan an upstream result as untrusted content; block -> withheld error, redact -> rewritten. */
  private async scanResult<T extends object>(caller: Caller, action: Action, resource: Resource, provenance: `tool:${string}`, result: T): Promise<T | CallToolResult> {
    const { _meta: _dropped, ...body } = result as T & { _meta?: unknown };
    const collected = collectStrings(body, provenance);
    const event = this.event(caller, action, resource, { parts: collected.parts });
    if (collected.truncated) {
      const v = await this.deps.engine.record(event, refusal(this.deps.engine, 'PAVISE_OUTPUT_BLOCKED', 'the result holds too many strings or is nested too deeply'));
      return errorResult('PAVISE_OUTPUT_BLOCKED', `the result was withheld: ${v.message}`, v.auditId);
    }
    const v = await this.deps.engine.inspect(event);
    if (v.decision === 'block' || v.decision === 'hold') {
      return errorResult(v.code ?? 'PAVISE_OUTPUT_BLOCKED', `the result was withheld: ${v.message}`, v.auditId);
    }
    if (v.decision === 'redact' && v.parts) return replaceStrings(body, collected.paths, v.parts) as T;
    return body as T;
  }

  private async awaitApproval(id: string, extra: Extra | undefined): Promise<string> {
    const approvals = this.deps.approvals;
    if (!approvals) return 'unavailable';
    const token = extra?._meta?.progressToken;
    let n = 0;
    const timer =
      token !== undefined && extra
        ? setInterval(() => {
            n++;
            void extra
              .sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress: n, message: `waiting for approval ${id}` } })
              .catch(() => undefined);
          }, this.deps.approvalProgressMs)
        : undefined;
    const signals = [AbortSignal.timeout(this.deps.approvalMaxWaitMs), ...(extra ? [extra.signal] : [])];
    try {
      const a = await approvals.wait(id, { signal: AbortSignal.any(signals), pollMs: this.deps.approvalPollMs });
      return a.status;
    } catch (err) {
      return err instanceof PaviseError && err.code === 'PAVISE_NOT_FOUND' ? 'not found' : 'not decided in time';
    } finally {
      if (timer) clearInterval(timer);
    }
  }

  // -------------------------------------------------------------------------------------------
  // resources and prompts: authorized per item, contents scanned as untrusted.

  private async permitted(caller: Caller, action: Action, resource: Resource): Promise<boolean> {
    if (this.noAuthorizer) return false;
    const v = await this.deps.engine.decide(this.event(caller, action, resource));
    return v.decision !== 'block';
  }

  private resourceRes(uri: string): Resource {
    return { kind: 'resource', id: uri, server: this.name, labels: [...this.config.labels], ...(this.config.tenant !== undefined ? { tenant: this.config.tenant } : {}) };
  }

  private promptRes(name: string): Resource {
    return { kind: 'prompt', id: `${this.name}/${name}`, server: this.name, labels: [...this.config.labels], ...(this.config.tenant !== undefined ? { tenant: this.config.tenant } : {}) };
  }

  async listResources(caller: Caller, cursor: string | undefined): Promise<ListResourcesResult> {
    const client = await this.upstream.client();
    const r = await client.listResources(cursor !== undefined ? { cursor } : undefined, { timeout: this.config.timeoutMs });
    const out = [];
    for (const res of r.resources) if (await this.permitted(caller, 'resource.read', this.resourceRes(res.uri))) out.push(res);
    return this.scanListing(caller, { resources: out, ...(r.nextCursor !== undefined ? { nextCursor: r.nextCursor } : {}) });
  }

  async listResourceTemplates(caller: Caller, cursor: string | undefined): Promise<ListResourceTemplatesResult> {
    const client = await this.upstream.client();
    const r = await client.listResourceTemplates(cursor !== undefined ? { cursor } : undefined, { timeout: this.config.timeoutMs });
    if (this.noAuthorizer) return { resourceTemplates: [] };
    return this.scanListing(caller, { resourceTemplates: r.resourceTemplates, ...(r.nextCursor !== undefined ? { nextCursor: r.nextCursor } : {}) });
  }

  async listPrompts(caller: Caller, cursor: string | undefined): Promise<ListPromptsResult> {
    const client = await this.upstream.client();
    const r = await client.listPrompts(cursor !== undefined ? { cursor } : undefined, { timeout: this.config.timeoutMs });
    const out = [];
    for (const p of r.prompts) if (await this.permitted(caller, 'prompt.get', this.promptRes(p.name))) out.push(p);
    return this.scanListing(caller, { prompts: out, ...(r.nextCursor !== undefined ? { nextCursor: r.nextCursor } : {}) });
  }

  /** Listings of resources and prompts are descriptions too: scanned (not pinned) before use. */
  private async scanListing<T extends object>(caller: Caller, listing: T): Promise<T> {
    const r = await this.scanResult(caller, 'tool.list', this.serverResource(), `tool:${this.name}/*`, listing);
    if (isWithheld(r)) throw new McpError(RpcErrorCode.InvalidRequest, withheldText(r));
    return r;
  }

  async readResource(caller: Caller, uri: string, extra: Extra | undefined): Promise<ReadResourceResult> {
    const resource = this.resourceRes(uri);
    const pre = await this.deps.engine.inspect(this.event(caller, 'resource.read', resource));
    if (this.noAuthorizer || pre.decision === 'block' || pre.decision === 'hold') throw rpcError(this.noAuthorizer ? refusal(this.deps.engine, 'PAVISE_FORBIDDEN', 'no authorization policy is configured') : pre);
    let r: ReadResourceResult;
    try {
      const client = await this.upstream.client();
      r = await client.readResource({ uri }, { timeout: this.config.timeoutMs, ...(extra ? { signal: extra.signal } : {}) });
    } catch (err) {
      this.reportUpstream(err);
      const e = upstreamError(err);
      throw new McpError(RpcErrorCode.InternalError, `${e.code.toLowerCase()}: ${e.message}`);
    }
    const out = await this.scanResult(caller, 'resource.read', resource, `tool:${this.name}/${uri}`, r);
    if (isWithheld(out)) throw new McpError(RpcErrorCode.InvalidRequest, withheldText(out));
    return out;
  }

  async getPrompt(caller: Caller, name: string, args: Record<string, string> | undefined, extra: Extra | undefined): Promise<GetPromptResult> {
    const resource = this.promptRes(name);
    const collected = collectStrings(args ?? {}, 'model');
    const pre = await this.deps.engine.inspect(this.event(caller, 'prompt.get', resource, { args: args ?? {}, parts: collected.parts }));
    if (this.noAuthorizer || pre.decision === 'block' || pre.decision === 'hold') throw rpcError(this.noAuthorizer ? refusal(this.deps.engine, 'PAVISE_FORBIDDEN', 'no authorization policy is configured') : pre);
    let r: GetPromptResult;
    try {
      const client = await this.upstream.client();
      r = await client.getPrompt({ name, ...(args ? { arguments: args } : {}) }, { timeout: this.config.timeoutMs, ...(extra ? { signal: extra.signal } : {}) });
    } catch (err) {
      this.reportUpstream(err);
      const e = upstreamError(err);
      throw new McpError(RpcErrorCode.InternalError, `${e.code.toLowerCase()}: ${e.message}`);
    }
    const out = await this.scanResult(caller, 'prompt.get', resource, `tool:${this.name}/${name}`, r);
    if (isWithheld(out)) throw new McpError(RpcErrorCode.InvalidRequest, withheldText(out));
    return out;
  }
}

/** `args` with the session's placeholders restored (re-parsed only when one was found). */
function restoredArgs(restore: Restore | undefined, args: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!restore || !args) return args ?? {};
  const json = JSON.stringify(args);
  const restored = restore.json(json);
  return restored === json ? args : (JSON.parse(restored) as Record<string, unknown>);
}
