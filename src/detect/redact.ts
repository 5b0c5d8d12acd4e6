// Redaction modes per entity type (the `redaction:` section of pavise.yaml), as the engine's
// `Redactor`, plus the session `Pseudonymizer` behind the reversible `placeholder` mode.
//
// Modes: `mask` -> `[REDACTED:aws_access_key]`; `hash` -> `[HASH:email:1a2b3c4d5e]` (HMAC-SHA256
// under a key, 10 hex chars: stable across requests, not reversible without the key);
// `placeholder` -> `<EMAIL_1>`, the same value gets the same placeholder within a session and
// `Pseudonymizer.restore` puts the values back in the model's answer; `block` -> the engine
// refuses the whole event (Redactor.mode returns 'block'). Allowlist entries (`entity`, `value`,
// `pattern`, `principal`) keep a finding in clear, e.g. documented example keys or a principal
// allowed to see its own e-mail address.
// Restore: the gateway puts a session's values back into the model's answer (text and tool-call
// arguments) before scanning it; `mode` keeps a value that session itself pseudonymized and
// redacts any other; the model side never mints placeholders (masked instead).
// Misses: placeholders are restored only for text that comes back through `restore` in the same
// session; a model that rewrites a placeholder (`<Email 1>`) defeats the restore.
// Cost: O(1) per finding (one HMAC or one map lookup); the pseudonymizer holds at most
// maxSessions × maxValuesPerSession values, least-recently-used sessions evicted first.
// Failure mode: fail closed. Without a session, or with a full session table, `placeholder`
// falls back to `mask` (the value never leaks, it just cannot be restored). An allowlist pattern
// that does not compile is a config error thrown at construction.

import { createRequire } from 'node:module';
import type * as Recheck from 'recheck';

// recheck (a Scala.js bundle) costs ~24 MB of resident memory once loaded: it is required only
// when the config has an allowlist pattern to check.
const requireCjs = createRequire(import.meta.url);
const recheck = (): typeof Recheck => requireCjs('recheck') as typeof Recheck;
import { createHmac, randomBytes } from 'node:crypto';
import type { Redactor } from '../engine/pipeline.js';
import type { Event, Finding } from '../engine/types.js';

export type RedactionMode = 'mask' | 'hash' | 'placeholder' | 'block';

export interface AllowEntry {
  readonly entity?: string | undefined;
  readonly value?: string | undefined;
  readonly pattern?: string | undefined;
  /** Principal id (`key:ab12`) or `role:NAME`. */
  readonly principal?: string | undefined;
}

/** The `redaction:` config section (src/policy/config.ts). */
export interface RedactionConfig {
  readonly default: RedactionMode;
  readonly entities: Readonly<Record<string, RedactionMode>>;
  readonly allow: readonly AllowEntry[];
}

export interface PseudonymizerOptions {
  readonly maxSessions?: number;
  readonly maxValuesPerSession?: number;
}

interface SessionTable {
  readonly byValue: Map<string, string>;
  readonly byPlaceholder: Map<string, string>;
  readonly counters: Map<string, number>;
}

const PLACEHOLDER_RE = /<([A-Z][A-Z0-9_]{0,39})_([0-9]{1,6})>/g;
/** Longest placeholder text: `<` + 40 + `_` + 6 + `>`. */
export const MAX_PLACEHOLDER_LENGTH = 49;

/**
 * Reversible pseudonyms per session. Bounded: least-recently-used sessions are dropped beyond
 * `maxSessions`; a session with `maxValuesPerSession` values refuses new ones (caller masks).
 */
export class Pseudonymizer {
  private readonly sessions = new Map<string, SessionTable>();
  private readonly maxSessions: number;
  private readonly maxValues: number;

  constructor(opts: PseudonymizerOptions = {}) {
    this.maxSessions = opts.maxSessions ?? 10_000;
    this.maxValues = opts.maxValuesPerSession ?? 1_000;
  }

  get size(): number {
    return this.sessions.size;
  }

