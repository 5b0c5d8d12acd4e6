// The Cedar entity model: turns an Event (+ findings, session context, tool labels) into one
// Cedar request in the shape of policies/default/schema.cedarschema (docs/policy.md).
//
// What it builds: the principal entity (User | Service | Agent, roles as both `Role` parents and
// the `roles` attribute, tenant), the resource entity (Model | McpServer | Tool | McpResource |
// McpPrompt, labels, server, tenant) with its server as parent, and a context with findings
// (detectors, kinds, max score per detector as a percentage), session state and approval status.
// Misses: labels of a tool that neither the config nor the surface reports (MCP annotations must
// be recorded with `ToolCatalog.setAnnotations` by the gateway that lists tools).
// Cost: O(findings + labels + roles); entities are kept to the two or three the request names.
// Failure mode: a request that does not fit the schema is refused by Cedar's request validation
// (the authorizer denies); nothing here throws on odd input.

import type { Event, Finding, PrincipalKind, ResourceKind } from '../engine/types.js';
import { isUntrusted } from '../engine/types.js';

/** A Cedar value as the wasm bindings accept it (JSON form). */
export type CedarJson = boolean | number | string | CedarJson[] | { [key: string]: CedarJson };

export interface EntityUid {
  readonly type: string;
  readonly id: string;
}

export interface CedarEntity {
  readonly uid: EntityUid;
  readonly attrs: Record<string, CedarJson>;
  readonly parents: EntityUid[];
}

export interface CedarRequest {
  readonly principal: EntityUid;
  readonly action: EntityUid;
  readonly resource: EntityUid;
  readonly context: Record<string, CedarJson>;
  readonly entities: CedarEntity[];
  /** Server the resource belongs to (policy-set bucketing); undefined for models. */
  readonly server: string | undefined;
  /** The principal's roles, sorted and unique (policy-set bucketing). */
  readonly roles: readonly string[];
}

/** Detector ids with a slot in `context.findings.score` (the schema's `Scores` type). */
export const SCORED_DETECTORS = ['hidden_text', 'injection', 'jailbreak', 'secrets', 'pii', 'exfiltration', 'prompt_leak'] as const;

export const PRINCIPAL_TYPES: Readonly<Record<PrincipalKind, string>> = { user: 'User', service: 'Service', agent: 'Agent' };
export const RESOURCE_TYPES: Readonly<Record<ResourceKind, string>> = {
  model: 'Model',
  server: 'McpServer',
  tool: 'Tool',
  resource: 'McpResource',
  prompt: 'McpPrompt',
};

/** Detectors whose findings mean sensitive data is present in the event itself. */
const SENSITIVE_DETECTORS = new Set(['secrets', 'pii']);

/** The subset of MCP `ToolAnnotations` (MCP spec 2025-06-18) that maps onto labels. */
export interface McpToolAnnotations {
  readonly destructiveHint?: boolean;
  readonly readOnlyHint?: boolean;
  readonly openWorldHint?: boolean;
  readonly idempotentHint?: boolean;
}

/**
 * Labels implied by MCP annotations. Only an explicit `destructiveHint: true` makes a tool
 * `destructive`: the spec's default (true when absent) would hold every unannotated tool, and
 * annotations are hints from an untrusted server anyway — config labels are the authority.
 */
export function labelsFromAnnotations(a: McpToolAnnotations | undefined): string[] {
  if (!a) return [];
  const out: string[] = [];
  if (a.destructiveHint === true && a.readOnlyHint !== true) out.push('destructive');
  if (a.readOnlyHint === true) out.push('read_only');
  if (a.openWorldHint === true) out.push('open_world');
  return out;
}

/** Minimal shape of the `mcp.servers` section of pavise.yaml this module reads. */
export interface McpServersConfig {
  readonly [server: string]: {
    readonly labels?: readonly string[];
    readonly tools?: { readonly [tool: string]: { readonly labels?: readonly string[] } };
  };
}

