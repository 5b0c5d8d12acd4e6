// Policy files: read a `policies:` directory (or the embedded defaults), parse and validate every
// `.cedar` file against the schema, compute the policy-set version, and hot-reload on change.
//
// Version = sha256 over (relative path, content) of every policy file and the schema, sorted by
// path: the same files give the same version whatever order the directory lists them in.
// Misses: templates and template links are refused (not needed by Pavise's model); files outside
// the directory (symlinks out) are read like any other file.
// Cost: load is O(total policy text) plus one Cedar validation; reload runs only after a quiet
// period (debounce) and never blocks authorization, which keeps using the previous set.
// Failure mode: an invalid set throws PaviseError PAVISE_POLICY_INVALID with `file:line:col:` for
// every error; on reload it is refused, the old set stays, and `onError` raises the alert.

import { createHash } from 'node:crypto';
import type { FSWatcher } from 'node:fs';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetailedError, PolicyJson, SchemaJson, SchemaToJsonAnswer } from '@cedar-policy/cedar-wasm/nodejs';
import { PaviseError } from '../engine/errors.js';
import type { CedarCompileApi } from './cedar-offthread.js';
import { withOffThreadCedar } from './cedar-offthread.js';
import { SCORED_DETECTORS } from './entities.js';

export const SCHEMA_FILE = 'schema.cedarschema';
/** Bounds: a policy directory is source code, not data. */
export const MAX_POLICY_FILES = 1000;
export const MAX_POLICY_BYTES = 4 * 1024 * 1024;

/** The embedded default policies (shipped in the package under policies/default). */
export function defaultPoliciesDir(): string {
  // INVARIANT: this module lives two levels below the package root (src/policy, dist/policy).
  return fileURLToPath(new URL('../../policies/default/', import.meta.url));
}

export interface PolicyFile {
  /** Path relative to the policy directory, with `/` separators. */
  readonly path: string;
  readonly text: string;
}

export interface PolicyScope {
  /** Action ids the policy can match; undefined = any action. */
  readonly actions: readonly string[] | undefined;
  readonly principalType: string | undefined;
  readonly resourceType: string | undefined;
  /** `resource in McpServer::"s"` scope; undefined = any server. */
  readonly server: string | undefined;
  /** `principal in Role::"r"` scope; undefined = any principal. */
  readonly role: string | undefined;
}

export interface PolicyInfo {
  readonly id: string;
  readonly file: string;
  readonly line: number;
  readonly effect: 'permit' | 'forbid';
  readonly text: string;
  readonly owner: string | undefined;
  readonly reason: string | undefined;
  readonly approval: boolean;
  readonly scope: PolicyScope;
  /** Cedar's JSON form of the policy (what the TypeScript evaluator compiles). */
  readonly json: PolicyJson;
}

export interface PolicyError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface CompiledPolicySet {
  readonly version: string;
  readonly policies: ReadonlyMap<string, PolicyInfo>;
  readonly schema: string;
  /** The schema in Cedar's JSON form (parsing the text form costs tens of ms in wasm). */
  readonly schemaJson: SchemaJson<string>;
  readonly schemaFile: string;
  readonly scoreKeys: readonly string[];
  readonly files: readonly PolicyFile[];
  /** Directory it came from; undefined for an in-memory set. */
  readonly dir: string | undefined;
}

/** Read every `.cedar` file (recursively) and the schema of a directory. Bounded. */
export function readPolicyDir(dir: string): { files: PolicyFile[]; schema: PolicyFile | undefined } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PaviseError('PAVISE_POLICY_INVALID', `${dir}: not a directory`);
  }
  const files: PolicyFile[] = [];
  let schema: PolicyFile | undefined;
  let bytes = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        walk(p);
        continue;
      }
      const rel = relative(dir, p).split(sep).join('/');
      if (!name.endsWith('.cedar') && rel !== SCHEMA_FILE) continue;
      bytes += st.size;
      if (files.length >= MAX_POLICY_FILES || bytes > MAX_POLICY_BYTES) {
        throw new PaviseError('PAVISE_POLICY_INVALID', `${dir}: more than ${MAX_POLICY_FILES} files or ${MAX_POLICY_BYTES} bytes of policy`);
      }
      const f = { path: rel, text: readFileSync(p, 'utf8') };
      if (rel === SCHEMA_FILE) schema = f;
      else files.push(f);
    }
  };
  walk(dir);
  return { files, schema };
}

