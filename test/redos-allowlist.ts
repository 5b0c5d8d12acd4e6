// Regexes the ReDoS gate (test/redos.test.ts) may not be able to prove safe by itself.
//
// Policy: this list should stay empty. An entry is allowed only for a regex shown linear by other
// means (a proof in the comment, e.g. "no quantified group can match the same string two ways",
// or a bounded input length enforced at the call site), reviewed like code. Each entry names the
// file and the exact source text of the `new RegExp(...)` argument (or the literal) it covers,
// so moving the code keeps the entry valid and changing the regex invalidates it.

export interface RedosAllowEntry {
  /** Path relative to the repository root, e.g. `src/detect/foo.ts`. */
  readonly file: string;
  /** Exact source text of the regex literal or of the first argument of `new RegExp(…)`. */
  readonly expression: string;
  /** Why it is linear. */
  readonly reason: string;
}

export const REDOS_ALLOWLIST: readonly RedosAllowEntry[] = [
  {
    file: 'src/detect/injection/rules.ts',
    expression: 'src',
    reason: 'the r() factory compiles rule tables assembled from per-language lexicons; the gate imports the compiled RULES and checks every one of them (collect() in test/redos.test.ts)',
  },
  {
    file: 'src/detect/pii/stream.ts',
    expression: 'src',
    reason: 'compile() builds the prefix-language regexes of the PII stream hold-back from grammar combinators; every regex it builds is returned by streamRegexes(), which the gate imports and checks as compiled (collect() in test/redos.test.ts)',
  },
  {
    file: 'src/detect/redact.ts',
    expression: 'source',
    reason: 'an allowlist pattern from pavise.yaml: it cannot be known here, so createRedactor runs recheck on it at start-up and refuses any pattern that is not `safe` (tested in src/detect/redact.test.ts)',
  },
];
