// tiny encoders applied only to our own hand-written strings
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const rot13 = (s) => s.replace(/[a-z]/gi, c => { const b = c <= 'Z' ? 65 : 97; return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b); });
export const leet = (s) => s.replace(/[aeiost]/gi, c => ({ a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' })[c.toLowerCase()]);
export const rev = (s) => [...s].reverse().join('');
export const spaced = (s) => [...s].join(' ');
export const hex = (s) => Buffer.from(s, 'utf8').toString('hex');
export const zw = (s) => [...s].join('\u200b');
