// Helpers shared by row files. Pure and deterministic.
export const A = (family, text) => ({ text, label: 1, family });
export const B = (family, text) => ({ text, label: 0, family });
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
export const rot13 = (s) => s.replace(/[a-zA-Z]/g, (c) => {
  const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
});
export const rev = (s) => [...s].reverse().join('');
export const spaced = (s, sep = ' ') => [...s].join(sep);
export const leet = (s) => s.replace(/[aeiostAEIOST]/g, (c) => ({ a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' })[c.toLowerCase()] ?? c);
// Latin -> Cyrillic look-alikes on a subset of letters.
export const homo = (s) => s.replace(/[aeocpxyi]/g, (c) => ({ a: '\u0430', e: '\u0435', o: '\u043e', c: '\u0441', p: '\u0440', x: '\u0445', y: '\u0443', i: '\u0456' })[c] ?? c);
export const zw = (s) => [...s].join('\u200b');
// Deterministic PRNG (mulberry32) for composition choices.
export function rng(seed) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
