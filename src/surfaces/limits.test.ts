import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { PaviseError } from '../engine/errors.js';
import { capTokens, jsonDepth, jsonMembers, jsonScan, parseJsonBounded, parseJsonCounted, RateLimiter, readBody, readBodyThen } from './limits.js';

function nest(n: number): string {
  return '['.repeat(n) + ']'.repeat(n);
}

/** JSON text of `v` with the first key of its first non-empty object written twice (`"k":null,` first); undefined without one. */
function withRepeatedKey(v: unknown): string | undefined {
  let done = false;
  const ser = (x: unknown): string => {
    if (x === null || typeof x !== 'object') return JSON.stringify(x);
    if (Array.isArray(x)) return `[${x.map(ser).join(',')}]`;
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o);
    const members = keys.map((k) => `${JSON.stringify(k)}:${ser(o[k])}`);
    if (!done && keys.length > 0) {
      done = true;
      members.unshift(`${JSON.stringify(keys[0])}:null`);
    }
    return `{${members.join(',')}}`;
  };
  const text = ser(v);
  return done ? text : undefined;
}

void test('jsonDepth equals the structural depth and ignores brackets inside strings', () => {
  assert.equal(jsonDepth(Buffer.from('{"a":[1,{"b":"[[[{{{\\"]]"}]}')), 3);
  assert.equal(jsonDepth(Buffer.from('"x"')), 0);
  assert.equal(jsonDepth(Buffer.from(nest(100))), 100);
  // Early exit: the reported depth stops just past the limit.
  assert.equal(jsonDepth(Buffer.from(nest(100000)), 10), 11);
});

void test('jsonDepth agrees with a recursive depth count on random JSON values', () => {
  const depthOf = (v: unknown): number => (v !== null && typeof v === 'object' ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0);
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      assert.equal(jsonDepth(Buffer.from(JSON.stringify(v))), depthOf(v));
    }),
    { numRuns: 150 },
  );
});

void test('jsonScan counts the members of the text; it exceeds jsonMembers exactly when an object repeats a key', () => {
  assert.deepEqual(jsonScan(Buffer.from('{"a":{"b:":"x:y","c":[1,{"d":2}]},"e":"\\":"}')), { depth: 4, members: 5 });
  assert.equal(jsonMembers(JSON.parse('{"a":{"b:":"x:y","c":[1,{"d":2}]},"e":"\\":"}')), 5);
  // A repeated key: JSON.parse keeps one, the text has two.
  assert.equal(jsonScan(Buffer.from('{"m":[{"content":"a","content":"b"}]}')).members, 3);
  assert.equal(jsonMembers(JSON.parse('{"m":[{"content":"a","content":"b"}]}')), 2);
  assert.equal(jsonMembers(JSON.parse('{"__proto__":{"x":1},"y":[]}')), 3);
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (v, pretty) => {
      const text = pretty ? JSON.stringify(v, null, 2) : JSON.stringify(v);
      const parsed = parseJsonCounted(Buffer.from(text), 64);
      assert.deepEqual(parsed.value, JSON.parse(text));
      assert.equal(parsed.members, jsonMembers(parsed.value));
      // Repeat the first key of one non-empty object: the text now has one member more than the
      // parse keeps. Built structurally (a regex over the text also matched inside strings:
      // counterexample {"{":":"}).
      const dup = withRepeatedKey(v);
      if (dup !== undefined) assert.equal(jsonScan(Buffer.from(dup)).members, jsonMembers(JSON.parse(dup)) + 1, dup);
    }),
    { numRuns: 200 },
  );
});

