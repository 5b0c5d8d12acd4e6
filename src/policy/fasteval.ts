// A Cedar evaluator in TypeScript for the common subset of Cedar, so that an authorization decision
// does not cross into wasm. Each call into cedar-wasm serialises the request to JSON, parses it in
// Rust, builds an entity store and serialises the answer back: a fixed cost (~90 µs p50 for a
// one-policy set on this shared, loaded machine) before policies are evaluated — about the whole
// 100 µs p99 budget. Here a policy is compiled once (from Cedar's JSON form, `policyToJson`) into
// closures and a decision costs a few µs. The semantics mirror Cedar 4.x (cedar-wasm 4.13); an
// upgrade that changed them would fail the differential properties.
//
// Supported: scopes (`==`, `in`, `is`, `is … in`, `action in [..]`), `when`/`unless`, literals
// (bool, Long, string, entity, set, record), variables, `!`, `&&`, `||`, `if-then-else`, `==`,
// `!=`, `<`, `<=`, `>`, `>=`, `in`, `.attr`, `has`, `is`, `like`, `contains`, `containsAll`,
// `containsAny`, `isEmpty` — with Cedar's semantics, errors included (a type error, a missing
// attribute or a missing entity make the policy error, which the authorizer treats as Cedar does).
// Misses (on purpose): arithmetic (i64 overflow), tags, extension types and functions (ip, decimal,
// datetime), templates. `compilePolicy` returns undefined for those and the caller uses wasm;
// `fastRequest` returns undefined for a request whose data Cedar would parse differently (escapes
// such as `__entity`, non-integer or unsafe numbers, lone surrogates, duplicate entities) and the
// caller uses wasm then too. So the subset only ever decides what it decides exactly like Cedar;
// cedar.test.ts / fasteval.test.ts check it against cedar-wasm on random policies and requests.
// Cost: O(size of the evaluated policies + size of the request) per decision, no wasm call.
// Failure mode: an unsupported construct is never guessed at — it goes to wasm.

import type { CedarJson, CedarRequest, EntityUid } from './entities.js';

/** An entity reference value. */
// INVARIANT: NUL cannot occur in a Cedar entity type name, so type+NUL+id is injective.
const key = (type: string, id: string): string => `${type}\u0000${id}`;

class Uid {
  /** Store key, computed once (scope checks compare it on every decision). */
  readonly key: string;
  constructor(
    readonly type: string,
    readonly id: string,
  ) {
    this.key = key(type, id);
  }
}

interface Rec {
  readonly [k: string]: Value;
}
type Value = boolean | number | string | readonly Value[] | Uid | Rec;

interface StoredEntity {
  readonly attrs: Rec;
  readonly ancestors: ReadonlySet<string>;
}

/** A request in evaluable form (entity store with transitive ancestors). */
export interface FastRequest {
  readonly principal: Uid;
  readonly action: Uid;
  readonly resource: Uid;
  readonly context: Rec;
  readonly store: ReadonlyMap<string, StoredEntity>;
}

/** Evaluation error marker (the message is not needed: Cedar's diagnostics only carry the id). */
class EvalError extends Error {}
const ERR = new EvalError('cedar evaluation error');

type Expr = (r: FastRequest) => Value;

export interface CompiledPolicy {
  readonly id: string;
  readonly effect: 'permit' | 'forbid';
  /** true = satisfied, false = not satisfied; throws EvalError when the policy errors. */
  readonly test: (r: FastRequest) => boolean;
}

export interface FastAnswer {
  readonly decision: 'allow' | 'deny';
  readonly reason: string[];
  readonly errors: string[];
}

function isRec(v: Value): v is Rec {
  return typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uid);
}

function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a instanceof Uid || b instanceof Uid) return a instanceof Uid && b instanceof Uid && a.key === b.key;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const x = a as readonly Value[];
    const y = b as readonly Value[];
    // Sets: equal when each element of one is in the other (duplicates do not count).
    return subset(x, y) && subset(y, x);
  }
  const ra = a as Rec;
  const rb = b as Rec;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(rb, k)) return false;
    const va = ra[k];
    const vb = rb[k];
    if (va === undefined || vb === undefined || !equal(va, vb)) return false;
  }
  return true;
}

// Plain loops rather than Array.prototype.some/every with closures on the hot path: no closure
// allocated per call (the p99 target), and no builtin-continuation deopts (see cedar.ts runWasm).
function member(set: readonly Value[], v: Value): boolean {
  for (const w of set) if (equal(w, v)) return true;
  return false;
}

function subset(x: readonly Value[], y: readonly Value[]): boolean {
  for (const v of x) if (!member(y, v)) return false;
  return true;
}

