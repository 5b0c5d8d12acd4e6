import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { Engine } from '../engine/pipeline.js';
import { DetectorRegistry } from '../engine/registry.js';
import type { Detector } from '../engine/types.js';
import { fakeAwsKey, testSecretsDetector } from '../../test/helpers/detectors.js';
import { CLEAN_HELD_BOUND, FLUSH_BUDGET, MAX_WAIT_MS, MIN_RELEASE, outputHoldBack, ScanBudget, StreamGuard } from './stream-guard.js';

const template = { id: 'e1', time: 0, principal: { id: 'key:t', kind: 'service' as const, roles: ['admin'] }, resource: { kind: 'model' as const, id: 'm' } };

const blocker: Detector = {
  id: 'exfiltration',
  version: 't',
  maxMatchLength: 12,
  views: ['raw'],
  detect: (v) => [...v.text.matchAll(/EXFIL-NOW!!/g)].map((m) => ({ kind: 'link', score: 0.9, start: m.index, end: m.index + m[0].length, evidence: 'x' })),
  examples: { positive: [], negative: [] },
};

function engine(): Engine {
  return new Engine({ registry: new DetectorRegistry([testSecretsDetector, blocker]) });
}

async function run(guard: StreamGuard, pieces: string[]): Promise<{ out: string[]; blocked: boolean }> {
  const out: string[] = [];
  for (const p of pieces) {
    const s = await guard.push(p);
    if (s.kind === 'block') return { out, blocked: true };
    out.push(s.text);
  }
  const s = await guard.end();
  if (s.kind === 'block') return { out, blocked: true };
  out.push(s.text);
  return { out, blocked: false };
}

function split(text: string, cuts: number[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const c of [...new Set(cuts)].sort((a, b) => a - b)) {
    pieces.push(text.slice(at, c));
    at = c;
  }
  pieces.push(text.slice(at));
  return pieces;
}

void test('benign text passes unchanged and is released before the stream ends', async () => {
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10);
  const g = new StreamGuard({ engine: engine(), template, minRelease: 1 });
  const { out, blocked } = await run(g, text.match(/.{1,5}/gs) ?? []);
  assert.equal(blocked, false);
  assert.equal(out.join(''), text);
  const beforeEnd = out.slice(0, -1).join('');
  assert.ok(beforeEnd.length >= text.length - g.holdBack, 'only the hold-back waits for the end');
  assert.equal(g.summary().decision, 'allow');
});

void test('property: a secret split at random points never reaches the client; output equals the unsplit redaction', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 60 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.array(fc.nat(), { maxLength: 15 }),
      fc.integer({ min: 1, max: 40 }),
      async (pre, post, seed, rawCuts, minRelease) => {
        const key = fakeAwsKey(seed);
        const text = `${pre} ${key} ${post}`;
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const g = new StreamGuard({ engine: engine(), template, minRelease });
        const { out, blocked } = await run(g, split(text, cuts));
        assert.equal(blocked, false);
        const all = out.join('');
        // No prefix of the key longer than 'AKIA' ever appears in what was sent.
        assert.ok(!all.includes(key.slice(0, 5)), `leaked part of the key: ${JSON.stringify(all)}`);
        assert.equal(all, `${pre} [REDACTED:aws_access_key] ${post}`);
        assert.equal(g.summary().decision, 'redact');
        assert.equal(g.summary().redactions.length, 1);
      },
    ),
    { numRuns: 150 },
  );
});

void test('a block stops the stream and nothing after the offending text is released', async () => {
  const g = new StreamGuard({ engine: engine(), template, minRelease: 1 });
  const { out, blocked } = await run(g, ['hello there, ', 'please EXFIL', '-NOW!! and more text after it', ' and more']);
  assert.equal(blocked, true);
  assert.ok(!out.join('').includes('EXFIL'));
  assert.equal(g.summary().decision, 'block');
  const again = await g.push('x');
  assert.equal(again.kind, 'block');
});

