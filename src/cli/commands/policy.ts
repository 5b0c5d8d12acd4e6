// `pavise policy validate [--config F] [--dir D] [--json]`: parse every .cedar file and validate it
// against the schema; each error names file, line and column. Exit 0 valid, 1 invalid.
// `pavise policy test FILE [--config F] [--json]`: run YAML cases (request -> expected
// allow/deny/hold and, optionally, the policy ids behind it). Exit 0 all pass, 1 a case failed,
// 2 the test file is malformed.
//
// Policies come from, in order: `--dir`, the test file's `policies:` (relative to the test file),
// the config's `policies:`, the embedded defaults. No approval store is touched: a hold is
// reported as `hold`.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { PaviseError } from '../../engine/errors.js';
import type { Event, Finding } from '../../engine/types.js';
import { ACTIONS } from '../../engine/types.js';
import { CedarAuthorizer } from '../../policy/cedar.js';
import type { LoadedConfig } from '../../policy/config.js';
import { resolveFromConfig } from '../../policy/config.js';
import { ToolCatalog } from '../../policy/entities.js';
import { checkPolicyDir, defaultPoliciesDir, loadPolicyDir } from '../../policy/loader.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

const MAX_CASES = 10_000;

const CaseSchema = z.strictObject({
  name: z.string().min(1),
  principal: z.strictObject({
    id: z.string().default('test'),
    kind: z.enum(['user', 'service', 'agent']).default('user'),
    roles: z.array(z.string()).default([]),
    tenant: z.string().optional(),
  }),
  action: z.enum(ACTIONS),
  resource: z.strictObject({
    kind: z.enum(['model', 'server', 'tool', 'resource', 'prompt']),
    id: z.string().min(1),
    server: z.string().optional(),
    labels: z.array(z.string()).optional(),
    tenant: z.string().optional(),
  }),
  session: z
    .strictObject({
      id: z.string().optional(),
      untrusted: z.boolean().optional(),
      sensitive: z.boolean().optional(),
      tools: z.array(z.string()).optional(),
    })
    .optional(),
  findings: z.array(z.strictObject({ detector: z.string(), score: z.number().min(0).max(1), kind: z.string().default('test'), entity: z.string().optional() })).default([]),
  args: z.unknown().optional(),
  surface: z.string().optional(),
  expect: z.enum(['allow', 'deny', 'hold']),
  /** Exact ids of the reasons (policy ids, `default-deny`), sorted or not. */
  reasons: z.array(z.string()).optional(),
});

const TestFileSchema = z.strictObject({
  policies: z.string().optional(),
  cases: z.array(CaseSchema).min(1).max(MAX_CASES),
});

type Case = z.infer<typeof CaseSchema>;

function policiesDirFor(loaded: LoadedConfig, dirOpt: string | undefined, cwd: string): string | undefined {
  if (dirOpt) return resolve(cwd, dirOpt);
  return loaded.config.policies !== undefined ? resolveFromConfig(loaded, loaded.config.policies) : undefined;
}

function toEvent(c: Case, i: number): { event: Event; findings: Finding[]; context: Record<string, unknown> } {
  const p = c.principal;
  const r = c.resource;
  const event: Event = {
    id: `case-${i}`,
    time: 0,
    principal: { id: p.id, kind: p.kind, roles: p.roles, ...(p.tenant !== undefined ? { tenant: p.tenant } : {}) },
    action: c.action,
    resource: {
      kind: r.kind,
      id: r.id,
      ...(r.server !== undefined ? { server: r.server } : {}),
      ...(r.labels !== undefined ? { labels: r.labels } : {}),
      ...(r.tenant !== undefined ? { tenant: r.tenant } : {}),
    },
    parts: [],
    ...(c.args !== undefined ? { args: c.args } : {}),
    ...(c.surface !== undefined ? { surface: c.surface } : {}),
  };
  const findings: Finding[] = c.findings.map((f) => ({ detector: f.detector, kind: f.kind, score: f.score, part: 0, span: { start: 0, end: 0 }, view: 'raw', evidence: 'test', ...(f.entity !== undefined ? { entity: f.entity } : {}) }));
  return { event, findings, context: c.session ? { session: c.session } : {} };
}