function asBool(v: Value): boolean {
  if (typeof v !== 'boolean') throw ERR;
  return v;
}
function asLong(v: Value): number {
  if (typeof v !== 'number') throw ERR;
  return v;
}
function asSet(v: Value): readonly Value[] {
  if (!Array.isArray(v)) throw ERR;
  return v as readonly Value[];
}
function asUid(v: Value): Uid {
  if (!(v instanceof Uid)) throw ERR;
  return v;
}

/** `a in b` for entities: equal, or b is an ancestor of a in the store. */
function inEntity(r: FastRequest, a: Uid, b: Uid): boolean {
  if (a.key === b.key) return true;
  return r.store.get(a.key)?.ancestors.has(b.key) ?? false;
}

function inOp(r: FastRequest, a: Value, b: Value): boolean {
  const ua = asUid(a);
  if (b instanceof Uid) return inEntity(r, ua, b);
  // Cedar converts the whole set to entities first: a non-entity element is a type error.
  const set = asSet(b);
  for (const u of set) asUid(u);
  for (const u of set) if (inEntity(r, ua, u as Uid)) return true;
  return false;
}

function getAttr(r: FastRequest, v: Value, attr: string): Value {
  let rec: Rec;
  if (v instanceof Uid) {
    const e = r.store.get(v.key);
    if (!e) throw ERR; // entity does not exist
    rec = e.attrs;
  } else if (isRec(v)) rec = v;
  else throw ERR;
  const out = Object.hasOwn(rec, attr) ? rec[attr] : undefined;
  if (out === undefined) throw ERR;
  return out;
}

function hasAttr(r: FastRequest, v: Value, attr: string): boolean {
  if (v instanceof Uid) {
    const e = r.store.get(v.key);
    return e !== undefined && Object.hasOwn(e.attrs, attr);
  }
  if (isRec(v)) return Object.hasOwn(v, attr);
  throw ERR;
}

/**
 * Cedar `like`: `*` matches any sequence of characters (Unicode scalar values). Iterative
 * backtracking on the last wildcard: O(|s| × |pattern|), no recursion.
 */
function like(s: string, pat: readonly string[]): boolean {
  const cs = Array.from(s);
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < cs.length) {
    if (j < pat.length && pat[j] !== WILD && pat[j] === cs[i]) {
      i++;
      j++;
    } else if (j < pat.length && pat[j] === WILD) {
      star = j++;
      mark = i;
    } else if (star >= 0) {
      j = star + 1;
      i = ++mark;
    } else return false;
  }
  while (j < pat.length && pat[j] === WILD) j++;
  return j === pat.length;
}
const WILD = '\u0000wild';

/** Thrown at compile time for anything outside the subset. */
class Unsupported extends Error {}

function obj(x: unknown): Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) throw new Unsupported('shape');
  return x as Record<string, unknown>;
}
function str(x: unknown): string {
  if (typeof x !== 'string') throw new Unsupported('shape');
  return x;
}

function uidOf(x: unknown): Uid {
  const o = obj(x);
  return new Uid(str(o.type), str(o.id));
}

/** A literal in Cedar's JSON value form. */
function literal(x: unknown): Value {
  if (typeof x === 'boolean' || typeof x === 'string') return x;
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x)) throw new Unsupported('number');
    return x;
  }
  if (Array.isArray(x)) return x.map(literal);
  const o = obj(x);
  if (Object.hasOwn(o, '__entity')) return uidOf(o.__entity);
  if (Object.keys(o).some((k) => k.startsWith('__'))) throw new Unsupported('escape');
  return Object.fromEntries<Value>(Object.entries(o).map(([k, v]) => [k, literal(v)]));
}

function binary(o: unknown): [Expr, Expr] {
  const b = obj(o);
  return [expr(b.left), expr(b.right)];
}

