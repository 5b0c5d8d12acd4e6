// One calibrated score per finding, from the learned model and the rules (shared by the
// `injection` and `jailbreak` detectors).
//
// Combination, in log-odds: z = logit(model score for this direction) + Σ bonus(strength) over the
// distinct rule families that matched, + HIDDEN_BONUS when the view reveals hidden content and
// something already fired — for hidden markup (the comment view) only when the hidden text gives
// an order: a used strong / medium rule hit, or a vocative / imperative / "you must" (hiddenBonus,
// hidden-voice.ts); a hidden alt text or security notice the model scores >= 0.3 gets no bonus.
// The result is floored by the strongest rule's floor, so a strong rule alone reaches the user-input block threshold (0.8) whatever the model says, a medium rule alone
// reaches the tool-result threshold (0.5) but not the user-input one, and a weak rule never acts
// alone. Floors and bonuses are fixed numbers (documented in docs/detection.md), the model part is
// calibrated on the dev split by scripts/train-injection.ts.
//
// The model part is already shrunk toward the benign prior for short texts (model.ts header:
// z = prior + (z − prior)·min(1, n/evidenceK), evidenceK fitted on dev), so a short ordinary
// question no longer carries a confident model score; the rule floors are applied after that, so
// short real attacks ("ignore previous instructions") still block.
//
// Revision 5: use versus mention (mention.ts, mentions() below): a rule phrase that is quoted as
// the object of a translation / report, reported as said to a person, or cited as an example in
// a text about prompt attacks adds nothing to the score, and the model reads the text with such
// mentions blanked (the trainer featurizes through the same modelInput()).
//
// Misses: see rules.ts and model.ts. Cost: one model pass (O(n)) + one pass per rule (O(n) each).
// Failure mode: a missing model throws from detect() (the pipeline blocks, fail closed).

import type { DetectContext, Match, TextView, ViewName } from '../../engine/types.js';
import type { Model, WindowScore } from './model.js';
import { calibrate, loadModel, logit, scoreText, scoreWindow, sigmoid, WINDOW } from './model.js';
import type { RuleDetector, RuleHit, Strength } from './rules.js';
import { matchRules } from './rules.js';
import { aboutAttacks, blank, framedQuotations, mentionSpan, quotations } from './mention.js';
import { addressesModel, givesDirective } from '../hidden-voice.js';

export const BONUS: Readonly<Record<Strength, number>> = { strong: 3, medium: 1.5, weak: 0.7 };
export const FLOOR: Readonly<Record<Strength, number>> = { strong: 0.85, medium: 0.55, weak: 0 };
export const HIDDEN_BONUS = 1;
/** Findings below this score are not reported (noise for the audit log, never acted on). */
export const REPORT_MIN = 0.3;

/** Views whose text is a transformation that can make benign text look odd to the model. */
const RULE_GATED_VIEWS: ReadonlySet<ViewName> = new Set<ViewName>(['despaced', 'leet']);

const RANK: Readonly<Record<Strength, number>> = { strong: 3, medium: 2, weak: 1 };

export interface Scored {
  readonly score: number;
  readonly model: number;
  readonly hits: readonly RuleHit[];
  readonly windowStart: number;
  readonly windowLen: number;
}

// A small memo of model passes: `injection` and `jailbreak` read the same views, and one pass
// computes both heads, so the second detector reuses the first's pass. Keyed by the text itself
// (V8 caches a string's hash) and direction; bounded to MEMO_SIZE entries, oldest dropped. Pure:
// the memo only ever returns what scoreText would compute.
const MEMO_SIZE = 16;
const memo = new Map<string, { readonly model: Model; readonly dir: string; readonly ws: WindowScore }>();
function modelPass(model: Model, text: string, lower: string, dir: DetectContext['direction']): WindowScore {
  const hit = memo.get(text);
  if (hit && hit.model === model && hit.dir === dir) return hit.ws;
  const ws = scoreText(model, lower, dir);
  if (memo.size >= MEMO_SIZE) {
    const oldest = memo.keys().next();
    if (!oldest.done) memo.delete(oldest.value);
  }
  memo.set(text, { model, dir, ws });
  return ws;
}

