// Small string helpers that replace regexes which would backtrack quadratically on hostile input
// (`/\/+$/` on "////…x" retries from every slash). Linear, allocation-free until the final slice.

/** `s` without the trailing characters that are in `chars`. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s.charAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
