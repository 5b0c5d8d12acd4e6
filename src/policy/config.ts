// `pavise.yaml`: one zod schema is the single source of truth for types, defaults and errors
// (ENGINEERING.md habit 5). Unknown keys are errors; every error names the file, line and key path.
//
// `${VAR}` and `${VAR:-default}` expand in string values after parsing, so line numbers refer to
// the file as written. An unset variable without a default expands to "" and is reported in
// `warnings` (`pavise doctor` and `pavise serve` print them): a provider key missing from the
// environment must not stop the other provider from working.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { PaviseError } from '../engine/errors.js';
import { ACTIONS } from '../engine/types.js';
import { unsafeUpstreamReason } from './ssrf.js';

const Action = z.enum(ACTIONS);
const Direction = z.enum(['input', 'output', 'tool_result']);

const GuardRuleSchema = z.strictObject({
  id: z.string().min(1),
  detector: z.string().min(1),
  kinds: z.array(z.string()).optional(),
  entities: z.array(z.string()).optional(),
  actions: z.array(Action).optional(),
  directions: z.array(Direction).optional(),
  provenance: z.enum(['trusted', 'untrusted', 'any']).optional(),
  threshold: z.number().min(0).max(1),
  verdict: z.enum(['block', 'redact', 'hold', 'alert']),
  message: z.string().optional(),
});

const ToolConfig = z.strictObject({
  labels: z.array(z.string()).default([]),
  description: z.string().optional(),
});

const McpCommon = {
  tools: z.record(z.string(), ToolConfig).default({}),
  /** Tenant whose data this server returns (context isolation). */
  tenant: z.string().optional(),
  /** Labels applied to every tool of this server. */
  labels: z.array(z.string()).default([]),
  timeoutMs: z.number().int().positive().default(60_000),
};

const McpStdio = z.strictObject({
  command: z.string().min(1),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().optional(),
  ...McpCommon,
});

const McpHttp = z.strictObject({
  url: z.url(),
  headers: z.record(z.string(), z.string()).default({}),
  ...McpCommon,
});

const Provider = z.strictObject({
  /** Wire protocol; inferred from the provider's name (`openai`, `anthropic`) when absent. */
  type: z.enum(['openai', 'anthropic']).optional(),
  baseUrl: z.url(),
  apiKey: z.string().default(''),
  /** Models served through this provider; any model when absent. */
  models: z.array(z.string()).optional(),
  timeoutMs: z.number().int().positive().default(120_000),
});

const Listen = z.string().regex(/^[^\s:]+:\d{1,5}$|^\[[0-9a-fA-F:]+\]:\d{1,5}$/, 'expected HOST:PORT');

