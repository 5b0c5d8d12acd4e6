// Guard rules: thresholds that turn findings into verdicts, per detector, action, direction and
// provenance (DESIGN.md "Decisions"). Pure and deterministic: the same findings and rules always
// give the same outcome, whatever order the findings arrive in.
//
// Misses: guard rules see findings only; who may do what is Cedar's job (src/policy/cedar.ts).
// Cost: O(findings × rules), both small.

import type { Action, Decision, Direction, Event, Finding, Reason } from '../engine/types.js';
import { directionOf } from '../engine/types.js';

export type GuardVerdict = 'block' | 'redact' | 'hold' | 'alert';

export interface GuardRule {
  readonly id: string;
  /** Detector id, or `*` for any. */
  readonly detector: string;
  readonly kinds?: readonly string[];
  /** Entity types (secrets, PII) the rule applies to. */
  readonly entities?: readonly string[];
  readonly actions?: readonly Action[];
  readonly directions?: readonly Direction[];
  /** `untrusted`: tool results and retrieved documents only; `trusted`: everything else. */
  readonly provenance?: 'trusted' | 'untrusted' | 'any';
  /** Minimum score (inclusive) for the rule to fire. */
  readonly threshold: number;
  readonly verdict: GuardVerdict;
  /** Client-safe explanation; a default is derived from the detector when absent. */
  readonly message?: string;
}

/**
 * Documented defaults (docs/policy.md). Precision on user input, recall on tool results:
 * an injection in a document is acted on at a lower score than one typed by a user.
 */
/** Identifiers whose exposure is harmful on its own: redacted by default in answers and tool results. */
export const HIGH_RISK_PII: readonly string[] = [
  'credit_card',
  'iban',
  'us_ssn',
  'de_tax_id',
  'fr_nir',
  'es_dni',
  'es_nie',
  'it_fiscal_code',
  'nl_bsn',
  'pl_pesel',
  'se_personnummer',
];

export const DEFAULT_GUARD_RULES: readonly GuardRule[] = [
  { id: 'hidden-text-block', detector: 'hidden_text', threshold: 0.7, verdict: 'block', directions: ['input', 'tool_result'] },
  { id: 'hidden-text-output-alert', detector: 'hidden_text', threshold: 0.7, verdict: 'alert', directions: ['output'] },
  // Prompts (chat.input) only: tool-call arguments are written by the model, and short strings such
  // as URLs or paths are not instructions to the system (see docs/policy.md).
  { id: 'injection-input-block', detector: 'injection', threshold: 0.8, verdict: 'block', directions: ['input'], actions: ['chat.input'] },
  { id: 'injection-untrusted-block', detector: 'injection', threshold: 0.5, verdict: 'block', directions: ['tool_result'] },
  { id: 'injection-output-alert', detector: 'injection', threshold: 0.9, verdict: 'alert', directions: ['output'] },
  { id: 'injection-toolargs-alert', detector: 'injection', threshold: 0.9, verdict: 'alert', actions: ['tool.call', 'chat.tool_call'] },
  { id: 'jailbreak-input-block', detector: 'jailbreak', threshold: 0.8, verdict: 'block', directions: ['input'], actions: ['chat.input'] },
  { id: 'jailbreak-untrusted-block', detector: 'jailbreak', threshold: 0.6, verdict: 'block', directions: ['tool_result'] },
  { id: 'secrets-redact', detector: 'secrets', threshold: 0.5, verdict: 'redact' },
  // Contact data (email, phone, IP, names) is what agents work with: alert, do not rewrite it.
  // Identifiers that are harmful on their own are redacted in answers and tool results.
  { id: 'pii-high-risk-redact', detector: 'pii', kinds: HIGH_RISK_PII, threshold: 0.6, verdict: 'redact', directions: ['output', 'tool_result'] },
  { id: 'pii-alert', detector: 'pii', threshold: 0.6, verdict: 'alert' },
  { id: 'exfil-link-block', detector: 'exfiltration', threshold: 0.7, verdict: 'block', directions: ['output'] },
  { id: 'prompt-leak-block', detector: 'prompt_leak', threshold: 0.7, verdict: 'block' },
];

