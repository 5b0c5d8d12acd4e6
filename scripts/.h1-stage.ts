import { readFileSync } from 'node:fs';
import { normalize } from '../src/detect/normalize.js';
import type { ViewName } from '../src/engine/types.js';
const texts = readFileSync('/work/shared/datasets/bipia-indirect/data.jsonl','utf8').split('\n').filter(Boolean).map(l => (JSON.parse(l) as {text:string}).text);
const all = texts.join('\n'); const prompts: string[] = [];
for (let i = 0; prompts.length < 200 && i + 2048 <= all.length; i += 2048) prompts.push(all.slice(i, i + 2048));
let nonascii = 0; for (const p of prompts) if (/[^\x00-\x7f]/.test(p)) nonascii++;
console.log('non-ascii prompts', nonascii, '/', prompts.length);
const sets: [string, ViewName[]][] = [['raw',['raw']],['normalized',['normalized']],['tags',['tags']],['comment',['comment']],['despaced',['despaced']],['leet',['leet']],['base64',['base64']],['hex',['hex']],['url',['url']],['rot13',['rot13']],['reversed',['reversed']]];
for (const [name, vs] of sets) {
  const opt = { views: new Set(vs) };
  for (let w=0; w<5; w++) for (const p of prompts) normalize(p, opt);
  const t0 = performance.now(); for (let r=0;r<20;r++) for (const p of prompts) normalize(p, opt);
  console.log(name.padEnd(12), ((performance.now()-t0)/(20*prompts.length)*1000).toFixed(1), 'µs');
}