/** Content hash of a policy set; independent of file order. */
export function policyVersion(files: readonly PolicyFile[], schema: string): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => cmp(a.path, b.path))) {
    h.update(`${f.path.length}:${f.path}${Buffer.byteLength(f.text)}:`).update(f.text);
  }
  h.update(`schema:${Buffer.byteLength(schema)}:`).update(schema);
  return `cedar:${h.digest('hex').slice(0, 16)}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 1-based line and column of a UTF-16 offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: end - last };
}

function errAt(file: string, text: string, offset: number, message: string): PolicyError {
  const { line, column } = lineCol(text, offset);
  return { file, line, column, message };
}

function describe(e: DetailedError): string {
  const label = e.sourceLocations?.find((l) => l.label)?.label;
  return [e.message, label ? `(${label})` : '', e.help ? `— ${e.help}` : ''].filter(Boolean).join(' ');
}

export function formatPolicyErrors(errors: readonly PolicyError[], baseDir?: string): string {
  return errors.map((e) => `${baseDir ? join(baseDir, e.file) : e.file}:${e.line}:${e.column}: ${e.message}`).join('\n');
}

interface Uid {
  type: string;
  id: string;
}
function uidOf(x: unknown): Uid | undefined {
  if (x === null || typeof x !== 'object') return undefined;
  const o = x as Record<string, unknown>;
  const inner = (o.__entity ?? o) as Record<string, unknown>;
  return typeof inner.type === 'string' && typeof inner.id === 'string' ? { type: inner.type, id: inner.id } : undefined;
}

/** The part of a policy's scope that lets the authorizer skip it safely (see cedar.ts buckets). */
export function scopeOf(json: PolicyJson): PolicyScope {
  let actions: string[] | undefined;
  const a = json.action;
  if (a.op === '==' && 'entity' in a) {
    const u = uidOf(a.entity);
    actions = u && u.type === 'Action' ? [u.id] : undefined;
  } else if (a.op === 'in') {
    const list = 'entities' in a ? a.entities : [a.entity];
    const uids = list.map(uidOf);
    // Any non-plain action uid (namespaced, a group) makes the policy apply to every bucket.
    actions = uids.every((u) => u?.type === 'Action') ? uids.map((u) => u?.id ?? '') : undefined;
  }
  const typeOf = (c: PolicyJson['principal'] | PolicyJson['resource']): string | undefined => {
    if (c.op === 'is') return c.entity_type;
    if (c.op === '==' && 'entity' in c) return uidOf(c.entity)?.type;
    return undefined;
  };
  const serverOf = (c: PolicyJson['resource']): string | undefined => {
    const target = c.op === 'in' && 'entity' in c ? c.entity : c.op === 'is' && c.in && 'entity' in c.in ? c.in.entity : undefined;
    const u = uidOf(target);
    return u?.type === 'McpServer' ? u.id : undefined;
  };
  const roleOf = (c: PolicyJson['principal']): string | undefined => {
    const target = c.op === 'in' && 'entity' in c ? c.entity : c.op === 'is' && c.in && 'entity' in c.in ? c.in.entity : undefined;
    const u = uidOf(target);
    return u?.type === 'Role' ? u.id : undefined;
  };
  return { actions, principalType: typeOf(json.principal), resourceType: typeOf(json.resource), server: serverOf(json.resource), role: roleOf(json.principal) };
}

// Schema text -> parsed answer. Parsing a schema costs ~30-70 ms in wasm; a process sees one or
// two schemas, so a tiny cache makes reloads and tests cheap. Bounded to SCHEMA_CACHE_MAX entries.
const SCHEMA_CACHE_MAX = 8;
const schemaCache = new Map<string, SchemaToJsonAnswer>();
function parseSchema(cedar: CedarCompileApi, text: string): SchemaToJsonAnswer {
  const hit = schemaCache.get(text);
  if (hit) return hit;
  const r = cedar.schemaToJson(text);
  if (schemaCache.size >= SCHEMA_CACHE_MAX) schemaCache.delete(schemaCache.keys().next().value ?? '');
  schemaCache.set(text, r);
  return r;
}

function scoreKeysOf(json: SchemaJson<string>): string[] {
  const ns = json[''];
  const scores = ns?.commonTypes?.Scores as { type?: string; attributes?: Record<string, unknown> } | undefined;
  return scores?.attributes ? Object.keys(scores.attributes).sort() : [...SCORED_DETECTORS];
}

/**
 * Parse, index and validate a policy set. Throws PAVISE_POLICY_INVALID listing every error with
 * its file and line. `dir` is only recorded (for messages and hot reload).
 */
/**
 * Parse and validate a policy set against its schema. Cedar's parser runs on a short-lived worker
 * (cedar-offthread.ts), so the memory it needs is returned when the load is over.
 */
export function compilePolicySet(files: readonly PolicyFile[], schemaFile?: PolicyFile, dir?: string): CompiledPolicySet {
  return withOffThreadCedar((cedar) => compileWith(cedar, files, schemaFile, dir));
}

function compileWith(cedar: CedarCompileApi, files: readonly PolicyFile[], schemaFile: PolicyFile | undefined, dir: string | undefined): CompiledPolicySet {
  const schemaF = schemaFile ?? { path: SCHEMA_FILE, text: readFileSync(join(defaultPoliciesDir(), SCHEMA_FILE), 'utf8') };
  const errors: PolicyError[] = [];
  const sp = parseSchema(cedar, schemaF.text);
  if (sp.type === 'failure') {
    for (const e of sp.errors) errors.push(errAt(schemaF.path, schemaF.text, e.sourceLocations?.[0]?.start ?? 0, describe(e)));
    throw new PaviseError('PAVISE_POLICY_INVALID', formatPolicyErrors(errors, dir));
  }
  const sorted = [...files].sort((a, b) => cmp(a.path, b.path));
  const policies = new Map<string, PolicyInfo>();
  // Where each policy's text starts in its file, to turn validator offsets into file lines.
  const origin = new Map<string, { file: PolicyFile; offset: number }>();
  for (const f of sorted) {
    const parts = cedar.policySetTextToParts(f.text);
    if (parts.type === 'failure') {
      for (const e of parts.errors) errors.push(errAt(f.path, f.text, e.sourceLocations?.[0]?.start ?? 0, describe(e)));
      continue;
    }
    if (parts.policy_templates.length > 0) {
      errors.push({ file: f.path, line: 1, column: 1, message: 'policy templates are not supported' });
    }
    let cursor = 0;
    for (const [i, text] of parts.policies.entries()) {
      const at = f.text.indexOf(text, cursor);
      const offset = at >= 0 ? at : cursor;
      cursor = at >= 0 ? at + text.length : cursor;
      const { line } = lineCol(f.text, offset);
      const j = cedar.policyToJson(text);
      if (j.type === 'failure') {
        for (const e of j.errors) errors.push(errAt(f.path, f.text, offset + (e.sourceLocations?.[0]?.start ?? 0), describe(e)));
        continue;
      }
      const ann = j.json.annotations ?? {};
      // Policy ids are @id when given, else file:index — never dependent on the order of files.
      const id = typeof ann.id === 'string' && ann.id !== '' ? ann.id : `${f.path}#${i}`;
      if (policies.has(id)) {
        const other = policies.get(id);
        errors.push({ file: f.path, line, column: 1, message: `duplicate policy id "${id}" (also at ${other?.file ?? '?'}:${other?.line ?? 0})` });
        continue;
      }
      const approval = 'approval' in ann && ann.approval !== 'false';
      if (approval && j.json.effect !== 'forbid') {
        errors.push({ file: f.path, line, column: 1, message: `@approval applies to forbid policies only (policy "${id}")` });
        continue;
      }
      policies.set(id, {
        id,
        file: f.path,
        line,
        effect: j.json.effect,
        text,
        owner: typeof ann.owner === 'string' ? ann.owner : undefined,
        reason: typeof ann.reason === 'string' && ann.reason !== '' ? ann.reason : undefined,
        approval,
        scope: scopeOf(j.json),
        json: j.json,
      });
      origin.set(id, { file: f, offset });
    }
  }
  if (errors.length === 0) {
    const staticPolicies: Record<string, string> = {};
    for (const p of policies.values()) staticPolicies[p.id] = p.text;
    const v = cedar.validate({ schema: sp.json, policies: { staticPolicies }, validationSettings: { mode: 'strict' } });
    if (v.type === 'failure') {
      for (const e of v.errors) errors.push(errAt(schemaF.path, schemaF.text, e.sourceLocations?.[0]?.start ?? 0, describe(e)));
    } else {
      for (const ve of v.validationErrors) {
        const o = origin.get(ve.policyId);
        const rel = ve.error.sourceLocations?.[0]?.start ?? 0;
        if (o) errors.push(errAt(o.file.path, o.file.text, o.offset + rel, describe(ve.error)));
        else errors.push({ file: '?', line: 1, column: 1, message: describe(ve.error) });
      }
    }
  }
  if (errors.length > 0) {
    errors.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column);
    throw new PaviseError('PAVISE_POLICY_INVALID', formatPolicyErrors(errors, dir));
  }
  return {
    version: policyVersion(sorted, schemaF.text),
    policies,
    schema: schemaF.text,
    schemaJson: sp.json,
    schemaFile: schemaF.path,
    scoreKeys: scoreKeysOf(sp.json),
    files: sorted,
    dir,
  };
}