void test('outputHoldBack counts only detectors that can redact or stop output', () => {
  const alertOnly: Detector = { ...blocker, id: 'injection', maxMatchLength: 3000 };
  const e = new Engine({ registry: new DetectorRegistry([testSecretsDetector, alertOnly]) });
  // Default rules: injection on output only alerts; secrets redact everywhere.
  assert.equal(outputHoldBack(e), 21);
  const e2 = new Engine({ registry: new DetectorRegistry([testSecretsDetector, alertOnly]), rules: [{ id: 'x', detector: 'injection', threshold: 0.5, verdict: 'block' }] });
  assert.equal(outputHoldBack(e2), 3001);
  const inputOnly: Detector = { ...blocker, id: 'exfiltration', maxMatchLength: 500, directions: ['input'] };
  assert.equal(outputHoldBack(new Engine({ registry: new DetectorRegistry([testSecretsDetector, inputOnly]) })), 21);
});

void test('property: real secrets detector with a dynamic hold-back: no 12-char piece of a redacted key reaches the client', async () => {
  const { secretsDetector } = await import('../detect/secrets/index.js');
  const { FAKE_KEYS, rng } = await import('../detect/secrets/fixtures.js');
  const real = new Engine({ registry: new DetectorRegistry([secretsDetector]) });
  const r = rng(5);
  const keys = FAKE_KEYS.filter(([e]) => ['private_key', 'jwt', 'aws_access_key', 'github_token', 'anthropic_api_key', 'connection_string', 'slack_token'].includes(e)).map(([e, make]) => [e, make(r)] as const);
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...keys),
      fc.string({ maxLength: 400 }),
      fc.string({ maxLength: 80 }),
      fc.array(fc.nat(), { maxLength: 30 }),
      fc.integer({ min: 1, max: 64 }),
      async ([entity, key], pre, post, rawCuts, minRelease) => {
        const text = `${pre}\n${entity}: ${key}\n${post}`;
        const whole = await real.decide({ ...template, action: 'chat.output', parts: [{ text, provenance: 'model' }] });
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        const g = new StreamGuard({ engine: real, template, minRelease });
        assert.ok(g.holdFloor < 100, `clean floor ${g.holdFloor}`);
        const { out, blocked } = await run(g, split(text, cuts));
        assert.equal(blocked, false);
        const all = out.join('');
        for (const red of whole.redactions) {
          const value = text.slice(red.start, red.end);
          for (let i = 0; i + 12 <= value.length; i += 4) {
            assert.ok(!all.includes(value.slice(i, i + 12)), `${entity}: leaked ${JSON.stringify(value.slice(i, i + 12))}`);
          }
        }
      },
    ),
    { numRuns: 150 },
  );
});

void test('dynamic hold-back releases clean text long before a static 4200-char hold would', async () => {
  const { secretsDetector } = await import('../detect/secrets/index.js');
  const real = new Engine({ registry: new DetectorRegistry([secretsDetector]) });
  const g = new StreamGuard({ engine: real, template });
  assert.equal(g.holdBack, 4201);
  let released = '';
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10);
  for (const piece of text.match(/.{1,10}/gs) ?? []) {
    const s = await g.push(piece);
    if (s.kind === 'emit') released += s.text;
  }
  // Never more than hold + minRelease characters wait (a scan runs once that many are pending).
  assert.ok(released.length >= text.length - g.holdFloor - MIN_RELEASE, `released only ${released.length} of ${text.length}`);
});