void test('parseJsonBounded refuses deep JSON before parsing and bad JSON with a code', () => {
  assert.throws(() => parseJsonBounded(Buffer.from(nest(65)), 64), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_JSON_TOO_DEEP');
  assert.throws(() => parseJsonBounded(Buffer.from('{"a":'), 64), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BAD_REQUEST');
  assert.deepEqual(parseJsonBounded(Buffer.from(nest(64)), 64), JSON.parse(nest(64)));
});

void test('readBody enforces the limit on the wire and after decompression (gzip bomb)', async () => {
  const small = Buffer.from('{"a":1}');
  assert.deepEqual(await readBody(Readable.from([small]), undefined, 100), small);
  await assert.rejects(readBody(Readable.from([Buffer.alloc(200)]), undefined, 100), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BODY_TOO_LARGE');
  const bomb = gzipSync(Buffer.alloc(10_000_000));
  assert.ok(bomb.length < 20_000);
  await assert.rejects(readBody(Readable.from([bomb]), 'gzip', 1_000_000), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BODY_TOO_LARGE');
  assert.deepEqual(await readBody(Readable.from([gzipSync(small)]), 'gzip', 100), small);
  await assert.rejects(readBody(Readable.from([small]), 'zstd-unknown', 100), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_UNSUPPORTED_MEDIA_TYPE');
  await assert.rejects(readBody(Readable.from([Buffer.from('not gzip')]), 'gzip', 100), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BAD_REQUEST');
});

void test('RateLimiter admits the per-minute budget, then refuses with Retry-After, then refills', () => {
  let now = 0;
  const rl = new RateLimiter({ requestsPerMinute: 3, tokensPerMinute: 100, now: () => now });
  for (let i = 0; i < 3; i++) assert.equal(rl.take('k').ok, true);
  const d = rl.take('k');
  assert.equal(d.ok, false);
  assert.equal(d.retryAfterSeconds, 20);
  assert.equal(rl.take('other').ok, true, 'keys are independent');
  now += 20_000;
  assert.equal(rl.take('k').ok, true);
  // Tokens: charging past the budget refuses the next request.
  rl.charge('t', 150);
  const t = rl.take('t');
  assert.equal(t.ok, false);
  assert.ok(t.retryAfterSeconds >= 30);
});

void test('capTokens clamps to the ceiling and fills it in when absent', () => {
  assert.equal(capTokens(5000, 1000), 1000);
  assert.equal(capTokens(10, 1000), 10);
  assert.equal(capTokens(undefined, 1000), 1000);
  assert.equal(capTokens('x', undefined), undefined);
  assert.equal(capTokens(7, undefined), 7);
});

void test('jsonDepth equals the byte-by-byte reference scan on arbitrary bytes (quotes, escapes, brackets)', () => {
  // The straightforward scan jsonDepth replaced: one byte at a time, a backslash skips the next.
  const reference = (buf: Uint8Array): number => {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < buf.length; i++) {
      const c = buf[i];
      if (inString) {
        if (c === 0x5c) i++;
        else if (c === 0x22) inString = false;
        continue;
      }
      if (c === 0x22) inString = true;
      else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
      else if (c === 0x7d || c === 0x5d) depth--;
    }
    return max;
  };
  const text = fc.array(fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a', ' ', ':'), { maxLength: 80 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (t) => {
      const b = Buffer.from(t);
      assert.equal(jsonDepth(b), reference(b), JSON.stringify(t));
    }),
    { numRuns: 200 },
  );
});

void test('readBody: a body stream that errors or closes early is a 400, not a hang', async () => {
  const failing = new Readable({ read() {} });
  const p = readBody(failing, undefined, 100);
  failing.push(Buffer.from('{"a":'));
  failing.destroy(new Error('reset'));
  await assert.rejects(p, (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BAD_REQUEST');
  const closing = new Readable({ read() {} });
  const q = readBody(closing, undefined, 100);
  closing.destroy();
  await assert.rejects(q, (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_BAD_REQUEST');
  const chunks = Readable.from([Buffer.from('{"a"'), Buffer.from(':1}')]);
  assert.deepEqual(await readBody(chunks, undefined, 100), Buffer.from('{"a":1}'));
});

void test('readBodyThen: the same outcomes as readBody, through one callback', async () => {
  const run = (stream: Readable, enc: string | undefined, limit: number) =>
    new Promise<{ err: PaviseError | undefined; body: Buffer | undefined; calls: number }>((resolve) => {
      let calls = 0;
      readBodyThen(stream, enc, limit, (err, body) => {
        calls++;
        setImmediate(() => resolve({ err, body, calls }));
      });
    });
  const small = Buffer.from('{"a":1}');
  assert.deepEqual((await run(Readable.from([small.subarray(0, 3), small.subarray(3)]), undefined, 100)).body, small);
  assert.deepEqual((await run(Readable.from([small]), 'identity', 100)).body, small);
  assert.deepEqual((await run(Readable.from([gzipSync(small)]), 'gzip', 100)).body, small);
  const big = await run(Readable.from([Buffer.alloc(200)]), undefined, 100);
  assert.equal(big.err?.code, 'PAVISE_BODY_TOO_LARGE');
  assert.equal(big.calls, 1);
  assert.equal((await run(Readable.from([small]), 'zstd-unknown', 100)).err?.code, 'PAVISE_UNSUPPORTED_MEDIA_TYPE');
  const failing = new Readable({ read() {} });
  const p = run(failing, undefined, 100);
  failing.destroy(new Error('boom'));
  const failed = await p;
  assert.equal(failed.err?.code, 'PAVISE_BAD_REQUEST');
  assert.equal(failed.calls, 1);
});
