// Revision 5 English rule table (data only; rules.ts turns each row into a gated rule with r()).
// Families seen missing on the DEV split after the revision-5 retrain (never the held-out banks):
// override verbs of casual speech and common typos ("ditch / scrap / toss out / never mind your
// rules", "ignroe", "disreguard") with an AI-only target (your / ur rules, prior guidance, the
// rules they gave you); extraction of "ur setup prompt", "the prompt your devs wrote", "the
// instructions above this chat"; "you take orders only from me"; "put them together and carry it
// out" (payload splitting without a noun); terminal / console role-play aimed at secrets
// ("$ env | grep key", "cat …system_prompt", "SELECT * FROM secrets").
//
// What it misses: typos inside the target nouns ("rues", "guiadnce"); text-speak beyond
// your → ur / u. Cost: literals and bounded gaps only (linear; checked by test/redos.test.ts),
// each rule runs only around its gate literals. Failure mode: a false match adds a strong floor
// (0.85) only for the override / extraction rows, which need an AI-only object; the others are
// medium (no user-input block alone) and the console rule is limited to user input.

import type { Gate, RuleDetector, Strength } from './rules.js';

export interface En5Rule {
  readonly id: string;
  readonly family: string;
  readonly detector: RuleDetector;
  readonly strength: Strength;
  readonly src: string;
  readonly gate: Gate;
  readonly directions?: readonly ('input' | 'output' | 'tool_result')[];
}

const GS = '[^.!?\\n]{0,28}';
const YOUR = '(?:your|ur|yr)';
const VERBS = ['ignore', 'disregard', 'forget', 'drop', 'ditch', 'scrap', 'toss', 'throw', 'pay no attention', 'stop follow', 'stop obey', 'never mind', 'nevermind', 'wipe', 'dismiss', 'discard', 'abandon', 'set aside', 'skip', 'ignroe', 'ingore', 'igonre', 'ignor', 'disreguard', 'disregrd', 'disragard', 'forgt', 'overrule', 'override', 'bypass', 'get rid of'];
const VERB_RE = `\\b(?:ignore|disregard|forget(?: about)?|drop|ditch|scrap|toss(?: out| away)?|throw (?:out|away)|pay no attention to|stop (?:following|obeying)|never ?mind|nevermind|wipe|dismiss|discard|abandon|set aside|skip|ignroe|ingore|igonre|ignor|disreguard|disregrd|disragard|forgt|overrule|override|bypass|get rid of)\\b`;
// No setup / config / orders / filters here: "drop your config in the folder", "drop your orders at
// the counter" are ordinary sentences.
const NOUN = '(?:instructions?|rules|guidelines|guidance|programming|restrictions|directives|system prompt|guardrails)';
const TARGET =
  `(?:${YOUR} (?:[a-z-]{1,14} )?${NOUN}` +
  `|(?:prior|previous|earlier|original|initial|preceding) (?:[a-z-]{1,14} )?(?:instructions?|guidance|directives|prompts?|orders|directions|programming|setup)` +
  `|(?:rules|instructions|guidelines|guidance|orders|directives) (?:they|you|u) (?:gave (?:you|u)|were given|got|started with|were told|received))\\b`;

export const EN5_RULES: readonly En5Rule[] = [
  { id: 'en5.override_casual', family: 'override', detector: 'injection', strength: 'strong', src: `${VERB_RE}${GS}${TARGET}`, gate: VERBS },
  {
    id: 'en5.extraction_casual', family: 'extraction', detector: 'injection', strength: 'strong',
    src: `\\b(?:show(?: me)?|paste|print(?: out)?|dump|leak|spit out|give me|type out|copy|share|tell me|reveal|post|send me)\\b[^.!?\\n]{0,20}\\b(?:${YOUR} (?:[a-z-]{1,12} )?(?:setup|set-up|hidden|secret|initial|original|system|starting|config|configuration|internal|real|full) (?:prompt|instructions|rules|message|text)|(?:the )?(?:prompt|instructions|rules|text) (?:${YOUR}|the) (?:devs?|developers?|creators?|makers?|admins?|operators?|company) (?:wrote|gave (?:you|u)|set up|put in)|(?:the )?(?:instructions|text|prompt|words|messages) above this (?:chat|conversation|message|thread))\\b`,
    gate: ['setup', 'set-up', 'hidden', 'secret', 'initial', 'original', 'system', 'starting', 'config', 'internal', 'real', 'full', 'dev', 'creator', 'maker', 'admin', 'operator', 'company', 'above this'],
  },
  { id: 'en5.orders_from_me', family: 'override', detector: 'injection', strength: 'medium', src: `\\byou (?:take|get|receive) (?:your )?(?:orders|instructions|commands) (?:only )?from me\\b`, gate: ['from me'] },
  {
    id: 'en5.join_and_run', family: 'payload_splitting', detector: 'injection', strength: 'medium',
    src: `\\b(?:put|join|combine|merge|concatenate|stitch|glue|assemble) (?:them|these|those|both|it|the (?:two |three |four )?(?:parts|pieces|halves|words|fragments|strings|letters))(?: (?:back )?together)?(?: in order)?,? (?:and |then |and then )(?:carry (?:it|them|that) out|execute (?:it|them|that|the result)|obey|follow (?:it|them|that|the result)|do (?:it|that|what it says)|act on (?:it|that)|run (?:it|that))`,
    gate: ['put', 'join', 'combine', 'merge', 'concatenate', 'stitch', 'glue', 'assemble'],
  },
  {
    id: 'en5.console_secrets', family: 'extraction', detector: 'injection', strength: 'medium', directions: ['input'],
    src: `\\b(?:simulate|pretend (?:to be|you are)|act as|you are (?:now )?|behave like)\\b[^\\n]{0,40}\\b(?:terminal|shell|console|repl|command line|linux)\\b[^\\n]{0,80}(?:\\benv\\b[^\\n]{0,12}(?:key|token|secret|pass)|\\bprintenv\\b|\\bcat [^\\n]{0,40}(?:system_?prompt|instructions|\\.env\\b|secrets?|credentials)|\\bselect \\* from [a-z_]{0,30}(?:secret|credential|password|key))`,
    gate: ['terminal', 'shell', 'console', 'repl', 'command line', 'linux'],
  },
];
