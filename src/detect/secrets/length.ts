// Upper bound on the length of any match of a regex, from its source (the subset of JS regex
// syntax the secrets rules use: literals, escapes, classes, groups, lookarounds, alternation,
// ?, *, +, {n}, {n,}, {n,m}). The streaming hold-back (index.ts `streamHoldBack`) relies on it.
//
// Misses: backreferences and unicode property escapes are counted as one character (none are
// used by the rules; a test walks every rule and asserts a finite bound). Cost: O(source).
// Failure mode: returns Infinity for unbounded quantifiers; throws on unbalanced parentheses.

export function maxRegexLength(source: string): number {
  let i = 0;

  function alternatives(): number {
    let best = 0;
    let cur = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === ')') break;
      if (c === '|') {
        i++;
        best = Math.max(best, cur);
        cur = 0;
        continue;
      }
      cur += quantified(atom());
    }
    return Math.max(best, cur);
  }

  function atom(): number {
    const c = source[i];
    if (c === '\\') {
      i += 2;
      return 1;
    }
    if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return 1;
    }
    if (c === '(') {
      i++;
      let look = false;
      if (source[i] === '?') {
        const n = source[i + 1];
        if (n === ':') i += 2;
        else if (n === '=' || n === '!') {
          look = true;
          i += 2;
        } else if (n === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
          look = true;
          i += 3;
        } else if (n === '<') {
          i = source.indexOf('>', i) + 1;
        }
      }
      const inner = alternatives();
      if (source[i] !== ')') throw new Error('unbalanced parenthesis in regex');
      i++;
      return look ? 0 : inner;
    }
    i++;
    return c === '^' || c === '$' ? 0 : 1;
  }

  function quantified(n: number): number {
    const c = source[i];
    let out = n;
    if (c === '?') {
      i++;
    } else if (c === '*' || c === '+') {
      i++;
      out = n === 0 ? 0 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return n;
      i += m[0].length;
      const hi = m[2] === undefined ? Number(m[1]) : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
      out = n === 0 ? 0 : n * hi;
    } else {
      return n;
    }
    if (source[i] === '?') i++; // lazy
    return out;
  }

  const n = alternatives();
  if (i < source.length) throw new Error('unbalanced parenthesis in regex');
  return n;
}
