import { check } from 'recheck';
const t0 = Date.now();
const r = await check('^(a|a)*$', '', { timeout: 8000 });
console.log(r.status, Date.now() - t0);
const r2 = await check('abc', 'i', { timeout: 8000 });
console.log(r2.status, Date.now() - t0);