export const ConfigSchema = z.strictObject({
  server: z
    .strictObject({
      listen: Listen.default('127.0.0.1:8787'),
      /** Largest request body, after decompression, in bytes. */
      bodyLimit: z.number().int().positive().default(4 * 1024 * 1024),
      maxJsonDepth: z.number().int().min(4).max(1000).default(64),
      maxHeaderBytes: z.number().int().positive().default(16 * 1024),
      requestTimeoutMs: z.number().int().positive().default(300_000),
      maxConcurrency: z.number().int().positive().default(512),
      /** Time to receive a request's headers (slowloris bound); capped at requestTimeoutMs. */
      headersTimeoutMs: z.number().int().positive().default(15_000),
      /** Open client connections at most; more are dropped by the socket layer. */
      maxConnections: z.number().int().positive().default(4096),
      /** Hosts allowed in upstream URLs despite the SSRF rule (src/policy/ssrf.ts). */
      allowUpstreamHosts: z.array(z.string()).default([]),
      /** Admin API and console bearer keys must carry this role. */
      adminRole: z.string().default('admin'),
      /** How long (ms) the in-memory API-key and block caches may miss a change made by ANOTHER
       * process (`pavise keys revoke`, `pavise principals block`); this process's own changes
       * apply at once. 0 checks state.db on every request. */
      revocationCheckMs: z.number().int().min(0).max(60_000).default(10),
    })
    .prefault({}),
  dataDir: z.string().default('./.pavise'),
  providers: z.record(z.string(), Provider).default({}),
  mcp: z
    .strictObject({
      servers: z.record(z.string(), z.union([McpStdio, McpHttp])).default({}),
    })
    .prefault({}),
  policies: z.string().optional(),
  guard: z
    .strictObject({
      /** Replace the built-in rules instead of adding to them. */
      replaceDefaults: z.boolean().default(false),
      rules: z.array(GuardRuleSchema).default([]),
    })
    .prefault({}),
  detectors: z
    .strictObject({
      disabled: z.array(z.string()).default([]),
      budgetMs: z.number().positive().default(50),
    })
    .prefault({}),
  redaction: z
    .strictObject({
      default: z.enum(['mask', 'hash', 'placeholder', 'block']).default('mask'),
      entities: z.record(z.string(), z.enum(['mask', 'hash', 'placeholder', 'block'])).default({}),
      allow: z
        .array(
          z.strictObject({
            entity: z.string().optional(),
            value: z.string().optional(),
            pattern: z.string().optional(),
            principal: z.string().optional(),
          }),
        )
        .default([]),
    })
    .prefault({}),
  audit: z
    .strictObject({
      failOpen: z.boolean().default(false),
      storeBodies: z.boolean().default(false),
      checkpointEvery: z.number().int().positive().default(1000),
      checkpointSeconds: z.number().positive().default(60),
      retentionDays: z.number().positive().optional(),
      deadlineMs: z.number().int().positive().default(2000),
      /** Audit commit durability: `full` syncs the WAL after every group commit, off the event
       * loop, before acknowledging (survives power loss; each request waits ~2 fsyncs), `normal`
       * survives a process crash only (no sync per commit). See docs/audit.md "Durability". */
      synchronous: z.enum(['full', 'normal']).default('full'),
      /** Where the audit writer runs: `worker` (a thread of its own: the records' CPU and every
       * SQLite call off the event loop) or `inline` (on the event loop, fdatasync still on the
       * threadpool: no thread hand-off per record, lower latency per request, less headroom at
       * saturation); `auto` (default): `inline` when the process has less than two CPUs (the
       * smaller of its affinity mask and its cgroup CPU quota, e.g. `taskset -c 1` or a Kubernetes
       * limit of 1 CPU), where a worker thread cannot run
       * beside the loop and only adds hand-offs, else `worker`. See docs/audit.md "Durability" (Writer). */
      writer: z.enum(['auto', 'worker', 'inline']).default('auto'),
    })
    .prefault({}),
  identity: z
    .strictObject({
      jwt: z
        .strictObject({
          jwksUrl: z.url(),
          issuer: z.string(),
          audience: z.string(),
          rolesClaim: z.string().default('roles'),
          tenantClaim: z.string().default('tenant'),
        })
        .optional(),
    })
    .prefault({}),
  monitor: z
    .strictObject({
      /** Risk halves every this many seconds without new findings. */
      halfLifeSeconds: z.number().positive().default(600),
      /** Principal risk at which it is blocked, and for how long. */
      blockThreshold: z.number().positive().default(5),
      blockSeconds: z.number().int().positive().default(900),
      /** Server risk at which it is quarantined (until released by an admin). */
      quarantineThreshold: z.number().positive().default(5),
      /** Risk added per refusal, by detector family. */
      weights: z
        .strictObject({
          injection: z.number().nonnegative().default(1),
          jailbreak: z.number().nonnegative().default(1),
          hidden_text: z.number().nonnegative().default(1),
          secrets: z.number().nonnegative().default(0.25),
          pii: z.number().nonnegative().default(0.1),
          policy: z.number().nonnegative().default(0.5),
        })
        .prefault({}),
      baseline: z
        .strictObject({
          /** Calls before first-use alerts start (a new agent's first calls are its baseline). */
          warmupCalls: z.number().int().nonnegative().default(20),
          /** Calls per minute above which a burst alert fires, at least. */
          burstPerMinute: z.number().int().positive().default(60),
          /** A result larger than this many times the running mean (and ≥ 64 KiB) alerts. */
          volumeFactor: z.number().positive().default(8),
        })
        .prefault({}),
      webhooks: z
        .array(
          z.strictObject({
            url: z.url(),
            /** HMAC-SHA256 key for the `x-pavise-signature` header. */
            secret: z.string().min(16),
            minSeverity: z.enum(['info', 'warning', 'critical']).default('warning'),
          }),
        )
        .default([]),
    })
    .prefault({}),
  telemetry: z
    .strictObject({
      /** OTLP/HTTP traces endpoint (e.g. http://127.0.0.1:4318/v1/traces); no traces when absent. */
      otlpEndpoint: z.url().optional(),
      serviceName: z.string().min(1).max(128).default('pavise'),
    })
    .prefault({}),
  limits: z
    .strictObject({
      requestsPerMinute: z.number().int().positive().default(600),
      tokensPerMinute: z.number().int().positive().default(1_000_000),
      maxTokens: z.number().int().positive().optional(),
    })
    .prefault({}),
  session: z
    .strictObject({
      /** Append a per-request canary to system prompts on LLM routes; an output carrying it is blocked. */
      canary: z.boolean().default(false),
      /** An output repeating this many consecutive system-prompt words verbatim is blocked; 0 turns
       * the overlap check off (the canary check stays). */
      leakMinWords: z.number().int().min(0).max(1000).default(12),
    })
    .prefault({}),
}).superRefine((cfg, ctx) => {
  // SSRF rule on every configured outbound URL (src/policy/ssrf.ts); loopback stays allowed.
  const allow = cfg.server.allowUpstreamHosts;
  const check = (url: string, path: PropertyKey[]): void => {
    const why = unsafeUpstreamReason(url, allow);
    if (why !== undefined) ctx.addIssue({ code: 'custom', path, message: `refused upstream URL: ${why}` });
  };
  for (const [name, p] of Object.entries(cfg.providers)) check(p.baseUrl, ['providers', name, 'baseUrl']);
  for (const [name, srv] of Object.entries(cfg.mcp.servers)) if ('url' in srv) check(srv.url, ['mcp', 'servers', name, 'url']);
  if (cfg.identity.jwt) check(cfg.identity.jwt.jwksUrl, ['identity', 'jwt', 'jwksUrl']);
  cfg.monitor.webhooks.forEach((w, i) => check(w.url, ['monitor', 'webhooks', i, 'url']));
  if (cfg.telemetry.otlpEndpoint !== undefined) check(cfg.telemetry.otlpEndpoint, ['telemetry', 'otlpEndpoint']);
});