/** Load a directory, or the embedded defaults when `dir` is undefined. */
export function loadPolicyDir(dir?: string): CompiledPolicySet {
  const d = dir ?? defaultPoliciesDir();
  const { files, schema } = readPolicyDir(d);
  return compilePolicySet(files, schema, d);
}

/** Validate without throwing: what `pavise policy validate` prints. */
export function checkPolicyDir(dir?: string): { ok: true; set: CompiledPolicySet } | { ok: false; errors: PolicyError[]; message: string } {
  try {
    return { ok: true, set: loadPolicyDir(dir) };
  } catch (err) {
    if (err instanceof PaviseError && err.code === 'PAVISE_POLICY_INVALID') {
      const errors = (err.detail ?? '').split('\n').filter(Boolean).map(parseErrorLine);
      return { ok: false, errors, message: err.detail ?? err.message };
    }
    throw err;
  }
}

function parseErrorLine(s: string): PolicyError {
  const m = /^(.*?):(\d+):(\d+): (.*)$/s.exec(s);
  if (!m) return { file: '', line: 0, column: 0, message: s };
  return { file: m[1] ?? '', line: Number(m[2]), column: Number(m[3]), message: m[4] ?? '' };
}

/** Copy the default policies and schema into `dir` (for `pavise init`). Never overwrites. */
export function writeDefaultPolicies(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const src = defaultPoliciesDir();
  const written: string[] = [];
  for (const name of readdirSync(src).sort()) {
    if (!name.endsWith('.cedar') && name !== SCHEMA_FILE) continue;
    const dest = join(dir, name);
    if (existsSync(dest)) continue;
    copyFileSync(join(src, name), dest);
    written.push(dest);
  }
  return written;
}

