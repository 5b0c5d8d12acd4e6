import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Action, Event, Finding, Resource } from '../engine/types.js';
import { CedarAuthorizer, loadAuthorizer } from './cedar.js';
import { ToolCatalog } from './entities.js';
import type { PolicyFile } from './loader.js';
import { compilePolicySet } from './loader.js';

function event(roles: string[], action: Action, resource: Resource, extra: Partial<Event> = {}): Event {
  return { id: 'e1', time: 1_700_000_000_000, principal: { id: 'key:1', kind: 'service', roles }, action, resource, parts: [], ...extra };
}
const model: Resource = { kind: 'model', id: 'gpt-4o' };
const tool = (name: string, labels: string[] = [], server = 'files'): Resource => ({ kind: 'tool', id: `${server}/${name}`, server, labels });

void describe('default policy (policies/default)', () => {
  const a = loadAuthorizer();
  const cases: Array<{ name: string; ev: Event; ctx?: Record<string, unknown>; findings?: Finding[]; want: 'allow' | 'deny' | 'hold'; ids?: string[] }> = [
    { name: 'admin uses a model', ev: event(['admin'], 'chat.input', model), want: 'allow', ids: ['default-admin-models'] },
    { name: 'admin reads model output', ev: event(['admin'], 'chat.output', model), want: 'allow' },
    { name: 'non-admin gets nothing (model)', ev: event(['dev'], 'chat.input', model), want: 'deny', ids: ['default-deny'] },
    { name: 'no roles gets nothing (tool)', ev: event([], 'tool.call', tool('read_file')), want: 'deny' },
    { name: 'admin lists tools', ev: event(['admin'], 'tool.list', { kind: 'server', id: 'files' }), want: 'allow' },
    { name: 'admin calls a plain tool', ev: event(['admin'], 'tool.call', tool('read_file')), want: 'allow', ids: ['default-admin-tools'] },
    { name: 'destructive is held', ev: event(['admin'], 'tool.call', tool('rm', ['destructive'])), want: 'hold', ids: ['default-destructive-approval'] },
    { name: 'destructive result is not held', ev: event(['admin'], 'tool.result', tool('rm', ['destructive'])), want: 'allow' },
    { name: 'non-admin destructive is denied, not held', ev: event(['dev'], 'tool.call', tool('rm', ['destructive'])), want: 'deny' },
    { name: 'egress in clean session', ev: event(['admin'], 'tool.call', tool('send', ['external_egress'])), ctx: { session: { untrusted: true } }, want: 'allow' },
    {
      name: 'egress in tainted session is held',
      ev: event(['admin'], 'tool.call', tool('send', ['external_egress'])),
      ctx: { session: { untrusted: true, sensitive: true } },
      want: 'hold',
      ids: ['default-egress-tainted-approval'],
    },
    {
      name: 'egress: untrusted part + secret finding in the same event taints',
      ev: event(['admin'], 'tool.call', tool('send', ['external_egress']), { parts: [{ text: 'x', provenance: 'tool:web/fetch' }] }),
      findings: [{ detector: 'secrets', kind: 'aws', score: 0.9, part: 0, span: { start: 0, end: 1 }, view: 'raw', evidence: 'aws key' }],
      want: 'hold',
    },
    { name: 'request outside the schema fails closed', ev: event(['admin'], 'tool.call', model), want: 'deny' },
  ];
  for (const c of cases) {
    void it(c.name, () => {
      const r = a.evaluate(c.ev, c.findings ?? [], c.ctx ?? {});
      assert.equal(r.decision, c.want);
      assert.equal(r.policyVersion, a.version);
      if (c.ids) assert.deepEqual(r.reasons.map((x) => x.id), c.ids);
      if (c.want === 'deny') assert.ok(r.code === 'PAVISE_FORBIDDEN' || r.code === 'PAVISE_POLICY_ERROR');
      if (c.want === 'hold') assert.equal(r.code, 'PAVISE_APPROVAL_REQUIRED');
    });
  }

  void it('MCP destructiveHint from the catalog holds the call', () => {
    const tools = new ToolCatalog();
    const b = new CedarAuthorizer(a.policySet, { tools });
    assert.equal(b.evaluate(event(['admin'], 'tool.call', tool('drop'))).decision, 'allow');
    tools.setAnnotations('files', 'drop', { destructiveHint: true });
    assert.equal(b.evaluate(event(['admin'], 'tool.call', tool('drop'))).decision, 'hold');
  });

  void it('config labels from the catalog apply', () => {
    const tools = ToolCatalog.fromConfig({ office: { tools: { send_email: { labels: ['external_egress'] } } } });
    const b = new CedarAuthorizer(a.policySet, { tools });
    const ev = event(['admin'], 'tool.call', { kind: 'tool', id: 'office/send_email', server: 'office' });
    assert.equal(b.evaluate(ev, [], { session: { untrusted: true, sensitive: true } }).decision, 'hold');
  });
});