/**
 * Tool and server labels from config plus MCP annotations reported by the gateway.
 * INVARIANT: labels only ever add restrictions' triggers; the catalog never removes a label the
 * surface put on the Event.
 */
export class ToolCatalog {
  private readonly serverLabels = new Map<string, readonly string[]>();
  private readonly toolLabels = new Map<string, readonly string[]>();
  private readonly annotationLabels = new Map<string, readonly string[]>();

  static fromConfig(servers: McpServersConfig | undefined): ToolCatalog {
    const c = new ToolCatalog();
    for (const [name, s] of Object.entries(servers ?? {})) {
      c.serverLabels.set(name, [...(s.labels ?? [])]);
      for (const [tool, t] of Object.entries(s.tools ?? {})) c.toolLabels.set(`${name}/${tool}`, [...(t.labels ?? [])]);
    }
    return c;
  }

  /** Record the annotations a server declared for a tool (called by the MCP gateway on tools/list). */
  setAnnotations(server: string, tool: string, annotations: McpToolAnnotations | undefined): void {
    this.annotationLabels.set(`${server}/${tool}`, labelsFromAnnotations(annotations));
  }

  labelsOfServer(server: string): readonly string[] {
    return this.serverLabels.get(server) ?? [];
  }

  /** Labels of a tool: the server's labels, the tool's configured labels, annotation labels. */
  labelsOfTool(server: string, tool: string): string[] {
    const key = `${server}/${tool}`;
    return [...this.labelsOfServer(server), ...(this.toolLabels.get(key) ?? []), ...(this.annotationLabels.get(key) ?? [])];
  }
}

/** Session state as ContextProviders supply it under `context.session` (all fields optional). */
export interface SessionContextInput {
  readonly id?: string;
  readonly untrusted?: boolean;
  readonly sensitive?: boolean;
  readonly tools?: Iterable<string>;
}

