import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAuthorized, policyToJson } from '@cedar-policy/cedar-wasm/nodejs';
import type { CedarEntity, CedarJson, CedarRequest } from './entities.js';
import type { CompiledPolicy } from './fasteval.js';
import { authorizeFast, compilePolicy, fastRequest } from './fasteval.js';

// Differential tests: the TypeScript evaluator against cedar-wasm (the reference) on random
// policies — well-typed and ill-typed, so erroring permits and forbids are exercised — and random
// requests, including missing attributes, missing entities and role hierarchies.

// Typed pieces so that most expressions are meaningful; `bad` mixes any type anywhere so that
// type errors, missing attributes and missing entities happen too.
const strSet = fc.constantFrom('resource.labels', 'principal.roles', 'context.session.tools', 'context.findings.detectors', '["l1"]', '[]', '["l1", "l2"]');
const entSet = fc.constantFrom('[Role::"r1", Role::"r2"]', '[McpServer::"s1"]', '[Role::"r2"]', '[]', '[Role::"r1", "l1"]', '["l1", Role::"r2"]');
const str = fc.constantFrom('resource.name', 'resource.server', 'principal.tenant', '"l1"', '"s1"', '""', '"t1"');
const long = fc.constantFrom('context.findings.score.injection', '0', '50', '-3', '7');
const ent = fc.constantFrom('principal', 'resource', 'action', 'Role::"r1"', 'Role::"r2"', 'McpServer::"s1"', 'Tool::"s1/t1"', 'User::"u1"');
const rec = fc.constantFrom('context.session', 'context.findings.score', 'context', '{a: 1}', '{}');
const wrong = fc.constantFrom('resource.nope', 'context.nope', 'action.x', 'McpServer::"s1".labels', 'principal.tenant');
const anyv = fc.oneof(strSet, entSet, str, long, ent, rec, wrong, fc.constantFrom('true', 'false'));

const expr: fc.Arbitrary<string> = fc.letrec<{ b: string }>((tie) => {
  const b = tie('b');
  return {
    b: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('true', 'false', 'context.session.tainted', 'McpServer::"s1".labels.contains("l1")', 'principal.tenant == ""', '{a: 1} has a', 'context.session has tainted'),
      fc.tuple(strSet, fc.oneof(str, anyv)).map(([x, y]) => `${x}.contains(${y})`),
      fc.tuple(strSet, fc.constantFrom('containsAll', 'containsAny'), strSet).map(([x, m, y]) => `${x}.${m}(${y})`),
      strSet.map((x) => `${x}.isEmpty()`),
      fc.tuple(long, fc.constantFrom('<', '<=', '>', '>='), long).map(([x, op, y]) => `${x} ${op} ${y}`),
      fc.tuple(ent, fc.oneof(ent, entSet)).map(([x, y]) => `${x} in ${y}`),
      fc.tuple(ent, fc.constantFrom('Tool', 'Role', 'User', 'Service')).map(([x, t]) => `${x} is ${t}`),
      ent.map((x) => `${x} is Tool in McpServer::"s1"`),
      fc.tuple(fc.oneof(ent, rec), fc.constantFrom('labels', 'name', 'tainted', 'roles', 'nope', 'injection', 'a', 'tenant')).map(([x, n]) => `${x} has ${n}`),
      fc.tuple(str, fc.constantFrom('"l*"', '"*1"', '"s1/*"', '"*"', '""', '"l\\*"', '"t?"')).map(([x, p]) => `${x} like ${p}`),
      fc.tuple(anyv, fc.constantFrom('==', '!='), anyv).map(([x, op, y]) => `${x} ${op} ${y}`),
      b.map((x) => `!(${x})`),
      fc.tuple(b, fc.constantFrom('&&', '||'), b).map(([x, op, y]) => `(${x}) ${op} (${y})`),
      fc.tuple(b, b, b).map(([x, y, z]) => `if (${x}) then (${y}) else (${z})`),
      b.map((x) => `{a: ${x}}.a`),
      fc.tuple(b, b).map(([x, y]) => `[${x}, ${y}].contains(${x})`),
      // Ill-typed on purpose (evaluation errors).
      fc.tuple(anyv, fc.constantFrom('<', '>=', 'in', '&&', '||'), anyv).map(([x, op, y]) => `(${x}) ${op} (${y})`),
      fc.tuple(anyv, fc.constantFrom('contains', 'containsAny'), anyv).map(([x, m, y]) => `(${x}).${m}(${y})`),
      fc.tuple(anyv, fc.constantFrom('labels', 'a')).map(([x, n]) => `(${x}) has ${n}`),
      anyv.map((x) => `if (${x}) then true else false`),
      anyv.map((x) => `(${x}) like "*"`),
      anyv.map((x) => `(${x}) is Tool`),
    ),
  };
}).b;

