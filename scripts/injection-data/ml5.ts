// Multilingual bank v5 (revision 5): rows from ml5-a.ts / ml5-b.ts (train / dev) and ml5-test.ts
// (held-out test). Families the earlier banks lack per language: persona / DAN / developer mode,
// refusal suppression, authority impersonation, payload splitting, exfiltration, credential
// extraction, "no longer bound", hypothetical framing; romanized Hindi / Arabic / Persian /
// Russian; and the same number of benign look-alikes per language.
// Split: train-bank sentences go to dev when FNV-1a(text) % 5 === 0, else train; each train/dev
// sentence also appears once behind a benign lead of the same language and script (the v3 leads,
// used for both labels so a lead is never a signal). The test bank (ml5-test.ts) is written in
// other sentence shapes and is only ever `test` (source pavise-authored-heldout-multilingual-v5);
// it is never trained on and was not used to write rules.
// What it misses: one author for all of it (see ml5-test.ts); the blind sets are the honest figure.
// Cost bound: static data, ~1,600 rows. Failure mode: none at runtime.

import { type Row, fnv, makeRng, pick } from './common.js';
import { type Ml5Bank, ML5_A } from './ml5-a.js';
import { ML5_B } from './ml5-b.js';
import { ML5_TEST } from './ml5-test.js';
import { V3_A } from './ml3-a.js';
import { V3_B } from './ml3-b.js';

type Fam = Exclude<keyof Ml5Bank, 'lang' | 'bn'>;
/** Family → row family name (as in direct.jsonl) and task. */
export const FAMS: Readonly<Record<Fam, readonly [string, Row['task']]>> = {
  persona: ['persona_dan', 'jailbreak'],
  refusal: ['refusal_suppression', 'jailbreak'],
  authority: ['authority_impersonation', 'injection'],
  split: ['payload_splitting', 'injection'],
  exfil: ['exfiltration', 'injection'],
  secret: ['secret_extraction', 'injection'],
  unbound: ['override', 'injection'],
  hypo: ['fiction_framing', 'jailbreak'],
};

const ASCII = /^[\x00-\x7f]*$/;

export function ml5Rows(seed: number): Row[] {
  const rng = makeRng(seed ^ 0x5a5);
  const leadsOf = new Map<string, readonly string[]>([...V3_A, ...V3_B].map((b) => [b.lang, b.leads]));
  const rows: Row[] = [];
  for (const b of [...ML5_A, ...ML5_B]) {
    // Romanized banks are ASCII: a lead in the native script would make script a label signal.
    const romanized = ASCII.test(b.persona[0] ?? '');
    const leads = romanized ? ['ok, ', 'acha, ', 'thanks. '] : (leadsOf.get(b.lang) ?? ['']);
    const add = (text: string, label: 0 | 1, family: string, task: Row['task']): void => {
      const split = fnv(text) % 5 === 0 ? 'dev' : 'train';
      const base = { label, source: 'pavise-authored-multilingual-v5', family, lang: b.lang, split, direction: 'input', task, method: 'hand' } as const;
      rows.push({ ...base, text });
      rows.push({ ...base, text: pick(rng, leads) + text });
    };
    for (const [k, [family, task]] of Object.entries(FAMS) as [Fam, readonly [string, Row['task']]][]) {
      for (const text of b[k]) add(text, 1, family, task);
    }
    for (const text of b.bn) add(text, 0, 'benign_multilingual', 'benign');
  }
  for (const t of ML5_TEST) {
    const base = { source: 'pavise-authored-heldout-multilingual-v5', lang: t.lang, split: 'test', direction: 'input', method: 'hand' } as const;
    for (const [k, text] of t.atk) {
      const [family, task] = FAMS[k as Fam] ?? ['override', 'injection'];
      rows.push({ ...base, text, label: 1, family, task });
    }
    for (const text of t.bn) rows.push({ ...base, text, label: 0, family: 'benign_multilingual', task: 'benign' });
  }
  return rows;
}