// The last view's lower-cased text: `injection` and `jailbreak` lower-case the same view one after
// the other (and matchRules memoizes its gate scan on the identical string object).
let lowerOf: string | undefined;
let lowerText = '';
function lowered(text: string): string {
  if (lowerOf !== text) {
    lowerText = text.toLowerCase();
    lowerOf = text;
  }
  return lowerText;
}

/**
 * The rule-strength half of `mentions`: per hit, its strength, or null when it is a mention (the
 * array is undefined when no hit is), the mentioned spans, and whether some strong / medium hit
 * is used. `jailbreak` needs only this (the model reads the injection rules' modelInput), so it
 * skips the quotation passes of `mentions` that build a model text it would not read.
 * `about`: aboutAttacks' answer when it was computed (for `mentions`).
 */
function mentionStrengths(lower: string, hits: readonly RuleHit[]): { strengths: (Strength | null)[] | undefined; spans: [number, number][]; used: boolean; about: boolean | undefined } {
  let strengths: (Strength | null)[] | undefined;
  const spans: [number, number][] = [];
  let used = false;
  let about: boolean | undefined;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (!hit || hit.rule.strength === 'weak') continue;
    about ??= aboutAttacks(lower);
    const span = mentionSpan(lower, hit.start, hit.end, about, hit.rule.family);
    if (!span) { used = true; continue; }
    strengths ??= hits.map((x) => x.rule.strength);
    strengths[i] = null;
    spans.push(span);
  }
  return { strengths, spans, used, about };
}

/**
 * Use versus mention (mention.ts): a strong or medium phrase that is quoted as the object of a
 * translation or report, reported as said to a person, or cited as an example in a text about
 * prompt attacks is not an order to the reader. Such a hit adds nothing (no bonus, no floor:
 * `strengths` holds null for it when any hit is a mention; it stays in the evidence), and when every strong / medium hit is a
 * mention the model reads the text with those mentions blanked (`modelText`, same length) — a
 * quoted example should not count as an instruction to the model part either; in a text about
 * prompt attacks (aboutAttacks; tool results only) every quotation is blanked too. Cost on user
 * input: nothing without a strong / medium hit; else one meta-term pass over the first
 * ABOUT_REACH characters, O(QUOTE_REACH) per hit, and one extra model pass when something was
 * blanked. Tool results always pay the meta-term pass (~7 µs per 2 KB).
 */
export function mentions(lower: string, hits: readonly RuleHit[], dir: DetectContext['direction']): { strengths: (Strength | null)[] | undefined; modelText: string } {
  const { strengths, spans, used, about: seen } = mentionStrengths(lower, hits);
  let about = seen;
  if (used) return { strengths, modelText: lower };
  // In a document about prompt attacks (a tool result: advisory, blog post, paper), every
  // quotation is example material (even one no rule saw: "attackers hid lines like 'you are now
  // DAN'"), as long as no rule saw an order to the reader. Tool results only: on user input the
  // check would cost every prompt a pass, and a user's own question about attacks is left to
  // the rules' mention test and the model.
  if (dir === 'tool_result') {
    about ??= aboutAttacks(lower);
    if (about) spans.push(...quotations(lower));
  } else {
    // Revision 6: on user input, a quotation that is the object of a language task (translate,
    // explain, summarize this quote / line / joke) is not read by the model either.
    spans.push(...framedQuotations(lower));
  }
  return { strengths, modelText: spans.length > 0 ? blank(lower, spans) : lower };
}

/**
 * The text the model reads for a lower-cased text: mentions blanked as in scoreView (injection
 * rules). The trainer featurizes and calibrates through this, so training, calibration and
 * runtime see the same input.
 */
export function modelInput(lower: string, dir: DetectContext['direction']): string {
  if (inputOf !== lower || inputDir !== dir) {
    inputText = mentions(lower, injectionHits(lower, dir), dir).modelText;
    inputOf = lower;
    inputDir = dir;
  }
  return inputText;
}
// One-entry memo of modelInput (pure: same string and direction, same answer).
let inputOf: string | undefined;
let inputDir: DetectContext['direction'] | undefined;
let inputText = '';