export type PaviseConfig = z.infer<typeof ConfigSchema>;
export type GuardRuleConfig = z.infer<typeof GuardRuleSchema>;

export interface LoadedConfig {
  readonly config: PaviseConfig;
  /** Absolute path of the file, or undefined for the embedded defaults. */
  readonly path: string | undefined;
  /** Directory relative paths in the config resolve against. */
  readonly baseDir: string;
  readonly warnings: readonly string[];
}

const ENV_REF = /\$\{([A-Za-z_][A-Za-z0-9_]{0,127})(?::-([^}]{0,1024}))?\}/g;

// A config nests a handful of levels; anything deeper is a self-referential alias (`a: &x [*x]`
// becomes a cyclic object) or an attack, and would otherwise overflow the stack.
const MAX_CONFIG_DEPTH = 32;

function expandEnv(value: unknown, env: NodeJS.ProcessEnv, warnings: string[], path: string, depth = 0): unknown {
  if (depth > MAX_CONFIG_DEPTH) throw new PaviseError('PAVISE_CONFIG_INVALID', `${path.slice(0, 128)}: nested too deeply (a self-referential YAML alias?)`);
  if (typeof value === 'string') {
    return value.replace(ENV_REF, (_m, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined) return v;
      if (fallback !== undefined) return fallback;
      warnings.push(`${path}: environment variable ${name} is not set`);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => expandEnv(v, env, warnings, `${path}[${i}]`, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = expandEnv(v, env, warnings, path ? `${path}.${k}` : k, depth + 1);
    return out;
  }
  return value;
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** Parse and validate config text. `file` is used in messages only. */
export function parseConfig(text: string, file: string, env: NodeJS.ProcessEnv = process.env): { config: PaviseConfig; warnings: string[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e ? lineCounter.linePos(e.pos[0]).line : 1;
    throw new PaviseError('PAVISE_CONFIG_INVALID', `${file}:${line}: ${e?.message.split('\n')[0] ?? 'YAML error'}`);
  }
  let raw: unknown;
  try {
    // yaml caps alias expansion (billion laughs) and throws; that is a config error, not a crash.
    raw = doc.toJS({ maxAliasCount: 1000 }) ?? {};
  } catch (err) {
    throw new PaviseError('PAVISE_CONFIG_INVALID', `${file}:1: ${err instanceof Error ? err.message.split('\n')[0]?.slice(0, 200) : 'YAML error'}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PaviseError('PAVISE_CONFIG_INVALID', `${file}:1: the top level must be a mapping`);
  }
  const warnings: string[] = [];
  let expanded: unknown;
  try {
    expanded = expandEnv(raw, env, warnings, '');
  } catch (err) {
    throw new PaviseError('PAVISE_CONFIG_INVALID', `${file}:1: ${err instanceof PaviseError ? (err.detail ?? err.message) : 'unreadable configuration'}`);
  }
  const result = ConfigSchema.safeParse(expanded);
  if (!result.success) {
    const lines = result.error.issues.slice(0, 10).map((issue) => {
      const path = [...issue.path];
      const extra = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const at = extra.length > 0 ? [...path, extra[0] ?? ''] : path;
      const line = lineOf(doc.contents, at, lineCounter);
      const where = keyPath(at) || '(top level)';
      const what = issue.code === 'unrecognized_keys' ? `unknown key \`${extra.join('`, `')}\`` : issue.message;
      return `${file}:${line}: ${where}: ${what}`;
    });
    throw new PaviseError('PAVISE_CONFIG_INVALID', lines.join('\n'));
  }
  return { config: result.data, warnings };
}

/** Line (1-based) of the deepest node along `path` that exists. */
function lineOf(root: unknown, path: readonly PropertyKey[], lc: LineCounter): number {
  let node: unknown = root;
  let best = 1;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (keyNode.range) best = lc.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item: unknown = (node as { items: unknown[] }).items[Number(seg)];
      if (!item) break;
      const r = (item as { range?: [number, number, number] }).range;
      if (r) best = lc.linePos(r[0]).line;
      node = item;
    } else break;
  }
  return best;
}

