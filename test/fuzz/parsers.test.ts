// fast-check properties over every parser that sees hostile bytes, with short budgets (each
// property ≤ 200 runs and ≤ 3 s): the SSE parser, the JSON depth scan and bounded parse, the
// config parser, the SSRF URL rule, and the normalizer. Each must either return a result or
// throw a PaviseError with a code — never another exception, never super-linear time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { normalize } from '../../src/detect/normalize.js';
import { PaviseError } from '../../src/engine/errors.js';
import { parseConfig } from '../../src/policy/config.js';
import { unsafeUpstreamReason } from '../../src/policy/ssrf.js';
import { jsonDepth, parseJsonBounded } from '../../src/surfaces/limits.js';
import { SseParser } from '../../src/surfaces/sse.js';

const budget = { numRuns: 200, interruptAfterTimeLimit: 3000 } as const;

function onlyPaviseErrors(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (err) {
    assert.ok(err instanceof PaviseError, `threw a non-Pavise error: ${String(err)}`);
    return err;
  }
}

// ---------------------------------------------------------------------------------------------
// SSE

const sseLine = fc.oneof(
  fc.constantFrom('', ':comment', 'event: delta', 'data: [DONE]', 'id: 7', 'retry: 10', 'data', 'data:', 'data:  two spaces'),
  fc.string({ maxLength: 30 }).map((s) => `data: ${s.replace(/[\r\n]/g, '')}`),
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => `data: ${s.replace(/[\r\n]/g, '')}`),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
);
const eol = fc.constantFrom('\n', '\r', '\r\n');
const sseText = fc.array(fc.tuple(sseLine, eol), { maxLength: 30 }).map((xs) => xs.map(([l, e]) => l + e).join(''));

function parseAll(chunks: readonly Uint8Array[]): unknown[] {
  const p = new SseParser(4096);
  const out: unknown[] = [];
  for (const c of chunks) out.push(...p.push(c));
  out.push(...p.end());
  return out;
}

function split(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const c of points) {
    out.push(bytes.subarray(at, c));
    at = c;
  }
  out.push(bytes.subarray(at));
  return out;
}

void test('SSE: events do not depend on where the byte stream is split (any line ending, any UTF-8)', () => {
  fc.assert(
    fc.property(sseText, fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
      const bytes = Buffer.from(text, 'utf8');
      assert.deepEqual(parseAll(split(bytes, cuts)), parseAll([bytes]));
    }),
    budget,
  );
});

void test('SSE: random bytes never throw anything but a PaviseError; the held tail stays bounded', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (chunks) => {
      onlyPaviseErrors(() => parseAll(chunks));
    }),
    budget,
  );
  const p = new SseParser(4096);
  assert.throws(() => {
    for (let i = 0; i < 100; i++) p.push('x'.repeat(100));
  }, (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_UPSTREAM_ERROR');
});

void test('SSE: a line split over many chunks costs linear time (regression: was O(n²), 27 s for 8 MiB)', () => {
  const p = new SseParser(); // default 8 MiB cap
  const chunk = Buffer.alloc(16 * 1024, 'a');
  const t = performance.now();
  assert.throws(() => {
    for (let i = 0; i < 600; i++) p.push(chunk);
  }, PaviseError);
  const ms = performance.now() - t;
  assert.ok(ms < 3000, `took ${ms.toFixed(0)} ms`);
  // Tiny trickled pieces too.
  const q = new SseParser();
  const t2 = performance.now();
  for (let i = 0; i < 50_000; i++) q.push('b');
  assert.deepEqual(q.push('\n\n'), []);
  assert.ok(performance.now() - t2 < 3000);
});

// ---------------------------------------------------------------------------------------------
// JSON

function realDepth(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const kids = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
  return 1 + kids.reduce<number>((m, k) => Math.max(m, realDepth(k)), 0);
}

void test('JSON depth scan equals the real nesting depth of any valid JSON (brackets in strings ignored)', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 12 }), fc.constantFrom(0, 2), (v, indent) => {
      const text = JSON.stringify(v, null, indent);
      assert.equal(jsonDepth(Buffer.from(text, 'utf8')), realDepth(v));
    }),
    budget,
  );
});

void test('bounded JSON parse: random bytes give a value or a PaviseError; deep input never reaches JSON.parse', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      onlyPaviseErrors(() => parseJsonBounded(Buffer.from(bytes), 16));
    }),
    budget,
  );
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('[', '{', '"', '\\', ']', '}', ':', ',', 'a', '1'), maxLength: 400 }), (s) => {
      const r = onlyPaviseErrors(() => parseJsonBounded(Buffer.from(s), 16));
      if (!(r instanceof PaviseError)) assert.ok(realDepth(r) <= 16);
    }),
    budget,
  );
  // 1 MB of '[' is refused by the scan in linear time, with the right code.
  const t = performance.now();
  assert.throws(() => parseJsonBounded(Buffer.alloc(1_000_000, '['), 64), (e: unknown) => e instanceof PaviseError && e.code === 'PAVISE_JSON_TOO_DEEP');
  assert.ok(performance.now() - t < 500);
});

// ---------------------------------------------------------------------------------------------
// Config