/** Seed modelInput's memo with what `mentions` over the injection hits of `lower` returned. */
function rememberModelInput(lower: string, dir: DetectContext['direction'], text: string): void {
  inputOf = lower;
  inputDir = dir;
  inputText = text;
}

// The last text's injection-rule hits: `jailbreak` needs them for the model's input (modelInput)
// right after `injection` matched the same lower-cased view. Pure memo (same string, same dir).
let hitsOf: string | undefined;
let hitsDir: DetectContext['direction'] | undefined;
let hitsMemo: RuleHit[] = [];
function injectionHits(lower: string, dir: DetectContext['direction']): RuleHit[] {
  if (hitsOf !== lower || hitsDir !== dir) {
    hitsMemo = matchRules(lower, dir, 'injection');
    hitsOf = lower;
    hitsDir = dir;
  }
  return hitsMemo;
}

/** Score one text for one detector (head index + rule set). Pure; throws if the model is missing. */
export function scoreView(model: Model, head: number, detector: RuleDetector, text: string, viewName: ViewName, hidden: boolean, ctx: Pick<DetectContext, 'direction'>): Scored {
  const lower = lowered(text);
  const hits = detector === 'injection' ? injectionHits(lower, ctx.direction) : matchRules(lower, ctx.direction, detector);
  const h = model.heads[head];
  if (!h) throw new Error(`model: missing head ${head}`);
  if (RULE_GATED_VIEWS.has(viewName) && hits.length === 0) {
    // A folded view (leet, despaced) of ordinary text reads oddly to the model: trust it there
    // only when a rule saw an attack phrase, and skip the pass otherwise.
    return { score: 0, model: 0, hits, windowStart: 0, windowLen: 0 };
  }
  // Rule strengths from this detector's hits; the model's input from the injection rules' hits
  // (as in training: modelInput), so both heads read the same text.
  // For `injection` these are the same hits modelInput reads: its text is m.modelText (memoized,
  // so the mention analysis is not run twice). `jailbreak` needs only its hits' strengths.
  let strengths: (Strength | null)[] | undefined;
  if (detector === 'injection') {
    const m = mentions(lower, hits, ctx.direction);
    strengths = m.strengths;
    rememberModelInput(lower, ctx.direction, m.modelText);
  } else strengths = mentionStrengths(lower, hits).strengths;
  const modelText = modelInput(lower, ctx.direction);
  // On a folded view the model reads only the window around the first rule hit (O(WINDOW)):
  // the rest of the text is the same as the raw view's, which is scored in full.
  const firstHit = hits.reduce((m, x) => Math.min(m, x.start), Number.POSITIVE_INFINITY);
  const ws = RULE_GATED_VIEWS.has(viewName)
    ? scoreWindow(model, modelText, Math.max(0, firstHit - WINDOW / 2), ctx.direction)
    : modelText === lower ? modelPass(model, text, lower, ctx.direction) : modelPass(model, modelText, modelText, ctx.direction);
  let floor = 0;
  const families = new Map<string, Strength>();
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (!hit) continue;
    const strength = strengths ? strengths[i] : hit.rule.strength;
    if (!strength) continue;
    const prev = families.get(hit.rule.family);
    if (!prev || RANK[strength] > RANK[prev]) families.set(hit.rule.family, strength);
    floor = Math.max(floor, FLOOR[strength]);
  }
  let pModel = calibrate(h, ws.z[head] ?? -Infinity, ctx.direction);
  // Head 0 says "attack or not"; other heads only say which kind. A kind head alone must not
  // raise a finding the attack head does not support.
  const h0 = model.heads[0];
  if (head !== 0 && h0) pModel = Math.min(pModel, calibrate(h0, ws.z[0] ?? -Infinity, ctx.direction));
  let z = logit(pModel);
  for (const st of families.values()) z += BONUS[st];
  // Hidden markup (the comment view) earns the bonus only when it gives an order (hiddenBonus);
  // an encoded or tag-character view keeps it whenever something fired: encoding is evasion.
  if (hidden && (viewName === 'comment' ? hiddenBonus(evidenceText(lower, hits, ws.at[head] ?? 0, ws.windowLen), hits, strengths, pModel) : hits.length > 0 || pModel >= REPORT_MIN)) z += HIDDEN_BONUS;
  const score = Math.max(floor, sigmoid(z));
  return { score, model: pModel, hits, windowStart: ws.at[head] ?? 0, windowLen: ws.windowLen };
}