const policy = fc.record({
  effect: fc.constantFrom('permit', 'forbid'),
  principal: fc.constantFrom('principal', 'principal == User::"u1"', 'principal in Role::"r1"', 'principal in Role::"r2"', 'principal is Service', 'principal is User in Role::"r2"'),
  action: fc.constantFrom('action', 'action == Action::"a1"', 'action in [Action::"a1", Action::"a2"]', 'action in Action::"a2"'),
  resource: fc.constantFrom('resource', 'resource is Tool', 'resource in McpServer::"s1"', 'resource == Tool::"s1/t1"', 'resource is Tool in McpServer::"s2"'),
  conds: fc.array(fc.tuple(fc.constantFrom('when', 'unless'), expr), { maxLength: 2 }),
  // Outside the subset (arithmetic): the whole set must then go to wasm.
  unsupported: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
});

const policyText = (p: { effect: string; principal: string; action: string; resource: string; conds: Array<[string, string]>; unsupported: boolean }): string =>
  `${p.effect}(${p.principal}, ${p.action}, ${p.resource})${p.conds.map(([k, e]) => ` ${k} { ${e} }`).join('')}${p.unsupported ? ' when { 1 + 1 == 2 }' : ''};`;

const labels = fc.subarray(['l1', 'l2', 'l3']);
const request: fc.Arbitrary<CedarRequest> = fc
  .record({
    ptype: fc.constantFrom('User', 'Service'),
    pid: fc.constantFrom('u1', 'u2'),
    roles: fc.subarray(['r1', 'r2']),
    roleHierarchy: fc.boolean(),
    tenant: fc.option(fc.constantFrom('', 't1'), { nil: undefined }),
    action: fc.constantFrom('a1', 'a2', 'a3'),
    rid: fc.constantFrom('s1/t1', 's2/t2'),
    server: fc.constantFrom('s1', 's2', ''),
    serverEntity: fc.boolean(),
    rlabels: fc.option(labels, { nil: undefined }),
    name: fc.option(fc.constantFrom('t1', 'l1x'), { nil: undefined }),
    injection: fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }),
    tainted: fc.option(fc.boolean(), { nil: undefined }),
    tools: fc.option(fc.subarray(['s1/t1', 'x']), { nil: undefined }),
  })
  .map((g) => {
    const principal = { type: g.ptype, id: g.pid };
    const resource = { type: 'Tool', id: g.rid };
    const pattrs: Record<string, CedarJson> = { roles: g.roles };
    if (g.tenant !== undefined) pattrs.tenant = g.tenant;
    const rattrs: Record<string, CedarJson> = { server: g.server };
    if (g.rlabels !== undefined) rattrs.labels = g.rlabels;
    if (g.name !== undefined) rattrs.name = g.name;
    const entities: CedarEntity[] = [
      { uid: principal, attrs: pattrs, parents: g.roles.map((r) => ({ type: 'Role', id: r })) },
      { uid: resource, attrs: rattrs, parents: g.server !== '' ? [{ type: 'McpServer', id: g.server }] : [] },
    ];
    if (g.roleHierarchy) entities.push({ uid: { type: 'Role', id: 'r1' }, attrs: {}, parents: [{ type: 'Role', id: 'r2' }] });
    if (g.serverEntity && g.server !== '') entities.push({ uid: { type: 'McpServer', id: g.server }, attrs: { labels: ['l1'] }, parents: [] });
    const score: Record<string, CedarJson> = {};
    if (g.injection !== undefined) score.injection = g.injection;
    const session: Record<string, CedarJson> = {};
    if (g.tainted !== undefined) session.tainted = g.tainted;
    if (g.tools !== undefined) session.tools = g.tools;
    const context: Record<string, CedarJson> = { findings: { score, detectors: ['injection'] }, session };
    return { principal, action: { type: 'Action', id: g.action }, resource, context, entities, server: g.server || undefined, roles: g.roles };
  });

