import { check } from 'recheck';
import { it } from 'node:test';
it('x', async () => {
  const t0 = Date.now();
  const r = await check('^(a|a)*$', '', { timeout: 8000 });
  console.log(r.status, Date.now() - t0);
});