const yamlish = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        server: fc.record({ listen: fc.oneof(fc.string(), fc.constant('127.0.0.1:1')), bodyLimit: fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }),
        providers: fc.dictionary(fc.string({ maxLength: 8 }), fc.record({ baseUrl: fc.oneof(fc.webUrl(), fc.string()), apiKey: fc.string() }, { requiredKeys: [] }), { maxKeys: 2 }),
        dataDir: fc.string(),
        bogus: fc.jsonValue({ maxDepth: 2 }),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.constantFrom('a: &x [*x]', 'a: !!js/function "x"', '? [a]\n: b', 'server: {listen: ${HOME}}', 'a: 1\na: 2', '- - - -', 'a: !!binary AAAA'),
);

void test('config parser: any text is a config or PAVISE_CONFIG_INVALID naming a line; never another error', () => {
  fc.assert(
    fc.property(yamlish, (text) => {
      const r = onlyPaviseErrors(() => parseConfig(text, 'fuzz.yaml', {}));
      if (r instanceof PaviseError) {
        assert.equal(r.code, 'PAVISE_CONFIG_INVALID');
        assert.match(r.message, /fuzz\.yaml:\d+/);
      }
    }),
    budget,
  );
});

// ---------------------------------------------------------------------------------------------
// SSRF rule

const metadataV4 = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([c, d]) => [169, 254, c, d] as const);

void test('SSRF rule: every spelling of a link-local address is refused; loopback and private stay allowed', () => {
  fc.assert(
    fc.property(metadataV4, fc.constantFrom('dotted', 'decimal', 'hex', 'octal', 'mapped', 'mapped-hex', 'nat64', 'short'), (o, form) => {
      const n = ((o[0] << 24) >>> 0) + (o[1] << 16) + (o[2] << 8) + o[3];
      const hex = (x: number): string => x.toString(16);
      const host = {
        dotted: o.join('.'),
        decimal: String(n),
        hex: `0x${hex(n)}`,
        octal: o.map((x) => `0${x.toString(8)}`).join('.'),
        mapped: `[::ffff:${o.join('.')}]`,
        'mapped-hex': `[::ffff:${hex((o[0] << 8) | o[1])}:${hex((o[2] << 8) | o[3])}]`,
        nat64: `[64:ff9b::${o.join('.')}]`,
        short: `169.${(254 << 16) + (o[2] << 8) + o[3]}`,
      }[form];
      assert.ok(unsafeUpstreamReason(`http://${host}/v1`) !== undefined, `${form} ${host} allowed`);
      assert.equal(unsafeUpstreamReason(`http://${host}/v1`, [new URL(`http://${host}`).hostname]), undefined, 'explicit allow wins');
    }),
    budget,
  );
  for (const ok of ['http://127.0.0.1:8080/v1', 'http://localhost:1/', 'http://[::1]:9/', 'https://api.openai.com/v1', 'http://10.0.0.5/', 'http://192.168.1.2/', 'http://172.16.0.1/', 'http://[fd12::1]/']) {
    assert.equal(unsafeUpstreamReason(ok), undefined, ok);
  }
  for (const bad of ['http://169.254.169.254/latest/meta-data', 'http://metadata.google.internal/', 'http://METADATA.GOOGLE.INTERNAL./', 'http://0.0.0.0:80/', 'http://[::]/', 'http://[fe80::1]/', 'http://[fd00:ec2::254]/', 'http://100.100.100.200/', 'file:///etc/passwd', 'gopher://127.0.0.1/', 'ftp://x/']) {
    assert.ok(unsafeUpstreamReason(bad) !== undefined, bad);
  }
});

void test('SSRF rule: random strings never throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.webUrl(), fc.ipV6().map((h) => `http://[${h}]/`), fc.ipV4Extended().map((h) => `http://${h}/`)), (s) => {
      const r = unsafeUpstreamReason(s);
      assert.ok(r === undefined || typeof r === 'string');
    }),
    budget,
  );
});

// ---------------------------------------------------------------------------------------------
// Normalizer

void test('normalizer: random text of any size gives well-formed views with maps inside the input, in bounded time', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom('A', 'a', '=', '%', '4', '1', ' ', '\u200b', '\u{E0041}', '<', '!', '-', '>'), maxLength: 2000 })), (text) => {
      const views = normalize(text);
      assert.equal(views[0]?.name, 'raw');
      for (const v of views) {
        assert.equal(v.starts.length, v.text.length, v.name);
        assert.equal(v.ends.length, v.text.length, v.name);
        for (let i = 0; i < v.text.length; i++) {
          const s = v.starts[i] ?? -1;
          const e = v.ends[i] ?? -1;
          assert.ok(s >= 0 && s <= e && e <= text.length, `${v.name}[${i}] -> [${s},${e}) of ${text.length}`);
        }
      }
    }),
    { numRuns: 150, interruptAfterTimeLimit: 3000 },
  );
  // Worst-case shapes at 64 KiB: nested encodings, long invisible runs, spaced letters.
  const worst = ['QUFB'.repeat(16_384), '\u200b'.repeat(65_536), 'a '.repeat(32_768), '%41'.repeat(21_845), '<!--'.repeat(16_384)];
  for (const w of worst) {
    const t = performance.now();
    normalize(w);
    assert.ok(performance.now() - t < 2000, `${w.slice(0, 8)}… took ${(performance.now() - t).toFixed(0)} ms`);
  }
});