function expr(x: unknown): Expr {
  const o = obj(x);
  const ks = Object.keys(o);
  if (ks.length !== 1) throw new Unsupported('shape');
  const op = ks[0] ?? '';
  const arg = o[op];
  switch (op) {
    case 'Value': {
      const v = literal(arg);
      return () => v;
    }
    case 'Var':
      switch (arg) {
        case 'principal':
          return (r) => r.principal;
        case 'action':
          return (r) => r.action;
        case 'resource':
          return (r) => r.resource;
        case 'context':
          return (r) => r.context;
        default:
          throw new Unsupported('var');
      }
    case '!': {
      const a = expr(obj(arg).arg);
      return (r) => !asBool(a(r));
    }
    case 'isEmpty': {
      const a = expr(obj(arg).arg);
      return (r) => asSet(a(r)).length === 0;
    }
    case '&&': {
      const [a, b] = binary(arg);
      return (r) => asBool(a(r)) && asBool(b(r));
    }
    case '||': {
      const [a, b] = binary(arg);
      return (r) => asBool(a(r)) || asBool(b(r));
    }
    case '==': {
      const [a, b] = binary(arg);
      return (r) => {
        const va = a(r);
        return equal(va, b(r));
      };
    }
    case '!=': {
      const [a, b] = binary(arg);
      return (r) => {
        const va = a(r);
        return !equal(va, b(r));
      };
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const [a, b] = binary(arg);
      const cmp = { '<': (p: number, q: number) => p < q, '<=': (p: number, q: number) => p <= q, '>': (p: number, q: number) => p > q, '>=': (p: number, q: number) => p >= q }[op];
      return (r) => {
        const va = a(r);
        const vb = b(r);
        return cmp(asLong(va), asLong(vb));
      };
    }
    case 'in': {
      const [a, b] = binary(arg);
      return (r) => {
        const va = a(r);
        return inOp(r, va, b(r));
      };
    }
    case 'contains': {
      const [a, b] = binary(arg);
      return (r) => {
        const va = a(r);
        const vb = b(r);
        return member(asSet(va), vb);
      };
    }
    case 'containsAll':
    case 'containsAny': {
      const [a, b] = binary(arg);
      const all = op === 'containsAll';
      return (r) => {
        const sa = asSet(a(r));
        const sb = asSet(b(r));
        if (all) return subset(sb, sa);
        for (const w of sb) if (member(sa, w)) return true;
        return false;
      };
    }
    case '.':
    case 'has': {
      const b = obj(arg);
      const a = expr(b.left);
      const attr = str(b.attr);
      return op === '.' ? (r) => getAttr(r, a(r), attr) : (r) => hasAttr(r, a(r), attr);
    }
    case 'is': {
      const b = obj(arg);
      const a = expr(b.left);
      const type = str(b.entity_type);
      const within = b.in === undefined ? undefined : expr(b.in);
      return (r) => {
        const u = asUid(a(r));
        if (u.type !== type) return false;
        return within === undefined ? true : inOp(r, u, within(r));
      };
    }
    case 'like': {
      const b = obj(arg);
      const a = expr(b.left);
      if (!Array.isArray(b.pattern)) throw new Unsupported('pattern');
      const pat: string[] = [];
      for (const el of b.pattern as unknown[]) {
        if (el === 'Wildcard') pat.push(WILD);
        else for (const c of Array.from(str(obj(el).Literal))) pat.push(c);
      }
      return (r) => {
        const v = a(r);
        if (typeof v !== 'string') throw ERR;
        return like(v, pat);
      };
    }
    case 'if-then-else': {
      const b = obj(arg);
      const c = expr(b.if);
      const t = expr(b.then);
      const e = expr(b.else);
      return (r) => (asBool(c(r)) ? t(r) : e(r));
    }
    case 'Set': {
      if (!Array.isArray(arg)) throw new Unsupported('set');
      const els = (arg as unknown[]).map(expr);
      return (r) => els.map((f) => f(r));
    }
    case 'Record': {
      const els = Object.entries(obj(arg)).map(([k, v]) => [k, expr(v)] as const);
      return (r) => Object.fromEntries<Value>(els.map(([k, f]) => [k, f(r)]));
    }
    default:
      throw new Unsupported(op);
  }
}

type Scope = (r: FastRequest) => boolean;

function scope(x: unknown, v: 'principal' | 'action' | 'resource'): Scope {
  const o = obj(x);
  const pick = (r: FastRequest): Uid => r[v];
  switch (o.op) {
    case 'All':
      return () => true;
    case '==': {
      const u = uidOf(o.entity);
      return (r) => {
        return pick(r).key === u.key;
      };
    }
    case 'in': {
      if (o.entities !== undefined) {
        if (!Array.isArray(o.entities)) throw new Unsupported('scope');
        const us = (o.entities as unknown[]).map(uidOf);
        return (r) => {
          const p = pick(r);
          for (const u of us) if (inEntity(r, p, u)) return true;
          return false;
        };
      }
      if (o.slot !== undefined) throw new Unsupported('slot');
      const u = uidOf(o.entity);
      return (r) => inEntity(r, pick(r), u);
    }
    case 'is': {
      const type = str(o.entity_type);
      if (o.in === undefined) return (r) => pick(r).type === type;
      const inner = obj(o.in);
      if (inner.slot !== undefined) throw new Unsupported('slot');
      const u = uidOf(inner.entity);
      return (r) => pick(r).type === type && inEntity(r, pick(r), u);
    }
    default:
      throw new Unsupported('scope');
  }
}

/**
 * Compile one policy from Cedar's JSON form (the `json` of `policyToJson`). Undefined when the
 * policy uses anything outside the subset.
 */
