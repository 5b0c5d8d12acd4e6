const t0 = Date.now();
const mod = await import('../test/.h1-redos-copy.js');
const { patterns, unresolved } = (mod as any).__collect();
console.log('collected', patterns.size, 'unresolved', unresolved.length, Date.now() - t0, 'ms');
const { check } = await import('recheck');
for (const p of patterns.values()) {
  const t = Date.now();
  const r = await check(p.source, p.flags, { timeout: 8000 });
  const dt = Date.now() - t;
  if (r.status !== 'safe' || dt > 1000) console.log(dt, r.status, (r as any).error?.kind ?? '', p.sites[0].file + ':' + p.sites[0].line, p.source.slice(0, 100));
}
console.log('done', Date.now() - t0);
