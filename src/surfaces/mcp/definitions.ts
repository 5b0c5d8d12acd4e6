// Scanning MCP tool definitions for poisoning before any client sees them.
//
// One `tool.list` event per scan, principal = the gateway itself: one part per tool under review
// (its name, title, description and every string in its schemas and annotations) plus one part
// with every description of the server joined by spaces, so a payload split across descriptions reads as one.
// The engine's registered detectors run (injection, hidden_text, jailbreak, … at their
// `tool_result` thresholds since the provenance is `tool:<server>/<tool>`; classifier-only
// findings are dropped, see MODEL_ONLY), then `tool_poisoning`
// (src/detect/tool-poisoning.ts), run here explicitly: it is not a BUILTIN detector because it
// only makes sense on definitions. A tool is poisoned when the guard rules (the engine's plus
// TOOL_POISONING_RULE) say block or hold for a finding in its own part, or in the joined part at
// a span that touches its text.
//
// Misses: whatever the detectors miss; a finding in the joined part that touches only tools
// already approved is ignored (they were reviewed before), and so is one that touches more than
// two tools (a whole-text classifier score cannot say which tool is at fault; each tool's own
// part was scored on its own).
// Cost: one detection pass over the joined text and the parts under review (bounded by
// MAX_DEFINITION_CHARS per tool). Failure mode: a detector error or timeout marks every tool under
// review as withheld for this listing (fail closed) without recording it as poisoned: the next
// listing scans again.

import { normalize } from '../../detect/normalize.js';
import { toolPoisoning } from '../../detect/tool-poisoning.js';
import type { Engine } from '../../engine/pipeline.js';
import { newEventId } from '../../engine/pipeline.js';
import type { ContentPart, Event, Finding, Principal } from '../../engine/types.js';
import { toOriginalSpan } from '../../engine/types.js';
import type { GuardRule } from '../../policy/guard.js';
import { evaluateGuard } from '../../policy/guard.js';
import type { PinnedDefinition } from './pins.js';

export const MAX_DEFINITION_CHARS = 64 * 1024;

export const TOOL_POISONING_RULE: GuardRule = {
  id: 'tool-poisoning-block',
  detector: 'tool_poisoning',
  threshold: 0.7,
  verdict: 'block',
  message: 'tool definition carries hidden instructions',
};

/**
 * Findings that come from a learned classifier alone (no rule family matched). Tool descriptions
 * are imperative by nature ("Read the complete contents of a file…"), and the injection
 * classifier, calibrated on documents, scores real descriptions up to 0.99 (measured on
 * server-filesystem's `read_text_file`), so on definitions only rule-backed findings count.
 */
const MODEL_ONLY = new Set(['injection/instruction', 'jailbreak/jailbreak_style']);

/** The identity under which the gateway records what it does on its own behalf. */
export const GATEWAY_PRINCIPAL: Principal = { id: 'pavise:mcp-gateway', kind: 'service', roles: [] };

/** Every string a model would read in a definition, one per line. */
export function definitionText(def: PinnedDefinition): string {
  const out: string[] = [def.name];
  if (def.title) out.push(def.title);
  if (def.description) out.push(def.description);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 32) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        // Property names are text the model reads too (a property called `read_ssh_key_first`).
        out.push(k);
        walk(x, depth + 1);
      }
    }
  };
  walk(def.inputSchema, 0);
  if (def.outputSchema) walk(def.outputSchema, 0);
  if (def.annotations) walk(def.annotations, 0);
  const text = out.join('\n');
  return text.length > MAX_DEFINITION_CHARS ? text.slice(0, MAX_DEFINITION_CHARS) : text;
}

export interface ScanOutcome {
  readonly poisoned: boolean;
  /** The scan itself failed (detector error or timeout): withhold now, decide nothing lasting. */
  readonly failed?: boolean;
  /** Client-safe reasons (detector and rule messages). */
  readonly detail: string;
  readonly findings: readonly Finding[];
}

export interface DefinitionScan {
  readonly event: Event;
  /** Per tool under review. */
  readonly outcomes: ReadonlyMap<string, ScanOutcome>;
}

