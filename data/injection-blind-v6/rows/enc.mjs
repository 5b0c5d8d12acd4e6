// Small deterministic encoders applied to hand-written strings.
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
export const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
export const rev = (s) => [...s].reverse().join('');
const HG = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455', A: '\u0410', E: '\u0415', O: '\u041e', P: '\u0420', C: '\u0421', T: '\u0422', H: '\u041d', I: '\u0406' };
export const homoglyph = (s) => [...s].map((c) => HG[c] ?? c).join('');
export const zwj = (s) => [...s].join('\u200b');
export const zwnj = (s) => s.split(' ').map((w) => [...w].join('\u200c')).join(' ');
export const tags = (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
export const leet = (s) => [...s].map((c) => LEET[c.toLowerCase()] ?? c).join('');
export const spaced = (s) => [...s].join(' ');
export const dotted = (s) => s.split(' ').map((w) => [...w].join('.')).join('  ');