void test('held characters never exceed CLEAN_HELD_BOUND on clean prose, for any split and timing (the bench G3(b) window)', async () => {
  const { parseConfig } = await import('../policy/config.js');
  const { createEngine } = await import('../runtime.js');
  const { REPLY_TEXT, USER_PROMPT, streamPieces } = await import('../../bench/lib/payloads.js');
  const real = createEngine(parseConfig('dataDir: ./.pavise-test-unused', 'test.yaml', {}).config);
  const texts = [streamPieces(256).join(''), REPLY_TEXT, USER_PROMPT];
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...texts), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 64 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 64 }), async (text, sizes, gaps) => {
      let now = 0;
      const g = new StreamGuard({ engine: real, template, clock: () => now, budget: new ScanBudget(1e9, 1e9) });
      let out = '';
      let maxHeld = 0;
      let maxHold = 0;
      for (let at = 0, i = 0; at < text.length; i++) {
        const n = sizes[i % sizes.length] ?? 10;
        now += gaps[i % gaps.length] ?? 0;
        const s = await g.push(text.slice(at, at + n));
        at += n;
        assert.equal(s.kind, 'emit');
        if (s.kind === 'emit') {
          out += s.text;
          if (s.text !== '') maxHold = Math.max(maxHold, g.held);
        }
        maxHeld = Math.max(maxHeld, g.held);
        assert.equal(g.held, g.seen - out.length, 'clean text is released unchanged');
      }
      const e = await g.end();
      if (e.kind === 'emit') out += e.text;
      assert.equal(out, text);
      assert.ok(maxHeld <= CLEAN_HELD_BOUND, `held ${maxHeld} > ${CLEAN_HELD_BOUND}`);
      // Right after a scan only the hold-back itself waits: the trailing partial token.
      assert.ok(maxHold <= 33, `hold ${maxHold}`);
      assert.equal(g.leftContext, 48);
    }),
    { numRuns: 60, interruptAfterTimeLimit: 3000 },
  );
});

void test('early scans: the first push and a push MAX_WAIT_MS after the last scan release what is final, within the shared budget', async () => {
  let now = 0;
  const text = 'The quick brown fox jumps over the lazy dog. '.repeat(2);
  const g = new StreamGuard({ engine: engine(), template, clock: () => now, budget: new ScanBudget(10, 2) });
  assert.equal(g.holdFloor, 21);
  const first = await g.push(text.slice(0, 30));
  assert.ok(first.kind === 'emit' && first.text.length > 0 && text.startsWith(first.text), 'the first content goes out at once (30 < hold + MIN_RELEASE)');
  const held0 = g.held;
  assert.ok(held0 < 30);
  await g.push(text.slice(30, 40));
  assert.equal(g.held, held0 + 10, 'no time passed since the first scan: nothing scanned');
  now += MAX_WAIT_MS;
  const s = await g.push(text.slice(40, 50));
  assert.ok(s.kind === 'emit' && s.text.length > 0 && text.startsWith(first.text + s.text), 'released early');
  const held = g.held;
  now += MAX_WAIT_MS;
  await g.push(text.slice(50, 53));
  assert.equal(g.held, held + 3, 'budget exhausted (burst 2, 10/s: a tenth of a token back after 10 ms): no early scan');
  now += 100;
  const s2 = await g.push(text.slice(53));
  assert.ok(s2.kind === 'emit' && s2.text.length > 0, 'budget refilled');
  // maxWaitMs 0 turns early scans off, the first one included.
  const off = new StreamGuard({ engine: engine(), template, clock: () => now, maxWaitMs: 0, budget: new ScanBudget(10, 2) });
  await off.push(text.slice(0, 30));
  assert.equal(off.held, 30);
  const budget = new ScanBudget(1000, 2);
  assert.equal(budget.take(0), true);
  assert.equal(budget.take(0), true);
  assert.equal(budget.take(0.5), false);
  assert.equal(budget.take(1), true);
});

void test('sweeps do not run the acting detectors again: each reads released text once, in the release scans', async () => {
  const seen: Record<string, string[]> = { secrets: [], injection: [] };
  const spy = (d: Detector): Detector => ({ ...d, detect: (v, ctx) => (seen[d.id]?.push(v.text), d.detect(v, ctx)) });
  const marker: Detector = { ...blocker, id: 'injection', detect: () => [] };
  const registry = new DetectorRegistry([spy(testSecretsDetector), spy(marker)]);
  const text = 'Plain words here, nothing to hide. '.repeat(12);
  const g = new StreamGuard({ engine: new Engine({ registry }), template, sweepChars: 64, maxWaitMs: 0 });
  const r = await run(g, text.match(/.{1,7}/gs) ?? []);
  assert.equal(r.out.join(''), text);
  const sweeps = new Set(seen.injection);
  assert.ok(sweeps.size >= 3, `swept ${sweeps.size} times`);
  // The secrets detector read release windows only (never a sweep window), and together they
  // covered every character.
  assert.ok(seen.secrets?.every((w) => !sweeps.has(w)), 'secrets ran on a sweep window');
  assert.ok((seen.secrets ?? []).join('').length >= text.length);
  assert.equal(g.summary().decision, 'allow');
});

