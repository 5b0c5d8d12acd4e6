import { rng } from './util.mjs';
import { atk, ben } from './ind_pools.mjs';
import en from './ind_carriers_en.mjs';
import xx from './ind_carriers_xx.mjs';
import yy from './ind_carriers_yy.mjs';

const r = rng(1616);
const shuffle = (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; };
// Kind-bound families only go into carriers of that kind.
const bound = { ranking_manipulation: ['cv'], cv_content: ['cv'], meeting_content: ['meeting', 'generic'] };
const fits = (kind) => ([fam]) => !bound[fam] || bound[fam].includes(kind);

function fill(c, sentence, label, family, lang) {
  const parts = c.text.split('{{S}}');
  const slot = Math.floor(r() * (parts.length - 1));
  const wrap = c.wraps[Math.floor(r() * c.wraps.length)];
  let t = parts[0];
  for (let i = 1; i < parts.length; i++) t += (i - 1 === slot && sentence !== null ? wrap(sentence) : (c.id === 'crm_api_json' ? '"Web form submission, no details."' : '')) + parts[i];
  return { text: t, label, family: `${c.kind}:${family}`, lang };
}

const out = [];
for (const c of en) {
  const aPool = shuffle([...atk.generic, ...(c.kind !== 'generic' ? atk[c.kind] ?? [] : [])].filter(fits(c.kind)));
  const bPool = shuffle([...ben.generic, ...(c.kind !== 'generic' ? ben[c.kind] ?? [] : [])].filter(fits(c.kind)));
  for (const [fam, s] of aPool.slice(0, 9)) out.push(fill(c, s, 1, fam, 'en'));
  out.push(fill(c, null, 0, 'plain_carrier', 'en'));
  for (const [fam, s] of bPool.slice(0, 8)) out.push(fill(c, s, 0, fam, 'en'));
}
for (const set of [xx, yy]) {
  for (const [lang, { atk: A, ben: B, carriers }] of Object.entries(set)) {
    for (const c of carriers) {
      for (const [fam, s] of A.filter(fits(c.kind))) out.push(fill(c, s, 1, fam, lang));
      if (carriers.length > 1 || r() < 0.5) out.push(fill(c, null, 0, 'plain_carrier', lang));
      for (const [fam, s] of B.filter(fits(c.kind))) out.push(fill(c, s, 0, fam, lang));
    }
  }
}
export default out;