function asRecord(x: unknown): Record<string, unknown> | undefined {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

function stringSet(x: unknown): string[] {
  if (x === null || x === undefined || typeof x === 'string') return [];
  if (typeof x !== 'object' || !(Symbol.iterator in x)) return [];
  const out = new Set<string>();
  for (const v of x as Iterable<unknown>) if (typeof v === 'string') out.add(v);
  return [...out].sort();
}

function pct(score: number): number {
  if (!Number.isFinite(score)) return 100; // INVARIANT: an unreadable score counts as the worst.
  return Math.max(0, Math.min(100, Math.round(score * 100)));
}

function splitTool(id: string, server: string | undefined): { server: string; name: string } {
  const slash = id.indexOf('/');
  if (server !== undefined && id.startsWith(`${server}/`)) return { server, name: id.slice(server.length + 1) };
  if (server === undefined && slash > 0) return { server: id.slice(0, slash), name: id.slice(slash + 1) };
  return { server: server ?? '', name: id };
}

export interface BuildOptions {
  readonly catalog?: ToolCatalog;
  /** Keys of `context.findings.score`; must equal the schema's `Scores` attributes. */
  readonly scoreKeys?: readonly string[];
}

/** Build the Cedar request for an event. Pure. */
export function toCedarRequest(
  event: Event,
  findings: readonly Finding[],
  extra: Readonly<Record<string, unknown>>,
  opts: BuildOptions = {},
): CedarRequest {
  const p = event.principal;
  const roles = uniq(p.roles);
  const principal: EntityUid = { type: PRINCIPAL_TYPES[p.kind], id: p.id };
  const entities: CedarEntity[] = [
    { uid: principal, attrs: { roles, tenant: p.tenant ?? '' }, parents: roles.map((r) => ({ type: 'Role', id: r })) },
  ];

  const r = event.resource;
  const type = RESOURCE_TYPES[r.kind];
  const resource: EntityUid = { type, id: r.id };
  const own = r.labels ?? [];
  const tenant = r.tenant ?? '';
  let server: string | undefined;
  let attrs: Record<string, CedarJson>;
  const catalog = opts.catalog;
  switch (r.kind) {
    case 'model':
      attrs = { labels: uniq(own) };
      break;
    case 'server':
      server = r.id;
      attrs = { labels: uniq([...own, ...(catalog?.labelsOfServer(r.id) ?? [])]), tenant };
      break;
    case 'tool': {
      const t = splitTool(r.id, r.server);
      server = t.server === '' ? undefined : t.server;
      attrs = { name: t.name, server: t.server, labels: uniq([...own, ...(catalog?.labelsOfTool(t.server, t.name) ?? [])]), tenant };
      break;
    }
    case 'resource':
    case 'prompt': {
      server = r.server;
      const labels = uniq([...own, ...(server !== undefined ? (catalog?.labelsOfServer(server) ?? []) : [])]);
      attrs = r.kind === 'resource' ? { uri: r.id, server: server ?? '', labels, tenant } : { name: r.id, server: server ?? '', labels, tenant };
      break;
    }
  }
  // INVARIANT: the only parent of a resource is its server; src/policy/cedar.ts buckets
  // server-scoped policies on exactly this.
  const parents: EntityUid[] = server !== undefined && r.kind !== 'server' ? [{ type: 'McpServer', id: server }] : [];
  entities.push({ uid: resource, attrs, parents });

  // Findings
  const score = zeroScores(opts.scoreKeys ?? SCORED_DETECTORS);
  const detectors = new Set<string>();
  const kinds = new Set<string>();
  let maxScore = 0;
  let sensitiveHere = false;
  for (const f of findings) {
    const s = pct(f.score);
    detectors.add(f.detector);
    kinds.add(`${f.detector}/${f.kind}`);
    maxScore = Math.max(maxScore, s);
    const prev = score[f.detector];
    if (typeof prev === 'number') score[f.detector] = Math.max(prev, s);
    if (SENSITIVE_DETECTORS.has(f.detector)) sensitiveHere = true;
  }

  // Session: what providers report, plus what this very event shows (fail towards taint).
  const s = asRecord(extra.session) ?? {};
  const untrusted = s.untrusted === true || event.parts.some((part) => isUntrusted(part.provenance));
  const sensitive = s.sensitive === true || sensitiveHere;
  const approval = asRecord(extra.approval);
  const context: Record<string, CedarJson> = {
    findings: { detectors: [...detectors].sort(), kinds: [...kinds].sort(), maxScore, score },
    session: {
      id: typeof s.id === 'string' ? s.id : (event.session ?? ''),
      untrusted,
      sensitive,
      tainted: untrusted && sensitive,
      tools: stringSet(s.tools),
    },
    approval: { status: approval?.status === 'approved' ? 'approved' : 'none' },
    surface: event.surface ?? '',
    time: Number.isSafeInteger(event.time) ? event.time : 0,
  };
  if (server !== undefined && r.kind !== 'server') {
    entities.push({ uid: { type: 'McpServer', id: server }, attrs: { labels: uniq(catalog?.labelsOfServer(server) ?? []), tenant: '' }, parents: [] });
  }
  return { principal, action: { type: 'Action', id: event.action }, resource, context, entities, server, roles };
}

// `{ k: 0 }` for every score key, per key list (the policy set's, fixed while it is installed):
// copied from a template built once, instead of adding the keys one by one on every request.
const zeroTemplates = new WeakMap<readonly string[], Readonly<Record<string, CedarJson>>>();

function zeroScores(keys: readonly string[]): Record<string, CedarJson> {
  let t = zeroTemplates.get(keys);
  if (t === undefined) {
    const z: Record<string, CedarJson> = {};
    for (const k of keys) z[k] = 0;
    t = z;
    zeroTemplates.set(keys, t);
  }
  // INVARIANT: the key lists are never mutated (readonly arrays from the loader or a constant).
  return { ...t };
}

/** Sorted, without duplicates (a list of 0 or 1 is copied as is: no Set, no sort). */
function uniq(xs: readonly string[]): string[] {
  return xs.length < 2 ? [...xs] : [...new Set(xs)].sort();
}