// ---------------------------------------------------------------------------------------------
// Diff (for the audit record of a policy change)

export interface FileDiff {
  readonly file: string;
  readonly status: 'added' | 'removed' | 'modified';
  /** Changed lines, `-old` / `+new`, in order; truncated for very large files. */
  readonly lines: readonly string[];
  readonly truncated: boolean;
}

const MAX_DIFF_CELLS = 4_000_000;
const MAX_DIFF_LINES = 2000;

export function diffPolicySets(before: readonly PolicyFile[], after: readonly PolicyFile[]): FileDiff[] {
  const a = new Map(before.map((f) => [f.path, f.text]));
  const b = new Map(after.map((f) => [f.path, f.text]));
  const out: FileDiff[] = [];
  for (const path of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(path);
    const y = b.get(path);
    if (x === y) continue;
    const status = x === undefined ? 'added' : y === undefined ? 'removed' : 'modified';
    const { lines, truncated } = lineDiff(x?.split('\n') ?? [], y?.split('\n') ?? []);
    out.push({ file: path, status, lines, truncated });
  }
  return out;
}

/** LCS line diff; falls back to "all removed, all added" beyond MAX_DIFF_CELLS. */
function lineDiff(a: readonly string[], b: readonly string[]): { lines: string[]; truncated: boolean } {
  const out: string[] = [];
  if (a.length * b.length > MAX_DIFF_CELLS) {
    for (const l of a) out.push(`-${l}`);
    for (const l of b) out.push(`+${l}`);
  } else {
    const n = a.length;
    const m = b.length;
    const dp = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        dp[i * (m + 1) + j] = a[i] === b[j] ? (dp[(i + 1) * (m + 1) + j + 1] ?? 0) + 1 : Math.max(dp[(i + 1) * (m + 1) + j] ?? 0, dp[i * (m + 1) + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[i] === b[j]) {
        i++;
        j++;
      } else if (j < m && (i === n || (dp[i * (m + 1) + j + 1] ?? 0) >= (dp[(i + 1) * (m + 1) + j] ?? 0))) {
        out.push(`+${b[j] ?? ''}`);
        j++;
      } else {
        out.push(`-${a[i] ?? ''}`);
        i++;
      }
    }
  }
  return out.length > MAX_DIFF_LINES ? { lines: out.slice(0, MAX_DIFF_LINES), truncated: true } : { lines: out, truncated: false };
}

