import { check } from 'recheck';
import ts from 'typescript';
console.log(typeof ts.createProgram);
const t0 = Date.now();
const r = await check('^(a|a)*$', '', { timeout: 8000 });
console.log(r.status, Date.now() - t0);