  private table(session: string, create: boolean): SessionTable | undefined {
    const t = this.sessions.get(session);
    if (t) {
      // Refresh LRU position.
      this.sessions.delete(session);
      this.sessions.set(session, t);
      return t;
    }
    if (!create) return undefined;
    const fresh: SessionTable = { byValue: new Map(), byPlaceholder: new Map(), counters: new Map() };
    this.sessions.set(session, fresh);
    while (this.sessions.size > this.maxSessions) {
      const oldest = this.sessions.keys().next();
      if (oldest.done) break;
      this.sessions.delete(oldest.value);
    }
    return fresh;
  }

  /** The placeholder for `value` in `session`; undefined when the session is full. */
  placeholder(session: string, entity: string, value: string): string | undefined {
    const t = this.table(session, true);
    if (!t) return undefined;
    const tag = tagOf(entity);
    const key = `${tag}\u0000${value}`;
    const known = t.byValue.get(key);
    if (known) return known;
    if (t.byValue.size >= this.maxValues) return undefined;
    const n = (t.counters.get(tag) ?? 0) + 1;
    t.counters.set(tag, n);
    const ph = `<${/^[A-Z]/.test(tag) ? tag : `X${tag}`.slice(0, 40)}_${n}>`;
    t.byValue.set(key, ph);
    t.byPlaceholder.set(ph, value);
    return ph;
  }

  /** Whether `value` was given a placeholder in `session`: the caller's own data coming back. */
  knows(session: string, entity: string, value: string): boolean {
    return this.sessions.get(session)?.byValue.has(`${tagOf(entity)}\u0000${value}`) ?? false;
  }

  /** Replace this session's placeholders in `text` by their values; unknown ones stay. `encode`
   * transforms each value first (e.g. JSON string escaping when `text` is JSON). */
  restore(session: string, text: string, encode?: (value: string) => string): string {
    const t = this.table(session, false);
    if (!t || t.byPlaceholder.size === 0 || text.indexOf('<') < 0) return text;
    return text.replace(PLACEHOLDER_RE, (ph) => {
      const v = t.byPlaceholder.get(ph);
      return v === undefined ? ph : encode ? encode(v) : v;
    });
  }

  /**
   * Streaming restore: placeholders split across chunks are held back until complete.
   * Holds back at most MAX_PLACEHOLDER_LENGTH − 1 characters.
   */
  restoreStream(session: string): { push(chunk: string): string; end(): string } {
    let pending = '';
    return {
      push: (chunk: string): string => {
        pending += chunk;
        const lt = pending.lastIndexOf('<');
        let cut = pending.length;
        // INVARIANT: an unfinished `<TAG_n` tail (no `>` yet, short enough) may still become a placeholder.
        if (lt >= 0 && pending.indexOf('>', lt) < 0 && pending.length - lt < MAX_PLACEHOLDER_LENGTH && /^<[A-Z0-9_]*$/.test(pending.slice(lt))) cut = lt;
        const out = this.restore(session, pending.slice(0, cut));
        pending = pending.slice(cut);
        return out;
      },
      end: (): string => {
        const out = this.restore(session, pending);
        pending = '';
        return out;
      },
    };
  }

  forget(session: string): void {
    this.sessions.delete(session);
  }
}

export interface RedactorOptions {
  /** HMAC key for `hash` mode; a random per-process key when absent (hashes then differ across restarts). */
  readonly hashKey?: string | Uint8Array;
  readonly pseudonymizer?: Pseudonymizer;
}

interface CompiledAllow {
  readonly entity: string | undefined;
  readonly value: string | undefined;
  readonly pattern: RegExp | undefined;
  readonly principal: string | undefined;
}

export class ConfiguredRedactor implements Redactor {
  readonly pseudonymizer: Pseudonymizer;
  private readonly cfg: RedactionConfig;
  private readonly key: Uint8Array | string;
  private readonly allows: readonly CompiledAllow[];

