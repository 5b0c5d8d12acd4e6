// Tiny helpers so the hand-written rows stay compact. No randomness.
export const A = (family, text, lang = 'en') => ({ text, label: 1, family, lang });
export const B = (family, text, lang = 'en') => ({ text, label: 0, family, lang });
// Encoders applied to hand-written strings (deterministic).
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
export const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
// Unicode "tag" characters (U+E0000 block) mirroring ASCII: invisible in most renderers.
export const tags = (s) => [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
// Zero-width space between every character.
export const zw = (s, sep = '\u200b') => [...s].join(sep);
// Cyrillic/Greek look-alikes for some Latin letters.
const HG = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', A: 'Α', E: 'Ε', O: 'Ο', T: 'Τ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', P: 'Ρ' };
export const homo = (s) => [...s].map((c) => HG[c] ?? c).join('');
export const rev = (s) => [...s].reverse().join('');
