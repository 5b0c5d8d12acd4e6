import { rng, shuffle } from './lib.mjs';
import ml1 from './ml1.mjs';
import ml2 from './ml2.mjs';
import ml3 from './ml3.mjs';
import mlLong from './ml_long.mjs';
// Each language: its cores alone, then opener+core combinations, until 14 rows per label.
const PER = 14;
const out = [];
const r = rng(15101);
for (const L of [...ml1, ...ml2, ...ml3]) {
  for (const [label, cores] of [[1, L.atk], [0, L.ben]]) {
    const rows = cores.map(([family, text]) => ({ text, label, family, lang: L.lang }));
    const combos = [];
    cores.forEach(([family, text], ci) => L.open.forEach((o, oi) => { if (family !== 'code_mixed') combos.push({ text: o + text, label, family, lang: L.lang }); }));
    for (const c of shuffle(r, combos)) { if (rows.length >= PER) break; rows.push(c); }
    out.push(...rows);
  }
}
out.push(...mlLong);
export default shuffle(rng(15102), out);
