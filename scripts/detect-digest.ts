// Differential checker for detection speed work: dumps, for a fixed corpus, everything the
// input-side detection computes, so two trees (before / after an optimisation) can be compared
// with `cmp`. Outputs must be bit-identical: a speed change that moves one score in the last bit
// or one span by one character shows up as a differing line.
//
//   node --import tsx scripts/detect-digest.ts [--root DIR] [--out FILE] [--shard k/K] [--max N] [--min-len L]
//          [--composite K]
//
// --root: the tree whose src/ is loaded (default: this repository), e.g. a `git worktree` of the
// commit before the change; run once per tree and `cmp` the two --out files (the last line is a
// sha256 of all the others). Per text, for the directions input, output and tool_result:
// Engine.detect's findings (every built-in detector, every view; JSON, so scores print in full
// precision), and per view: the view's text and maps (sha256), the injection and jailbreak rule
// hits (id@start-end) and the model's per-head window scores (z, at).
// Corpus: every string field (< 200,000 chars) of every .jsonl under the datasets directory
// (PAVISE_DATASETS, default /work/shared/datasets) and under data/ of --root, except sealed
// blind sets (data/injection-blind-vN with N >= 9 are skipped by name, never opened), plus the
// adversarial storms of bench/lib/payloads.ts (2 KB and 64 KB), sorted and deduplicated.
// --composite K: also K long texts (17–64 KB), each the corpus texts from a fixed point of the
// sorted list joined by "\n" (the datasets hold few long texts; long ones reach code paths that
// prompt-sized ones do not, e.g. coarse prefilter blocks).
// --min-len: only texts of at least L UTF-16 units (e.g. 16385 to check a change that only long
// texts reach, on all of them, in a fraction of the time of the whole corpus).
// Misses: output-only detectors' behaviour on other actions; anything not in the corpus.
// Cost: a few ms per text (3 directions × all views); --shard splits the corpus for 2 processes.
// Failure mode: a detector that throws is reported inside Engine.detect's result (errors are
// part of the dump), so a new exception is a difference too.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as Payloads from '../bench/lib/payloads.js';
import type * as DetectIndex from '../src/detect/index.js';
import type * as Model from '../src/detect/injection/model.js';
import type * as Normalize from '../src/detect/normalize.js';
import type * as Pipeline from '../src/engine/pipeline.js';
import type { Event } from '../src/engine/types.js';
import type * as Guard from '../src/policy/guard.js';

const { values: opt } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(new URL('..', import.meta.url).pathname) },
    out: { type: 'string', default: '/dev/stdout' },
    shard: { type: 'string', default: '0/1' },
    max: { type: 'string', default: '0' },
    'min-len': { type: 'string', default: '0' },
    composite: { type: 'string', default: '0' },
  },
});
const root = resolve(opt.root);
const [shardK, shardN] = opt.shard.split('/').map(Number) as [number, number];

interface Hit { readonly rule: { readonly id: string }; readonly start: number; readonly end: number }
const { builtinRegistry } = (await import(`${root}/src/detect/index.ts`)) as typeof DetectIndex;
const { Engine } = (await import(`${root}/src/engine/pipeline.ts`)) as typeof Pipeline;
const { DEFAULT_GUARD_RULES } = (await import(`${root}/src/policy/guard.ts`)) as typeof Guard;
const { STORMS } = (await import(`${root}/bench/lib/payloads.ts`)) as typeof Payloads;
const { normalize } = (await import(`${root}/src/detect/normalize.ts`)) as typeof Normalize;
const { matchRules } = (await import(`${root}/src/detect/injection/rules.ts`)) as { matchRules: (l: string, d: string, det: string) => Hit[] };
const { scoreText, loadModel } = (await import(`${root}/src/detect/injection/model.ts`)) as typeof Model;

/** Sealed blind sets are never opened: skipped by directory name. */
const SEALED = /^injection-blind-v(\d+)/;
function sealed(name: string): boolean {
  const m = SEALED.exec(name);
  return m !== null && Number(m[1]) >= 9;
}
const files: string[] = [];
function walk(dir: string): void {
  for (const f of readdirSync(dir).sort()) {
    if (sealed(f)) continue;
    const p = `${dir}/${f}`;
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.jsonl')) files.push(p);
  }
}
walk(process.env.PAVISE_DATASETS ?? '/work/shared/datasets');
walk(`${root}/data`);

const texts = new Set<string>();
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      continue;
    }
    if (row && typeof row === 'object') for (const v of Object.values(row)) if (typeof v === 'string' && v.length > 0 && v.length < 200_000) texts.add(v);
  }
}
for (const t of Object.values(STORMS)) {
  texts.add(t.slice(0, 65536));
  texts.add(t.slice(0, 2048));
}
{
  const sorted = [...texts].sort();
  const K = Number(opt.composite);
  for (let j = 0; j < K && sorted.length > 0; j++) {
    const target = 17_000 + Math.floor(((65_536 - 17_000) * j) / Math.max(1, K - 1));
    let t = '';
    for (let i = Math.floor((j * sorted.length) / K); t.length < target; i = (i + 1) % sorted.length) t += (t ? '\n' : '') + (sorted[i] ?? '');
    texts.add(t.slice(0, target));
  }
}
const minLen = Number(opt['min-len']);
let list = [...texts].filter((t) => t.length >= minLen).sort().filter((_, i) => i % shardN === shardK);
const max = Number(opt.max);
if (max > 0) list = list.slice(0, max);

const reg = builtinRegistry();
const engine = new Engine({ registry: reg, rules: DEFAULT_GUARD_RULES, detectorBudgetMs: 1e9 });
const views = reg.views;
const model = loadModel();
const ev = (text: string, action: Event['action'], provenance: Event['parts'][number]['provenance']): Event => ({
  id: 'd',
  time: 0,
  principal: { id: 'k', kind: 'service', roles: [] },
  action,
  resource: { kind: 'model', id: 'm' },
  parts: [{ text, provenance }],
});
const sha = (...parts: (string | Int32Array)[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength));
  return h.digest('hex').slice(0, 16);
};
const fmt = (hs: readonly Hit[]): string => hs.map((x) => `${x.rule.id}@${x.start}-${x.end}`).join(',');
const out: string[] = [];
const all = createHash('sha256');
const emit = (line: string): void => {
  out.push(line);
  all.update(line).update('\n');
};
for (const t of list) {
  const id = sha(t);
  for (const [action, prov, dir] of [['chat.input', 'user', 'input'], ['chat.output', 'model', 'output'], ['tool.result', 'tool:web/fetch', 'tool_result']] as const) {
    emit(`${id} ${action} ${JSON.stringify(engine.detect(ev(t, action, prov)))}`);
    for (const v of normalize(t, { views })) {
      const lower = v.text.toLowerCase();
      const hi = fmt(matchRules(lower, dir, 'injection'));
      const hj = fmt(matchRules(lower, dir, 'jailbreak'));
      const ws = scoreText(model, lower, dir);
      emit(`${id} ${dir} ${v.name} ${v.text.length} ${sha(v.text, v.starts, v.ends)} I[${hi}] J[${hj}] z[${Array.from(ws.z).join(',')}] at[${Array.from(ws.at).join(',')}]`);
    }
  }
}
out.push(`digest ${all.digest('hex')} texts ${list.length} files ${files.length}`);
writeFileSync(opt.out, out.join('\n') + '\n');
process.stderr.write(`${list.length} texts, ${out.length - 1} lines\n`);