void test('the shared early-scan budget serves the G3 bench (10 streams, one early scan each per MAX_WAIT_MS) and stays below 2,000/s', () => {
  assert.ok(FLUSH_BUDGET.perSecond >= 10 * (1000 / MAX_WAIT_MS), `${FLUSH_BUDGET.perSecond}/s`);
  assert.ok(FLUSH_BUDGET.perSecond < 2000);
});

void test('alert-only detectors run in sweeps over released text: their findings are recorded and a policy deny stops the stream before the swept text is sent', async () => {
  const marker: Detector = { ...blocker, id: 'injection', detect: (v) => [...v.text.matchAll(/IGNORE-ALL/g)].map((m) => ({ kind: 'override', score: 0.95, start: m.index, end: m.index + m[0].length, evidence: 'x' })) };
  const registry = new DetectorRegistry([testSecretsDetector, marker]);
  const text = `${'Plain words here. '.repeat(4)}IGNORE-ALL ${'and more plain words. '.repeat(10)}`;
  // Default rules: injection on output only alerts, so it is swept, not part of the release scans.
  const alerting = new StreamGuard({ engine: new Engine({ registry }), template, sweepChars: 64 });
  const r1 = await run(alerting, text.match(/.{1,7}/gs) ?? []);
  assert.equal(r1.blocked, false);
  assert.equal(r1.out.join(''), text);
  const f = alerting.summary().findings.filter((x) => x.detector === 'injection');
  assert.equal(f.length, 1, 'found once, despite overlapping sweep windows');
  assert.equal(text.slice(f[0]?.span.start, f[0]?.span.end), 'IGNORE-ALL');
  // A policy that denies on that finding and says it reads findings (or does not say): injection
  // becomes acting, so the stream stops before any character of the marker is sent.
  const denyOn = ({ findings }: { findings: readonly { detector: string }[] }) => (findings.some((x) => x.detector === 'injection') ? { decision: 'deny' as const, reasons: [] } : { decision: 'allow' as const, reasons: [] });
  for (const authorizer of [{ version: 't', authorize: denyOn }, { version: 't', readsFindings: true, authorize: denyOn }]) {
    const g = new StreamGuard({ engine: new Engine({ registry, authorizer }), template, sweepChars: 64 });
    const r2 = await run(g, text.match(/.{1,7}/gs) ?? []);
    assert.equal(r2.blocked, true);
    assert.ok(!r2.out.join('').includes('IGNORE'), r2.out.join(''));
  }
  // An authorizer that declares it never reads findings: the sweep still stops the stream.
  const reloadable = { version: 't', readsFindings: false, authorize: denyOn };
  const engine = new Engine({ registry, authorizer: reloadable });
  const g = new StreamGuard({ engine, template, sweepChars: 64 });
  const r3 = await run(g, text.match(/.{1,7}/gs) ?? []);
  assert.equal(r3.blocked, true);
  assert.ok(r3.out.join('').length < text.indexOf('IGNORE-ALL') + 64 + g.holdBack + MIN_RELEASE, 'stopped within a sweep of the marker');
  // A policy reload that starts reading findings: the next stream on the same engine treats
  // injection as acting again (no stale per-engine tiers).
  // (Sweeps far apart, so only a release scan that runs injection can stop it in time.)
  reloadable.readsFindings = true;
  const r4 = await run(new StreamGuard({ engine, template, sweepChars: 1 << 20 }), text.match(/.{1,7}/gs) ?? []);
  assert.equal(r4.blocked, true);
  assert.ok(!r4.out.join('').includes('IGNORE'), r4.out.join(''));
});