// ---------------------------------------------------------------------------------------------
// Hot reload

export interface PolicyChange {
  readonly version: string;
  readonly previousVersion: string;
  readonly diff: readonly FileDiff[];
}

export interface WatchOptions {
  readonly debounceMs?: number;
  /** A valid new set was loaded (the caller swaps it in). */
  readonly onLoad: (set: CompiledPolicySet, change: PolicyChange) => void;
  /** Every accepted change, for the audit (called after onLoad). */
  readonly onChange?: (change: PolicyChange) => void;
  /** An invalid new version was refused; the old one stays. Raise an alert. */
  readonly onError?: (err: PaviseError) => void;
}

/**
 * Watch a policy directory; reload after `debounceMs` of quiet. Returns a stop function.
 * INVARIANT: `current()` is read at reload time, so a diff is always against the set in use.
 */
export function watchPolicyDir(dir: string, current: () => CompiledPolicySet, opts: WatchOptions): { close(): void; reload(): boolean } {
  const debounceMs = opts.debounceMs ?? 200;
  let timer: NodeJS.Timeout | undefined;
  const reload = (): boolean => {
    const before = current();
    let next: CompiledPolicySet;
    try {
      next = loadPolicyDir(dir);
    } catch (err) {
      const e = err instanceof PaviseError ? err : new PaviseError('PAVISE_POLICY_INVALID', err instanceof Error ? err.message : 'unreadable policy directory');
      opts.onError?.(e);
      return false;
    }
    if (next.version === before.version) return true;
    const beforeFiles = [...before.files, { path: before.schemaFile, text: before.schema }];
    const afterFiles = [...next.files, { path: next.schemaFile, text: next.schema }];
    const change: PolicyChange = { version: next.version, previousVersion: before.version, diff: diffPolicySets(beforeFiles, afterFiles) };
    opts.onLoad(next, change);
    opts.onChange?.(change);
    return true;
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, { recursive: true, persistent: false }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        reload();
      }, debounceMs);
    });
    watcher.on('error', () => {
      opts.onError?.(new PaviseError('PAVISE_POLICY_INVALID', `${dir}: watching stopped`));
    });
  } catch {
    opts.onError?.(new PaviseError('PAVISE_POLICY_INVALID', `${dir}: cannot watch for changes`));
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
    reload,
  };
}