function runToolPoisoning(parts: readonly ContentPart[]): Finding[] {
  const out: Finding[] = [];
  parts.forEach((part, index) => {
    const views = normalize(part.text, { views: new Set(toolPoisoning.views) });
    for (const view of views) {
      if (!toolPoisoning.views.includes(view.name)) continue;
      for (const m of toolPoisoning.detect(view, { action: 'tool.list', provenance: part.provenance, direction: 'tool_result' })) {
        out.push({ detector: toolPoisoning.id, kind: m.kind, score: m.score, part: index, span: toOriginalSpan(view, m.start, m.end), view: view.name, evidence: m.evidence });
      }
    }
  });
  return out;
}

/**
 * Scan `review` (tools not yet trusted) in the context of `all` (every tool the server lists).
 * INVARIANT: every name in `review` gets an outcome.
 */
export function scanDefinitions(engine: Engine, server: string, all: readonly PinnedDefinition[], review: ReadonlySet<string>, now: number): DefinitionScan {
  const parts: ContentPart[] = [];
  const partTool: string[] = [];
  for (const def of all) {
    if (!review.has(def.name)) continue;
    parts.push({ text: definitionText(def), provenance: `tool:${server}/${def.name}`, label: def.name });
    partTool.push(def.name);
  }
  // The joined part: offsets tell which tool a finding in it touches.
  const ranges: Array<{ tool: string; start: number; end: number }> = [];
  let joined = '';
  // Descriptions only, joined by a space, so a sentence split across two tools reads as one.
  for (const def of all) {
    const t = [def.title, def.description].filter((x) => x !== undefined && x !== '').join(' ').slice(0, MAX_DEFINITION_CHARS);
    if (t === '') continue;
    if (joined.length + t.length > 4 * MAX_DEFINITION_CHARS) break;
    ranges.push({ tool: def.name, start: joined.length, end: joined.length + t.length });
    joined += `${t} `;
  }
  const joinedIndex = parts.length;
  if (all.length > 1) parts.push({ text: joined, provenance: `tool:${server}/*`, label: '*' });

  const event: Event = {
    id: newEventId(),
    time: now,
    principal: GATEWAY_PRINCIPAL,
    action: 'tool.list',
    resource: { kind: 'server', id: server, server },
    parts,
    surface: 'mcp',
  };
  // A detector that loads a model on first use can run over its budget once: retry once.
  let det = engine.detect(event);
  if (det.errorCode) det = engine.detect(event);
  const findings = [...det.findings.filter((f) => !MODEL_ONLY.has(`${f.detector}/${f.kind}`)), ...runToolPoisoning(parts)];
  const rules = [...engine.rules, TOOL_POISONING_RULE];
  const outcomes = new Map<string, ScanOutcome>();
  if (det.errorCode) {
    const detail = `definition scan failed (${det.errorCode})`;
    for (const name of review) outcomes.set(name, { poisoned: true, failed: true, detail, findings: [] });
    return { event, outcomes };
  }
  // Attribute each finding to the tools it concerns.
  const byTool = new Map<string, Finding[]>();
  for (const f of findings) {
    const targets: string[] = [];
    if (f.part === joinedIndex && parts.length > joinedIndex) {
      const touched = ranges.filter((r) => f.span.start < r.end && f.span.end > r.start);
      // A split payload spans adjacent descriptions; a finding touching more than two tools is a
      // verdict on the whole text (a classifier), already made per tool on the tools' own parts.
      if (touched.length <= 2) for (const r of touched) if (review.has(r.tool)) targets.push(r.tool);
    } else {
      const t = partTool[f.part];
      if (t !== undefined) targets.push(t);
    }
    for (const t of targets) {
      const list = byTool.get(t) ?? [];
      list.push(f);
      byTool.set(t, list);
    }
  }
  for (const name of review) {
    const fs = byTool.get(name) ?? [];
    const guard = evaluateGuard(fs, event, rules);
    const poisoned = guard.decision === 'block' || guard.decision === 'hold';
    const detail = poisoned ? [...new Set([...guard.reasons.map((r) => r.message), ...fs.map((f) => f.evidence)])].slice(0, 6).join('; ') : '';
    outcomes.set(name, { poisoned, detail, findings: fs });
  }
  return { event, outcomes };
}
