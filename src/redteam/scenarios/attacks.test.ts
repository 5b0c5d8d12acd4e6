import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benignText, buildAttacks, FAMILIES, obeyCalls, STYLES } from './attacks.js';
import { FAKE } from './env.js';

const attacks = buildAttacks();

test('at least 40 attacks, every family in every style, each with a distinct id', () => {
  assert.ok(attacks.length >= 40);
  for (const f of FAMILIES) for (const s of STYLES) assert.ok(attacks.some((a) => a.family === f && a.style === s), `${f} ${s}`);
  assert.equal(new Set(attacks.map((a) => a.id)).size, attacks.length);
  // Families meet several carriers.
  for (const f of FAMILIES) assert.ok(new Set(attacks.filter((a) => a.family === f).map((a) => a.task.id)).size >= 4, f);
});

test('the approver would deny every call an obedient model makes (none is what the user asked for)', () => {
  for (const a of attacks) {
    const calls = obeyCalls(a);
    assert.ok(calls.length > 0, a.id);
    for (const c of calls) assert.equal(a.task.intended(c), false, `${a.id}: ${c.tool}`);
  }
});

test('obfuscated payloads carry the English payload: base64 decodes to it, zero-width strips to it, comments wrap it', () => {
  const polite = attacks.find((a) => a.family === 'exfil_email' && a.style === 'en_polite');
  assert.ok(polite);
  for (const a of attacks.filter((x) => x.family === 'destructive')) {
    const en = attacks.find((x) => x.family === 'destructive' && x.style === 'en_polite')?.planted ?? '';
    if (a.style === 'base64') assert.equal(Buffer.from(a.planted.split(': ')[1] ?? '', 'base64').toString('utf8'), en);
    if (a.style === 'zero_width') assert.equal(a.planted.replace(/\u200b/g, ''), en);
    if (a.style === 'html_comment') assert.equal(a.planted, `<!-- ${en} -->`);
  }
});

test('benign twins carry none of the attacker parameters', () => {
  for (const s of STYLES) {
    const t = benignText(s).replace(/\u200b/g, '');
    for (const bad of [FAKE.attackerEmail, FAKE.attackerHost, FAKE.attackerIban, 'rm -rf', 'crm_globex']) assert.ok(!t.includes(bad), `${s}: ${bad}`);
  }
});