/**
 * An entity given a mode in `redaction.entities` is meant to be rewritten wherever it appears:
 * each becomes a redact rule in every direction (the Redactor then applies its mode: mask, hash,
 * placeholder, or block).
 */
export function redactionRules(entities: Readonly<Record<string, string>>): GuardRule[] {
  return Object.keys(entities)
    .sort()
    .map((entity) => ({ id: `redaction-${entity}`, detector: '*', entities: [entity], threshold: 0.5, verdict: 'redact' as const }));
}

export interface GuardOutcome {
  readonly decision: Decision;
  readonly reasons: readonly Reason[];
  /** Findings that a `redact` rule selected. */
  readonly redact: readonly Finding[];
  readonly alerts: readonly Reason[];
}

const RANK: Record<Decision, number> = { allow: 0, redact: 1, hold: 2, block: 3 };

export function strongest(a: Decision, b: Decision): Decision {
  return RANK[a] >= RANK[b] ? a : b;
}

function ruleMatches(rule: GuardRule, f: Finding, event: Event): boolean {
  if (rule.detector !== '*' && rule.detector !== f.detector) return false;
  if (f.score < rule.threshold) return false;
  if (rule.kinds && !rule.kinds.includes(f.kind)) return false;
  if (rule.entities && (f.entity === undefined || !rule.entities.includes(f.entity))) return false;
  if (rule.actions && !rule.actions.includes(event.action)) return false;
  const part = event.parts[f.part];
  if (!part) return false;
  if (rule.directions && !rule.directions.includes(directionOf(event.action, part.provenance))) return false;
  if (rule.provenance && rule.provenance !== 'any') {
    const untrusted = part.provenance.startsWith('tool:') || part.provenance.startsWith('retrieved:');
    if ((rule.provenance === 'untrusted') !== untrusted) return false;
  }
  return true;
}

export function defaultMessage(detector: string): string {
  switch (detector) {
    case 'injection':
      return 'prompt injection detected';
    case 'jailbreak':
      return 'jailbreak attempt detected';
    case 'hidden_text':
      return 'hidden text detected';
    case 'secrets':
      return 'credential detected';
    case 'pii':
      return 'personal data detected';
    case 'exfiltration':
      return 'data exfiltration link detected';
    case 'prompt_leak':
      return 'system prompt leak detected';
    default:
      return `${detector} finding`;
  }
}

export function evaluateGuard(findings: readonly Finding[], event: Event, rules: readonly GuardRule[]): GuardOutcome {
  let decision: Decision = 'allow';
  const reasons = new Map<string, Reason>();
  const alerts = new Map<string, Reason>();
  const redact: Finding[] = [];
  for (const f of findings) {
    for (const rule of rules) {
      if (!ruleMatches(rule, f, event)) continue;
      const reason: Reason = { source: 'rule', id: rule.id, message: rule.message ?? defaultMessage(f.detector) };
      switch (rule.verdict) {
        case 'alert':
          alerts.set(rule.id, reason);
          break;
        case 'redact':
          if (f.entity !== undefined) {
            redact.push(f);
            decision = strongest(decision, 'redact');
            reasons.set(rule.id, reason);
          } else {
            // A finding with no span worth masking cannot be redacted: refuse instead.
            decision = strongest(decision, 'block');
            reasons.set(rule.id, reason);
          }
          break;
        case 'hold':
        case 'block':
          decision = strongest(decision, rule.verdict);
          reasons.set(rule.id, reason);
          break;
      }
    }
  }
  const byId = (a: Reason, b: Reason): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    decision,
    reasons: [...reasons.values()].sort(byId),
    redact,
    alerts: [...alerts.values()].sort(byId),
  };
}