/** How much text around the model's window and the rule hits hiddenBonus reads (bounds its cost). */
const EVIDENCE_REACH = 256;

/**
 * The part of a hidden view where the evidence for an order must be: the model's best window and
 * the first rule hit, EVIDENCE_REACH characters around each (the order is where the model or a rule
 * fired, and the directive tests stay O(window) on a 64 KB view).
 */
export function evidenceText(lower: string, hits: readonly RuleHit[], at: number, len: number): string {
  if (lower.length <= 2 * EVIDENCE_REACH + len) return lower;
  const win = lower.slice(Math.max(0, at - EVIDENCE_REACH), Math.min(lower.length, at + len + EVIDENCE_REACH));
  const first = hits[0];
  if (!first) return win;
  return `${win}\n${lower.slice(Math.max(0, first.start - EVIDENCE_REACH), Math.min(lower.length, first.end + EVIDENCE_REACH))}`;
}

/**
 * Whether hidden content earns HIDDEN_BONUS: it must GIVE an instruction (hidden-voice.ts), not
 * merely be hidden. A strong or medium rule hit that is used (not a mention) is evidence enough;
 * otherwise (a weak hit, or the model alone at >= REPORT_MIN) the hidden text must speak to an AI
 * or give its reader an order (givesDirective), and a text about prompt attacks must speak to an
 * AI (a hidden security notice is not an attack because it is hidden).
 */
export function hiddenBonus(lower: string, hits: readonly RuleHit[], strengths: readonly (Strength | null)[] | undefined, pModel: number): boolean {
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    const st = strengths ? strengths[i] : hit?.rule.strength;
    if (st === 'strong' || st === 'medium') return true;
  }
  if (pModel < REPORT_MIN && !hits.some((h, i) => (strengths ? strengths[i] : h.rule.strength) === 'weak')) return false;
  if (aboutAttacks(lower)) return addressesModel(lower);
  return givesDirective(lower);
}

function best(hits: readonly RuleHit[]): RuleHit | undefined {
  let b: RuleHit | undefined;
  for (const h of hits) if (!b || RANK[h.rule.strength] > RANK[b.rule.strength]) b = h;
  return b;
}

/** The detector body shared by `injection` and `jailbreak`. */
export function detectWith(head: number, detector: RuleDetector, learnedKind: string, view: TextView, ctx: DetectContext): Match[] {
  if (view.text.length === 0) return [];
  const model = loadModel();
  const s = scoreView(model, head, detector, view.text, view.name, view.hidden, ctx);
  if (s.score < REPORT_MIN) return [];
  const top = best(s.hits);
  const families = [...new Set(s.hits.map((h) => h.rule.family))].sort();
  const langs = [...new Set(s.hits.map((h) => h.rule.lang))].sort();
  const evidence =
    (families.length > 0 ? `rules: ${families.join(', ')} (${langs.join(', ')}); ` : '') + `model ${s.model.toFixed(2)}`;
  const start = top ? top.start : s.windowStart;
  const end = top ? top.end : Math.min(view.text.length, s.windowStart + s.windowLen);
  return [{ kind: top ? top.rule.family : learnedKind, score: s.score, start, end: Math.max(end, start + 1), evidence }];
}

/** For eval and tests: the combined score of a bare text (no views). */
export function scoreTextFor(head: number, detector: RuleDetector, text: string, direction: DetectContext['direction']): Scored {
  return scoreView(loadModel(), head, detector, text, 'raw', false, { direction });
}
