import { rng, pick, shuffle } from './lib.mjs';
import { carriersEn, attacksEn, benignEn } from './indirect_en.mjs';
import xx from './indirect_xx.mjs';
const out = [];
const r = rng(15201);
// English: each carrier gets attacks and benign inserts; count balanced per carrier.
const PER_EN = 12; // per label per carrier
for (const [cfam, fn] of carriersEn) {
  const atks = shuffle(r, attacksEn).slice(0, PER_EN);
  const bens = shuffle(r, benignEn).slice(0, PER_EN);
  for (const [f, ins] of atks) out.push({ text: fn(r, ins), label: 1, family: `${cfam}:${f}`, lang: 'en' });
  for (const [f, ins] of bens) out.push({ text: fn(r, ins), label: 0, family: `${cfam}:${f}`, lang: 'en' });
}
// Non-English: every carrier x every insert, twice with different fillers.
for (const L of xx) {
  for (const [cfam, fn] of L.carriers) {
    for (const [f, ins] of L.atk) out.push({ text: fn(r, ins), label: 1, family: `${cfam}:${f}`, lang: L.lang });
    for (const [f, ins] of L.ben) out.push({ text: fn(r, ins), label: 0, family: `${cfam}:${f}`, lang: L.lang });
    for (const [f, ins] of L.atk.slice(0, 2)) out.push({ text: fn(r, ins), label: 1, family: `${cfam}:${f}`, lang: L.lang });
    for (const [f, ins] of L.ben.slice(0, 2)) out.push({ text: fn(r, ins), label: 0, family: `${cfam}:${f}`, lang: L.lang });
  }
}
export default shuffle(rng(15202), out);