export function registerPolicy(program: Command, ctx: CliContext): void {
  const policy = program.command('policy').description('validate and test Cedar policies');

  policy
    .command('validate')
    .description('parse and schema-validate the policy files (errors name file and line)')
    .option('--config <file>', 'pavise.yaml to use')
    .option('--dir <dir>', 'policy directory (default: the config `policies:`, else the built-in set)')
    .option('--json', 'print the result as JSON')
    .action((opts: { config?: string; dir?: string; json?: boolean }) => {
      const loaded = loadCliConfig(ctx, opts.config);
      const dir = policiesDirFor(loaded, opts.dir, ctx.cwd);
      const r = checkPolicyDir(dir);
      const where = dir ?? `${defaultPoliciesDir()} (built-in)`;
      if (r.ok) {
        const out = { ok: true, dir: where, version: r.set.version, policies: r.set.policies.size, files: r.set.files.length };
        ctx.stdout(opts.json ? `${JSON.stringify(out)}\n` : `ok: ${out.policies} policies in ${out.files} files, version ${out.version} (${where})\n`);
        ctx.exitCode = 0;
      } else {
        if (opts.json) ctx.stdout(`${JSON.stringify({ ok: false, dir: where, errors: r.errors })}\n`);
        else ctx.stderr(`error PAVISE_POLICY_INVALID: ${r.errors.length} error(s)\n${r.message}\n`);
        ctx.exitCode = 1;
      }
    });

  policy
    .command('test')
    .description('run YAML test cases: request -> expected allow/deny/hold (and reasons)')
    .argument('<file>', 'YAML file with `cases:`')
    .option('--config <file>', 'pavise.yaml to use (policies and tool labels)')
    .option('--dir <dir>', 'policy directory (overrides the file and the config)')
    .option('--json', 'print the results as JSON')
    .action((file: string, opts: { config?: string; dir?: string; json?: boolean }) => {
      const path = resolve(ctx.cwd, file);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        throw new PaviseError('PAVISE_USAGE', `cannot read ${path}`);
      }
      const doc = parseDocument(text, { prettyErrors: false });
      if (doc.errors.length > 0) throw new PaviseError('PAVISE_USAGE', `${path}:${doc.errors[0]?.linePos?.[0].line ?? 1}: ${doc.errors[0]?.message.split('\n')[0] ?? 'YAML error'}`);
      const parsed = TestFileSchema.safeParse(doc.toJS());
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 5).map((i) => `${path}: ${i.path.join('.') || '(top level)'}: ${i.message}`);
        throw new PaviseError('PAVISE_USAGE', issues.join('\n'));
      }
      const loaded = loadCliConfig(ctx, opts.config);
      const dir = opts.dir ? resolve(ctx.cwd, opts.dir) : parsed.data.policies !== undefined ? resolve(dirname(path), parsed.data.policies) : policiesDirFor(loaded, undefined, ctx.cwd);
      const authz = new CedarAuthorizer(loadPolicyDir(dir), { tools: ToolCatalog.fromConfig(loaded.config.mcp.servers) });
      const results = parsed.data.cases.map((c, i) => {
        const { event, findings, context } = toEvent(c, i);
        const r = authz.evaluate(event, findings, context);
        const got = r.reasons.map((x) => x.id).sort();
        const reasonsOk = c.reasons === undefined || JSON.stringify([...c.reasons].sort()) === JSON.stringify(got);
        const pass = r.decision === c.expect && reasonsOk;
        return { name: c.name, pass, expect: c.expect, got: r.decision, expectedReasons: c.reasons, reasons: r.reasons, code: r.code };
      });
      const failed = results.filter((r) => !r.pass).length;
      if (opts.json) {
        ctx.stdout(`${JSON.stringify({ version: authz.version, passed: results.length - failed, failed, results })}\n`);
      } else {
        for (const r of results) {
          const why = r.reasons.map((x) => `${x.id}: ${x.message}`).join('; ');
          ctx.stdout(`${r.pass ? 'PASS' : 'FAIL'} ${r.name}: ${r.got}${r.pass ? '' : ` (expected ${r.expect}${r.expectedReasons ? ` with [${r.expectedReasons.join(', ')}]` : ''})`}${why ? ` — ${why}` : ''}\n`);
        }
        ctx.stdout(`${results.length - failed} passed, ${failed} failed (policy version ${authz.version})\n`);
      }
      ctx.exitCode = failed > 0 ? 1 : 0;
    });
}