  constructor(cfg: RedactionConfig, opts: RedactorOptions = {}) {
    this.cfg = cfg;
    this.key = opts.hashKey ?? randomBytes(32);
    this.pseudonymizer = opts.pseudonymizer ?? new Pseudonymizer();
    this.allows = cfg.allow.map((a, i) => {
      let pattern: RegExp | undefined;
      if (a.pattern !== undefined) {
        const source = `^(?:${a.pattern})$`;
        try {
          pattern = new RegExp(source);
        } catch {
          throw new Error(`redaction.allow[${i}].pattern is not a valid regular expression`);
        }
        // A pattern from the config runs on matched values: refuse one that can backtrack
        // super-linearly (checked once, at start-up, with recheck).
        const verdict = recheck().checkSync(source, '', { timeout: 2000 });
        if (verdict.status !== 'safe') {
          throw new Error(`redaction.allow[${i}].pattern is not provably linear (recheck: ${verdict.status}); simplify it`);
        }
      }
      return { entity: a.entity, value: a.value, pattern, principal: a.principal };
    });
  }

  modeFor(entity: string): RedactionMode {
    return this.cfg.entities[entity] ?? this.cfg.default;
  }

  allowed(finding: Finding, value: string, event: Event): boolean {
    const entity = finding.entity ?? finding.kind;
    return this.allows.some((a) => {
      if (a.entity !== undefined && a.entity !== entity && a.entity !== finding.kind) return false;
      if (a.principal !== undefined) {
        const p = event.principal;
        const ok = a.principal.startsWith('role:') ? p.roles.includes(a.principal.slice(5)) : a.principal === p.id;
        if (!ok) return false;
      }
      if (a.value !== undefined && a.value !== value) return false;
      if (a.pattern !== undefined && !a.pattern.test(value)) return false;
      // INVARIANT: an entry with no condition at all allows nothing (a blank entry is not "allow all").
      return a.entity !== undefined || a.value !== undefined || a.pattern !== undefined;
    });
  }

  /** Engine hook: keep (allowlisted, or the caller's own pseudonymized value restored in the
   * model's answer), redact, or block the event. */
  mode(finding: Finding, value: string, event: Event): 'redact' | 'keep' | 'block' {
    if (this.allowed(finding, value, event)) return 'keep';
    const entity = finding.entity ?? finding.kind;
    const m = this.modeFor(entity);
    // The gateway restores placeholders in the model's answer BEFORE scanning it (so policy and
    // taint see real values); a value the same session handed out as a placeholder is the
    // caller's own and goes back in clear. Any other value is redacted as configured.
    if (m === 'placeholder' && event.session !== undefined && isModelSide(event) && this.pseudonymizer.knows(event.session, entity, value)) return 'keep';
    return m === 'block' ? 'block' : 'redact';
  }

  replacement(finding: Finding, value: string, event: Event): string {
    const entity = finding.entity ?? finding.kind;
    switch (this.modeFor(entity)) {
      case 'hash':
        return `[HASH:${entity}:${createHmac('sha256', this.key).update(`${entity}\u0000${value}`).digest('hex').slice(0, 10)}]`;
      case 'placeholder': {
        // INVARIANT: placeholders are minted only for content on its way TO a model (input, tool
        // results). The model's own answer is restored after it is scanned, so a value it emits
        // that was never the caller's (read from a tool, remembered) must be masked, not given a
        // placeholder that the restore would turn back into the value.
        if (isModelSide(event)) return `[REDACTED:${entity}]`;
        const ph = event.session !== undefined ? this.pseudonymizer.placeholder(event.session, entity, value) : undefined;
        return ph ?? `[REDACTED:${entity}]`;
      }
      case 'mask':
      case 'block':
        return `[REDACTED:${entity}]`;
    }
  }
}

/** What a model produced (its answer, a proposed tool call, an MCP tool call's arguments):
 * placeholders there are restored, never minted. */
function isModelSide(event: Event): boolean {
  return event.action === 'chat.output' || event.action === 'chat.tool_call' || event.action === 'tool.call';
}

function tagOf(entity: string): string {
  return entity.toUpperCase().replace(/[^A-Z0-9_]/g, '_').slice(0, 40) || 'PII';
}

/** Whether a redaction config can mint placeholders (the gateway restores only then). */
export function usesPlaceholders(cfg: Pick<RedactionConfig, 'default' | 'entities'>): boolean {
  return cfg.default === 'placeholder' || Object.values(cfg.entities).includes('placeholder');
}

export function createRedactor(cfg: RedactionConfig, opts: RedactorOptions = {}): ConfiguredRedactor {
  return new ConfiguredRedactor(cfg, opts);
}