export function compilePolicy(id: string, json: unknown): CompiledPolicy | undefined {
  try {
    const p = obj(json);
    const effect = p.effect;
    if (effect !== 'permit' && effect !== 'forbid') return undefined;
    const scopes: Scope[] = [];
    for (const [v, sc] of [['principal', p.principal], ['action', p.action], ['resource', p.resource]] as const) {
      if (obj(sc).op !== 'All') scopes.push(scope(sc, v));
    }
    if (!Array.isArray(p.conditions)) return undefined;
    const conds = (p.conditions as unknown[]).map((c) => {
      const co = obj(c);
      const body = expr(co.body);
      if (co.kind === 'when') return (r: FastRequest) => asBool(body(r));
      if (co.kind === 'unless') return (r: FastRequest) => !asBool(body(r));
      throw new Unsupported('condition');
    });
    // INVARIANT: Cedar evaluates a policy as `scope && when… && !unless…`, left to right with
    // short-circuit, so a policy whose scope does not match never errors.
    const checks: Scope[] = [...scopes, ...conds];
    const test = (r: FastRequest): boolean => {
      for (const c of checks) if (!c(r)) return false;
      return true;
    };
    return { id, effect, test };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

const LONE_SURROGATE = /\p{Cs}/u;
/**
 * True when s holds a lone surrogate (JSON/serde would refuse it). Fast path: no surrogate, found
 * by a code-unit loop (request strings are short: ids, labels, keys; a regex call per string cost
 * more than the scan); the regex decides only when a surrogate is present.
 */
function lone(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return LONE_SURROGATE.test(s);
  }
  return false;
}

/** Check a request value is one Cedar reads as we do (else undefined: use wasm). */
function plain(x: CedarJson): boolean {
  if (typeof x === 'boolean') return true;
  if (typeof x === 'number') return Number.isSafeInteger(x);
  if (typeof x === 'string') return !lone(x);
  if (Array.isArray(x)) {
    for (const v of x) if (!plain(v)) return false;
    return true;
  }
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (k.startsWith('__') || lone(k)) return false;
    const v = x[k];
    if (v === undefined || !plain(v)) return false;
  }
  return true;
}

const okUid = (u: EntityUid): boolean => !lone(u.id) && !lone(u.type);

/**
 * The request in evaluable form, or undefined when its data might be read differently by Cedar's
 * JSON parser (the caller then uses wasm, which is always exact).
 */
export function fastRequest(req: CedarRequest): FastRequest | undefined {
  if (!okUid(req.principal) || !okUid(req.action) || !okUid(req.resource) || !plain(req.context)) return undefined;
  const parents = new Map<string, readonly string[]>();
  const attrs = new Map<string, Rec>();
  for (const e of req.entities) {
    if (!okUid(e.uid) || !plain(e.attrs)) return undefined;
    const k = key(e.uid.type, e.uid.id);
    if (attrs.has(k)) return undefined; // Cedar refuses duplicate entities.
    const ps: string[] = [];
    for (const q of e.parents) {
      if (!okUid(q)) return undefined;
      ps.push(key(q.type, q.id));
    }
    attrs.set(k, e.attrs);
    parents.set(k, ps);
  }
  const store = new Map<string, StoredEntity>();
  for (const [k, a] of attrs) {
    // Transitive closure over the (few) entities of the request. The common case — no parent is
    // itself an entity of the request (a principal's Role parents, a tool's server when the
    // server entity has no parents) — is the parent list itself.
    const direct = parents.get(k) ?? [];
    const anc = new Set<string>(direct);
    let deeper = false;
    for (const p of direct) {
      const up = parents.get(p);
      if (up !== undefined && up.length > 0) deeper = true;
    }
    if (deeper) {
      const todo = [...direct];
      for (let p = todo.pop(); p !== undefined; p = todo.pop()) {
        anc.add(p);
        for (const q of parents.get(p) ?? []) if (!anc.has(q)) todo.push(q);
      }
    }
    if (anc.has(k)) return undefined; // a cycle: Cedar refuses the entity store.
    store.set(k, { attrs: a, ancestors: anc });
  }
  return {
    principal: new Uid(req.principal.type, req.principal.id),
    action: new Uid(req.action.type, req.action.id),
    resource: new Uid(req.resource.type, req.resource.id),
    context: req.context,
    store,
  };
}

/** Cedar's authorization over compiled policies: same decision, reasons and erroring ids. */
export function authorizeFast(policies: readonly CompiledPolicy[], r: FastRequest): FastAnswer {
  const permits: string[] = [];
  const forbids: string[] = [];
  const errors: string[] = [];
  for (const p of policies) {
    let sat: boolean;
    try {
      sat = p.test(r);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      errors.push(p.id);
      continue;
    }
    if (sat) (p.effect === 'permit' ? permits : forbids).push(p.id);
  }
  if (forbids.length === 0 && permits.length > 0) return { decision: 'allow', reason: permits, errors };
  return { decision: 'deny', reason: forbids, errors };
}

