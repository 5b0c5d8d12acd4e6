// Micro-benchmark of the input normalizer (not a test): p50/p99 of normalize() per 2 KB prompt,
// all views requested, on prompts cut from the benign and attack datasets plus a mixed-script
// sample, and the mean CPU time per prompt (process.cpuUsage, which a busy shared machine distorts
// less than wall clock). Run: node --import tsx bench/normalize.bench.ts
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { normalize } from '../src/detect/normalize.js';

function rows(file: string, max: number): string[] {
  const out: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as { text?: unknown };
    if (typeof r.text === 'string') out.push(r.text);
    if (out.length >= max) break;
  }
  return out;
}

function chunks(texts: string[], size: number, count: number): string[] {
  const all = texts.join('\n');
  const out: string[] = [];
  for (let i = 0; out.length < count && i + size <= all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

const base = process.env.PAVISE_DATASETS ?? new URL('../../shared/datasets', import.meta.url).pathname;
const sets: Record<string, string[]> = {
  'gsm8k (ascii prose)': chunks(rows(`${base}/gsm8k-benign/data.jsonl`, 2000), 2048, 200),
  'bipia (indirect, mixed)': chunks(rows(`${base}/bipia-indirect/data.jsonl`, 2000), 2048, 200),
  'jailbreaks in the wild': chunks(rows(`${base}/jailbreak-llms-inthewild/data.jsonl`, 2000), 2048, 200),
};
const mixed = 'Привет, мир! Ceci est un texte français avec des accents: é è à ç. 日本語のテキストも少し。 ѕуѕtеm 👩‍👩‍👧 ';
sets['mixed-script (non-ascii)'] = Array.from({ length: 200 }, (_, k) => (mixed.repeat(30) + String(k)).slice(0, 2048));

for (const [name, prompts] of Object.entries(sets)) {
  if (prompts.length === 0) continue;
  for (let w = 0; w < 3; w++) for (const p of prompts) normalize(p);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < 10; r++) {
    for (const p of prompts) {
      const t0 = performance.now();
      normalize(p);
      times.push(performance.now() - t0);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuUs = (cpu.user + cpu.system) / times.length;
  times.sort((a, b) => a - b);
  const q = (x: number): string => (times[Math.min(times.length - 1, Math.floor(x * times.length))] ?? 0).toFixed(3);
  console.log(`${name.padEnd(28)} n=${times.length} p50=${q(0.5)} ms p99=${q(0.99)} ms max=${q(1)} ms cpu=${cpuUs.toFixed(1)} µs/prompt`);
}
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
