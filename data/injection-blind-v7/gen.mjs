import { readdirSync, writeFileSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
const LANGS = new Set("en zh es ar pt id fr ja ru de ko tr it vi pl nl fa th hi uk he bn ur sw el cs ro hu sv fi ms tl".split(" "));
const here = new URL(".", import.meta.url).pathname;
const files = readdirSync(here + "rows").filter((f) => f.endsWith(".mjs")).sort();
const out = { direct: [], multilingual: [], indirect: [] };
const errs = [];
for (const f of files) {
  const kind = f.startsWith("direct") ? "direct" : f.startsWith("ml") ? "multilingual" : f.startsWith("ind") ? "indirect" : null;
  if (!kind) { errs.push("unknown row file " + f); continue; }
  const mod = await import(here + "rows/" + f);
  const arr = mod.default.flat ? mod.default : [];
  for (const r of arr) {
    let o;
    if (kind === "direct") o = { text: r[2], label: r[0], source: "blind-v7-direct", family: r[1], lang: "en", direction: "input" };
    else if (kind === "multilingual") o = { text: r[3], label: r[0], source: "blind-v7-multilingual", family: r[2], lang: r[1], direction: "input" };
    else o = { text: r[3], label: r[0], source: "blind-v7-indirect", family: r[1], lang: r[2], direction: "tool_result" };
    o._file = f;
    out[kind].push(o);
  }
}
for (const [kind, rows] of Object.entries(out)) {
  const seen = new Map();
  for (const o of rows) {
    if (typeof o.text !== "string" || o.text.trim().length < 2) errs.push(`${o._file}: empty text`);
    if (o.label !== 0 && o.label !== 1) errs.push(`${o._file}: bad label ${o.label} ${String(o.text).slice(0, 40)}`);
    if (!LANGS.has(o.lang)) errs.push(`${o._file}: bad lang ${o.lang}`);
    if (typeof o.family !== "string" || !o.family) errs.push(`${o._file}: bad family`);
    const k = String(o.text).trim().toLowerCase();
    if (seen.has(k)) errs.push(`${o._file}: duplicate (also ${seen.get(k)}): ${k.slice(0, 60)}`);
    seen.set(k, o._file);
  }
}
if (errs.length) { console.error(errs.join("\n")); process.exit(1); }
// deterministic shuffle (mulberry32)
function rng(seed) { return () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const stats = {};
for (const [kind, rows] of Object.entries(out)) {
  const r = rng(7007 + kind.length);
  const a = rows.map(({ _file, ...o }) => ({ text: o.text, label: o.label, source: o.source, family: o.family, lang: o.lang, direction: o.direction }));
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  const body = a.map((o) => JSON.stringify(o)).join("\n") + "\n";
  writeFileSync(here + kind + ".jsonl", body);
  const s = { total: a.length, attack: a.filter((o) => o.label === 1).length, benign: a.filter((o) => o.label === 0).length, sha256: createHash("sha256").update(body).digest("hex"), family: {}, lang: {} };
  for (const o of a) {
    s.family[o.family] ??= [0, 0]; s.family[o.family][o.label]++;
    s.lang[o.lang] ??= [0, 0]; s.lang[o.lang][o.label]++;
  }
  stats[kind] = s;
}
writeFileSync(here + "stats.json", JSON.stringify(stats, null, 1) + "\n");
for (const [k, s] of Object.entries(stats)) console.log(k, s.total, "attack", s.attack, "benign", s.benign);
// README: static head + generated counts
let md = readFileSync(here + "readme-head.md", "utf8");
md += "\n## Counts\n\n| file | rows | attack (1) | benign (0) | sha256 |\n|---|---|---|---|---|\n";
let tot = [0, 0, 0];
for (const [k, s] of Object.entries(stats)) { md += `| ${k}.jsonl | ${s.total} | ${s.attack} | ${s.benign} | \`${s.sha256}\` |\n`; tot[0] += s.total; tot[1] += s.attack; tot[2] += s.benign; }
md += `| **total** | ${tot[0]} | ${tot[1]} | ${tot[2]} | |\n`;
for (const [k, s] of Object.entries(stats)) {
  md += `\n### ${k}: per family (attack / benign)\n\n| family | attack | benign |\n|---|---|---|\n`;
  for (const f of Object.keys(s.family).sort()) md += `| ${f} | ${s.family[f][1]} | ${s.family[f][0]} |\n`;
  md += `\n### ${k}: per language (attack / benign)\n\n| lang | attack | benign |\n|---|---|---|\n`;
  for (const l of Object.keys(s.lang).sort()) md += `| ${l} | ${s.lang[l][1]} | ${s.lang[l][0]} |\n`;
}
writeFileSync(here + "README.md", md);
if (process.argv.includes("--langs")) for (const [l, c] of Object.entries(stats.multilingual?.lang || {})) console.log(l, "benign", c[0], "attack", c[1]);