function reference(texts: ReadonlyMap<string, string>, req: CedarRequest): { decision: string; reason: string[]; errors: string[] } | 'failure' {
  const ans = isAuthorized({
    principal: req.principal,
    action: req.action,
    resource: req.resource,
    context: req.context,
    entities: req.entities,
    policies: { staticPolicies: Object.fromEntries(texts) },
  });
  if (ans.type === 'failure') return 'failure';
  const d = ans.response.diagnostics;
  return { decision: ans.response.decision, reason: [...d.reason].sort(), errors: [...new Set(d.errors.map((e) => e.policyId))].sort() };
}

function compileAll(texts: readonly string[]): { texts: Map<string, string>; compiled: CompiledPolicy[] | undefined } {
  const m = new Map<string, string>();
  const compiled: CompiledPolicy[] = [];
  let all = true;
  texts.forEach((t, i) => {
    const j = policyToJson(t);
    if (j.type === 'failure') return; // the generator can write what Cedar's parser refuses
    const id = `p${i}`;
    m.set(id, t);
    const c = compilePolicy(id, j.json);
    if (c) compiled.push(c);
    else all = false;
  });
  return { texts: m, compiled: all ? compiled : undefined };
}

void describe('fasteval: TypeScript Cedar subset agrees with cedar-wasm', () => {
  it('same decision, determining policies and erroring policies on random policies and requests', () => {
    let compared = 0;
    let errored = 0;
    fc.assert(
      fc.property(fc.array(policy, { minLength: 2, maxLength: 8 }), fc.array(request, { minLength: 2, maxLength: 6 }), (ps, reqs) => {
        const { texts, compiled } = compileAll(ps.map(policyText));
        if (!compiled || texts.size === 0) return;
        for (const req of reqs) {
          const fr = fastRequest(req);
          assert.ok(fr, 'plain requests are in the subset');
          const want = reference(texts, req);
          assert.notEqual(want, 'failure');
          const got = authorizeFast(compiled, fr);
          assert.deepEqual({ decision: got.decision, reason: [...got.reason].sort(), errors: [...got.errors].sort() }, want, `policies:\n${[...texts.values()].join('\n')}\nrequest: ${JSON.stringify(req)}`);
          compared++;
          if (got.errors.length > 0) errored++;
        }
      }),
      { numRuns: 200 },
    );
    // The comparison must not be vacuous: most sets compile and some policies error.
    assert.ok(compared > 150, `compared ${compared}`);
    assert.ok(errored > 10, `errored ${errored}`);
  });

  it('refuses constructs outside the subset instead of guessing', () => {
    for (const t of [
      'permit(principal, action, resource) when { 1 + 2 == 3 };',
      'permit(principal, action, resource) when { ip("10.0.0.1").isLoopback() };',
      'permit(principal, action, resource) when { principal.hasTag("x") };',
      'permit(principal, action, resource) when { context.n == 9007199254740993 };',
    ]) {
      const j = policyToJson(t);
      assert.equal(j.type, 'success', t);
      if (j.type === 'success') assert.equal(compilePolicy('x', j.json), undefined, t);
    }
  });

  it('leaves requests Cedar would read differently to wasm', () => {
    const base: CedarRequest = {
      principal: { type: 'User', id: 'u' },
      action: { type: 'Action', id: 'a' },
      resource: { type: 'Tool', id: 't' },
      context: {},
      entities: [],
      server: undefined,
      roles: [],
    };
    assert.ok(fastRequest(base));
    assert.equal(fastRequest({ ...base, context: { n: 1.5 } }), undefined);
    assert.equal(fastRequest({ ...base, context: { e: { __entity: { type: 'User', id: 'u' } } } }), undefined);
    assert.equal(fastRequest({ ...base, context: { s: 'a\uD800' } }), undefined);
    const e: CedarEntity = { uid: { type: 'User', id: 'u' }, attrs: {}, parents: [] };
    assert.equal(fastRequest({ ...base, entities: [e, e] }), undefined);
    const cyc: CedarEntity[] = [
      { uid: { type: 'Role', id: 'a' }, attrs: {}, parents: [{ type: 'Role', id: 'b' }] },
      { uid: { type: 'Role', id: 'b' }, attrs: {}, parents: [{ type: 'Role', id: 'a' }] },
    ];
    assert.equal(fastRequest({ ...base, entities: cyc }), undefined);
  });

  it('entity ancestors are transitive over the request entities (chains, diamonds, self-parents), as in Cedar', () => {
    const texts = ['a', 'b', 'c', 'd', 'u'].map((r) => `permit(principal in Role::"${r}", action, resource);`);
    const { texts: m, compiled } = compileAll(texts);
    assert.ok(compiled);
    const role = (id: string, parents: string[]): CedarEntity => ({ uid: { type: 'Role', id }, attrs: {}, parents: parents.map((q) => ({ type: 'Role', id: q })) });
    const shapes: CedarEntity[][] = [
      // u -> a -> b -> c: u is in a, b and c, not d.
      [role('a', ['b']), role('b', ['c'])],
      // A diamond: a -> b, a -> c, b -> d, c -> d.
      [role('a', ['b', 'c']), role('b', ['d']), role('c', ['d'])],
      // Parents that are not entities of the request: direct ancestors only.
      [],
      // A parent entity with no parents of its own.
      [role('a', [])],
    ];
    for (const extra of shapes) {
      const req: CedarRequest = {
        principal: { type: 'User', id: 'u' },
        action: { type: 'Action', id: 'x' },
        resource: { type: 'Tool', id: 't' },
        context: {},
        entities: [{ uid: { type: 'User', id: 'u' }, attrs: {}, parents: [{ type: 'Role', id: 'a' }] }, ...extra],
        server: undefined,
        roles: [],
      };
      const fr = fastRequest(req);
      assert.ok(fr);
      // Each policy alone, so the determining policy says which ancestor matched.
      for (const c of compiled) {
        const one = new Map([[c.id, m.get(c.id) ?? '']]);
        const want = reference(one, req);
        assert.notEqual(want, 'failure');
        assert.deepEqual({ ...authorizeFast([c], fr), errors: [] }, { ...(want as object), errors: [] }, `${c.id} on ${JSON.stringify(extra)}`);
      }
    }
    // An entity that is its own ancestor through a chain is refused (Cedar refuses the store).
    const loop: CedarRequest = {
      principal: { type: 'User', id: 'u' },
      action: { type: 'Action', id: 'x' },
      resource: { type: 'Tool', id: 't' },
      context: {},
      entities: [role('a', ['b']), role('b', ['c']), role('c', ['a'])],
      server: undefined,
      roles: [],
    };
    assert.equal(fastRequest(loop), undefined);
  });

  it('like matches like Cedar on awkward patterns', () => {
    const cases: Array<[string, string]> = [
      ['"a*b*c"', 'axxbyyc'],
      ['"a*b*c"', 'axxbyy'],
      ['"*"', ''],
      ['"**a"', 'bba'],
      ['"a\\*"', 'a*'],
      ['"a\\*"', 'ab'],
      ['"é*😀"', 'éx😀'],
      ['"?"', 'x'],
    ];
    for (const [pat, s] of cases) {
      const t = `permit(principal, action, resource) when { context.s like ${pat} };`;
      const { texts, compiled } = compileAll([t]);
      assert.ok(compiled, t);
      const req: CedarRequest = { principal: { type: 'User', id: 'u' }, action: { type: 'Action', id: 'a' }, resource: { type: 'Tool', id: 't' }, context: { s }, entities: [], server: undefined, roles: [] };
      const fr = fastRequest(req);
      assert.ok(fr);
      assert.equal(authorizeFast(compiled, fr).decision, (reference(texts, req) as { decision: string }).decision, `${pat} ~ ${s}`);
    }
  });
});
