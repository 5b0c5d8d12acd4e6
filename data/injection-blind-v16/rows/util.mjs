export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
export const pick = (r, arr) => arr[Math.floor(r() * arr.length)];
export function leet(s) { const m = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' }; return s.replace(/[aeiost]/gi, (c) => m[c.toLowerCase()] ?? c); }
export function spaced(s) { return s.split(' ').map((w) => w.split('').join(' ')).join('   '); }
export function b64(s) { return Buffer.from(s, 'utf8').toString('base64'); }
export function homo(s) { const m = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', i: '\u0456', x: '\u0445' }; return s.replace(/[aeopcix]/g, (c) => m[c]); }
export function zw(s) { return s.split('').join('\u200b'); }
export function rot13(s) { return s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); }); }
export function rev(s) { return s.split('').reverse().join(''); }