/**
 * Find and load the config: `--config PATH`, else `./pavise.yaml` in the working directory,
 * else the embedded defaults (providers from OPENAI_API_KEY / ANTHROPIC_API_KEY when set).
 */
export function loadConfig(explicitPath?: string, cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const candidate = explicitPath ? resolve(cwd, explicitPath) : resolve(cwd, 'pavise.yaml');
  if (!existsSync(candidate)) {
    if (explicitPath) throw new PaviseError('PAVISE_CONFIG_NOT_FOUND', candidate);
    return embeddedDefaults(cwd, env);
  }
  const text = readFileSync(candidate, 'utf8');
  const { config, warnings } = parseConfig(text, candidate, env);
  return { config, path: candidate, baseDir: dirname(candidate), warnings };
}

export function embeddedDefaults(cwd: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const providers: Record<string, unknown> = {};
  if (env.OPENAI_API_KEY) providers.openai = { baseUrl: env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1', apiKey: env.OPENAI_API_KEY };
  if (env.ANTHROPIC_API_KEY) providers.anthropic = { baseUrl: env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com', apiKey: env.ANTHROPIC_API_KEY };
  const config = ConfigSchema.parse({ providers });
  return { config, path: undefined, baseDir: cwd, warnings: [] };
}

/** Resolve a path from the config against the config file's directory. */
export function resolveFromConfig(loaded: LoadedConfig, p: string): string {
  return resolve(loaded.baseDir, p);
}