void describe('policy semantics', () => {
  const set = (text: string): CedarAuthorizer => new CedarAuthorizer(compilePolicySet([{ path: 'p.cedar', text }]));

  void it('deny carries @reason and @id', () => {
    const a = set(`@id("allow-all") permit(principal, action, resource);
@id("no-injection") @reason("injection score too high") forbid(principal, action, resource) when { context.findings.score.injection >= 50 };`);
    const f: Finding = { detector: 'injection', kind: 'override', score: 0.6, part: 0, span: { start: 0, end: 1 }, view: 'raw', evidence: 'x' };
    const r = a.evaluate(event([], 'chat.input', model), [f]);
    assert.equal(r.decision, 'deny');
    assert.equal(r.code, 'PAVISE_FORBIDDEN');
    assert.deepEqual(r.reasons, [{ source: 'policy', id: 'no-injection', message: 'injection score too high' }]);
    assert.equal(a.evaluate(event([], 'chat.input', model), [{ ...f, score: 0.4 }]).decision, 'allow');
    // A set that reads findings says so (the stream guard then scans every output detector
    // before releasing text); the default set does not.
    assert.equal(a.readsFindings, true);
    assert.equal(set('@id("allow-all") permit(principal, action, resource);').readsFindings, false);
    assert.equal(loadAuthorizer().readsFindings, false);
  });

  void it('a forbid that errors denies with PAVISE_POLICY_ERROR; an erroring permit is skipped', () => {
    const a = set(`@id("allow-all") permit(principal, action, resource);
@id("broken") forbid(principal, action, resource) when { context.time + 9223372036854775807 > 0 };`);
    const r = a.evaluate(event([], 'chat.input', model));
    assert.equal(r.decision, 'deny');
    assert.equal(r.code, 'PAVISE_POLICY_ERROR');
    assert.deepEqual(r.policies, ['broken']);
    const b = set(`@id("broken") permit(principal, action, resource) when { context.time + 9223372036854775807 > 0 };`);
    assert.equal(b.evaluate(event([], 'chat.input', model)).decision, 'deny');
  });

  void it('an erroring @approval forbid denies rather than holds', () => {
    const a = set(`@id("allow-all") permit(principal, action, resource);
@id("hold-broken") @approval forbid(principal, action, resource) when { context.time + 9223372036854775807 > 0 };`);
    assert.equal(a.evaluate(event([], 'chat.input', model)).decision, 'deny');
  });

  void it('@approval with a hard forbid denies', () => {
    const a = set(`@id("allow-all") permit(principal, action, resource);
@id("hold") @approval forbid(principal, action, resource);
@id("no") forbid(principal, action, resource);`);
    const r = a.evaluate(event([], 'chat.input', model));
    assert.equal(r.decision, 'deny');
    assert.deepEqual(r.policies, ['no']);
  });

  void it('server-scoped policies apply to that server only', () => {
    const a = set(`@id("files") permit(principal, action == Action::"tool.call", resource in McpServer::"files");`);
    assert.equal(a.evaluate(event([], 'tool.call', tool('read', [], 'files'))).decision, 'allow');
    assert.equal(a.evaluate(event([], 'tool.call', tool('read', [], 'other'))).decision, 'deny');
    assert.equal(a.evaluate(event([], 'tool.list', { kind: 'server', id: 'files' })).decision, 'deny');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: a generated policy language small enough to have a reference evaluator here.

interface GenPolicy {
  id: string;
  effect: 'permit' | 'forbid';
  approval: boolean;
  principal: { op: 'all' } | { op: 'role'; role: string } | { op: 'is'; type: 'User' | 'Service' | 'Agent' };
  action: 'all' | 'chat.input' | 'tool.call' | 'tool.list';
  resource: { op: 'all' } | { op: 'server'; server: string } | { op: 'isTool' };
  cond: { op: 'none' } | { op: 'label'; label: string } | { op: 'untrusted' } | { op: 'score'; min: number } | { op: 'error' };
}

interface GenRequest {
  kind: 'user' | 'service' | 'agent';
  roles: string[];
  action: 'chat.input' | 'tool.call' | 'tool.list';
  server: string;
  labels: string[];
  untrusted: boolean;
  injection: number;
}

const genPolicy = fc.record<Omit<GenPolicy, 'id'>>({
  effect: fc.constantFrom('permit', 'forbid'),
  approval: fc.boolean(),
  principal: fc.oneof(
    fc.constant({ op: 'all' as const }),
    fc.constantFrom('r0', 'r1', 'r2').map((role) => ({ op: 'role' as const, role })),
    fc.constantFrom('User', 'Service', 'Agent').map((type) => ({ op: 'is' as const, type })),
  ),
  action: fc.constantFrom('all', 'chat.input', 'tool.call', 'tool.list'),
  resource: fc.oneof(
    fc.constant({ op: 'all' as const }),
    fc.constantFrom('s0', 's1').map((server) => ({ op: 'server' as const, server })),
    fc.constant({ op: 'isTool' as const }),
  ),
  cond: fc.oneof(
    { weight: 3, arbitrary: fc.constant({ op: 'none' as const }) },
    { weight: 2, arbitrary: fc.constantFrom('l0', 'l1').map((label) => ({ op: 'label' as const, label })) },
    { weight: 1, arbitrary: fc.constant({ op: 'untrusted' as const }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((min) => ({ op: 'score' as const, min })) },
    { weight: 1, arbitrary: fc.constant({ op: 'error' as const }) },
  ),
});

const genPolicies = fc.array(genPolicy, { maxLength: 12 }).map((ps) => ps.map((p, i): GenPolicy => ({ ...p, id: `g${i}`, approval: p.effect === 'forbid' && p.approval })));

const genRequest = fc.record<GenRequest>({
  kind: fc.constantFrom('user', 'service', 'agent'),
  roles: fc.subarray(['r0', 'r1', 'r2']),
  action: fc.constantFrom('chat.input', 'tool.call', 'tool.list'),
  server: fc.constantFrom('s0', 's1', 's2'),
  labels: fc.subarray(['l0', 'l1']),
  untrusted: fc.boolean(),
  injection: fc.integer({ min: 0, max: 100 }),
});

function policyText(p: GenPolicy): string {
  const principal = p.principal.op === 'all' ? 'principal' : p.principal.op === 'role' ? `principal in Role::"${p.principal.role}"` : `principal is ${p.principal.type}`;
  const action = p.action === 'all' ? 'action' : `action == Action::"${p.action}"`;
  const resource = p.resource.op === 'all' ? 'resource' : p.resource.op === 'server' ? `resource in McpServer::"${p.resource.server}"` : 'resource is Tool';
  const c = p.cond;
  const when =
    c.op === 'none'
      ? ''
      : ` when { ${c.op === 'label' ? `resource.labels.contains("${c.label}")` : c.op === 'untrusted' ? 'context.session.untrusted' : c.op === 'score' ? `context.findings.score.injection >= ${c.min}` : 'context.time + 9223372036854775807 > 0'} }`;
  return `@id("${p.id}")${p.approval ? ' @approval' : ''}\n${p.effect}(${principal}, ${action}, ${resource})${when};`;
}

function toEvent(r: GenRequest): { ev: Event; findings: Finding[]; ctx: Record<string, unknown> } {
  const resource: Resource =
    r.action === 'chat.input' ? { kind: 'model', id: 'm', labels: r.labels } : r.action === 'tool.list' ? { kind: 'server', id: r.server, labels: r.labels } : { kind: 'tool', id: `${r.server}/t`, server: r.server, labels: r.labels };
  const findings: Finding[] = r.injection > 0 ? [{ detector: 'injection', kind: 'k', score: r.injection / 100, part: 0, span: { start: 0, end: 1 }, view: 'raw', evidence: 'e' }] : [];
  return { ev: { id: 'e', time: 1_700_000_000_000, principal: { id: 'p', kind: r.kind, roles: r.roles }, action: r.action, resource, parts: [] }, findings, ctx: { session: { untrusted: r.untrusted } } };
}

/** Reference semantics, written independently of cedar.ts. */
function reference(ps: readonly GenPolicy[], r: GenRequest): 'allow' | 'deny' | 'hold' {
  const type = { user: 'User', service: 'Service', agent: 'Agent' }[r.kind];
  const rtype = r.action === 'chat.input' ? 'Model' : r.action === 'tool.list' ? 'McpServer' : 'Tool';
  const scope = (p: GenPolicy): boolean => {
    if (p.principal.op === 'role' && !r.roles.includes(p.principal.role)) return false;
    if (p.principal.op === 'is' && p.principal.type !== type) return false;
    if (p.action !== 'all' && p.action !== r.action) return false;
    if (p.resource.op === 'isTool' && rtype !== 'Tool') return false;
    // Model has no server; a server is `in` itself; a tool is in its server.
    if (p.resource.op === 'server' && (rtype === 'Model' || r.server !== p.resource.server)) return false;
    return true;
  };
  const holds = (p: GenPolicy): boolean => {
    const c = p.cond;
    if (c.op === 'label') return r.labels.includes(c.label);
    if (c.op === 'untrusted') return r.untrusted;
    if (c.op === 'score') return r.injection >= c.min;
    return true;
  };
  const live = ps.filter(scope);
  if (live.some((p) => p.effect === 'forbid' && p.cond.op === 'error')) return 'deny';
  const sat = live.filter((p) => p.cond.op !== 'error' && holds(p));
  const permits = sat.some((p) => p.effect === 'permit');
  const hard = sat.some((p) => p.effect === 'forbid' && !p.approval);
  const soft = sat.some((p) => p.effect === 'forbid' && p.approval);
  if (hard || !permits) return 'deny';
  return soft ? 'hold' : 'allow';
}

function filesOf(ps: readonly GenPolicy[], split: number): PolicyFile[] {
  const files: PolicyFile[] = [];
  for (let f = 0; f < split; f++) {
    files.push({ path: `f${f}.cedar`, text: ps.filter((_, i) => i % split === f).map(policyText).join('\n\n') });
  }
  return files;
}

void describe('policy properties (fast-check)', () => {
  void it('matches the reference semantics: default deny, deny overrides allow, error denies, approval holds', () => {
    fc.assert(
      fc.property(genPolicies, fc.array(genRequest, { minLength: 1, maxLength: 8 }), (ps, reqs) => {
        const a = new CedarAuthorizer(compilePolicySet(filesOf(ps, 2)));
        for (const r of reqs) {
          const { ev, findings, ctx } = toEvent(r);
          const got = a.evaluate(ev, findings, ctx);
          assert.equal(got.decision, reference(ps, r), `policies:\n${ps.map(policyText).join('\n')}\nrequest ${JSON.stringify(r)}`);
          assert.equal(got.policyVersion, a.version);
        }
      }),
      { numRuns: 120, interruptAfterTimeLimit: 3000 },
    );
  });

  void it('a long-lived authorizer (bucket caches warm) decides every request as a fresh one does', () => {
    fc.assert(
      fc.property(genPolicies, fc.array(genRequest, { minLength: 2, maxLength: 24 }), (ps, reqs) => {
        const set = compilePolicySet(filesOf(ps, 2));
        const warm = new CedarAuthorizer(set);
        // Twice over, so the second pass is answered from the caches the first one filled.
        for (const r of [...reqs, ...reqs]) {
          const { ev, findings, ctx } = toEvent(r);
          assert.deepEqual(warm.evaluate(ev, findings, ctx), new CedarAuthorizer(set).evaluate(ev, findings, ctx), `request ${JSON.stringify(r)}`);
        }
      }),
      { numRuns: 60, interruptAfterTimeLimit: 3000 },
    );
  });

  void it('default deny: with no permit, nothing is allowed', () => {
    fc.assert(
      fc.property(genPolicies.map((ps) => ps.filter((p) => p.effect === 'forbid')), genRequest, (ps, r) => {
        const a = new CedarAuthorizer(compilePolicySet(filesOf(ps, 1)));
        const { ev, findings, ctx } = toEvent(r);
        assert.equal(a.evaluate(ev, findings, ctx).decision, 'deny');
      }),
      { numRuns: 60, interruptAfterTimeLimit: 3000 },
    );
  });

  void it('decisions and version are deterministic and independent of file order', () => {
    fc.assert(
      fc.property(genPolicies, fc.integer({ min: 1, max: 4 }), genRequest, fc.integer(), (ps, split, r, seed) => {
        const files = filesOf(ps, split);
        const shuffled = [...files].sort((x, y) => ((x.path.charCodeAt(1) * 31 + seed) % 7) - ((y.path.charCodeAt(1) * 31 + seed) % 7)).reverse();
        const a = new CedarAuthorizer(compilePolicySet(files));
        const b = new CedarAuthorizer(compilePolicySet(shuffled));
        assert.equal(a.version, b.version);
        const { ev, findings, ctx } = toEvent(r);
        const x = a.evaluate(ev, findings, ctx);
        assert.deepEqual(b.evaluate(ev, findings, ctx), x);
        assert.deepEqual(a.evaluate(ev, findings, ctx), x);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 3000 },
    );
  });
});

void describe('TypeScript evaluator vs cedar-wasm (engine option)', () => {
  // Policies that error inside the evaluator's subset (attribute of an entity the request does not
  // carry) next to the generated ones; a set holding `+` (outside the subset) goes to wasm.
  const extra = fc.array(
    fc.record({
      effect: fc.constantFrom('permit', 'forbid'),
      approval: fc.boolean(),
      server: fc.constantFrom('s0', 's1'),
      label: fc.constantFrom('l0', 'l1'),
      negate: fc.boolean(),
    }),
    { maxLength: 3 },
  );
  const textOf = (e: { effect: string; approval: boolean; server: string; label: string; negate: boolean }, i: number): string =>
    `@id("x${i}")${e.approval && e.effect === 'forbid' ? ' @approval' : ''}\n${e.effect}(principal, action, resource) ${e.negate ? 'unless' : 'when'} { McpServer::"${e.server}".labels.contains("${e.label}") || resource.labels.contains("${e.label}") };`;

  void it('same CedarResult from both engines (decision, code, reasons, policies, version)', () => {
    const catalog = ToolCatalog.fromConfig({ s0: { labels: ['l0'] } });
    fc.assert(
      fc.property(genPolicies, extra, fc.array(genRequest, { minLength: 1, maxLength: 8 }), (ps, xs, reqs) => {
        const files = [...filesOf(ps, 2), { path: 'x.cedar', text: xs.map(textOf).join('\n') }];
        const set = compilePolicySet(files);
        const fast = new CedarAuthorizer(set, { tools: catalog });
        const wasm = new CedarAuthorizer(set, { tools: catalog, engine: 'wasm' });
        for (const r of reqs) {
          const { ev, findings, ctx } = toEvent(r);
          assert.deepEqual(fast.evaluate(ev, findings, ctx), wasm.evaluate(ev, findings, ctx), `policies:\n${[...set.policies.values()].map((p) => p.text).join('\n')}\nrequest ${JSON.stringify(r)}`);
        }
      }),
      { numRuns: 100, interruptAfterTimeLimit: 3000 },
    );
  });

  void it('the default policies and the benchmark-shaped sets are decided without wasm', () => {
    const a = loadAuthorizer();
    const r = a.evaluate(event(['admin'], 'tool.call', tool('rm', ['destructive'])));
    assert.equal(r.decision, 'hold');
    const stats = a.engineStats();
    assert.ok(stats.fast > 0 && stats.wasm === 0, JSON.stringify(stats));
    const b = new CedarAuthorizer(compilePolicySet([{ path: 'p.cedar', text: 'permit(principal, action, resource) when { context.time + 1 > 0 };' }]));
    assert.equal(b.evaluate(event([], 'tool.call', tool('x'))).decision, 'allow');
    assert.deepEqual(b.engineStats(), { fast: 0, wasm: 1 });
  });
});

void describe('records compared as wholes', () => {
  // Regression: the wasm path used to prune record fields no policy names, which changed the
  // value of `context.findings.score == {…}` (a forbid written this way under-fired).
  void it('both engines see the whole record', () => {
    const set = compilePolicySet([
      {
        path: 'p.cedar',
        text: `@id("all") permit(principal, action, resource);
@id("clean-only") forbid(principal, action, resource) unless { context.approval == {status: "none"} && context.findings.score == {hidden_text: 0, injection: 0, jailbreak: 0, secrets: 0, pii: 0, exfiltration: 0, prompt_leak: 0} };`,
      },
    ]);
    const clean = event([], 'tool.call', tool('x'));
    const finding: Finding = { detector: 'pii', kind: 'email', score: 0.5, part: 0, span: { start: 0, end: 1 }, view: 'raw', evidence: 'e' };
    for (const engine of ['auto', 'wasm'] as const) {
      const a = new CedarAuthorizer(set, { engine });
      assert.equal(a.evaluate(clean).decision, 'allow', engine);
      assert.equal(a.evaluate(clean, [finding]).decision, 'deny', engine);
    }
  });
});
