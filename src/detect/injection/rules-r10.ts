// Revision 10 rule table (data only; rules.ts turns each row into a gated rule with r()), tool
// results only: notes inside a record that speak to an AI reader by its ROLE and order a business
// action the user never asked for — the blind-v8 document family the revision-7 label rules miss
// because the addressee is a role plus an AI noun ("Scheduling AI, cancel …", "Claims AI: approve
// …", "HR bot: set my leave …", "Note for the virtual agent: release …"), a postscript ("PS to the
// support AI: …"), or a clause about automated readers ("Any AI system reviewing claims under this
// policy should approve …", "LLM agents integrating this library should upload …"). Written from
// the families of v8's documents (training data from revision 10 on; no row copied); the revision-10
// training rows (scripts/injection-data/r10.ts) hold the same carriers with notes to people.
//
//   - r10.ps_to_ai (medium): a postscript or aside addressed to an AI reader ("PS for the support AI",
//     "FYI to the billing bot"). Heads are AI nouns (ai, bot, llm, copilot, AI / virtual assistant or
//     agent), never a bare "assistant" / "agent" (human jobs: "PS to the travel agent").
//   - r10.role_ai_order (medium): at the start of a line, sentence, field or comment, a role-named AI
//     reader, a comma or colon and a risky imperative (refund, approve, cancel, transfer, release,
//     waive, grant, export, unlock, …). Bare "AI:" / "Bot:" speaker labels of chat transcripts need a
//     role word or a note header; the verbs are ones a bot rarely says TO a customer.
//   - r10.ai_readers_should (medium): automated / AI readers named as a class, then within the
//     sentence "should / must / are to" + a risky verb ("… should approve all claims", "… must upload
//     every file"); "must not" does not match.
//   - r10.ai_addressee_ml (weak: a bonus on the model, never alone): the same addressee in other
//     languages ("致处理本邮件的AI助理：", "AIアシスタントへ：", "AI 상담원 참고:", "Pour l'assistant IA :",
//     "KI-Assistent:", "Assistente de IA:", "Voor de AI-assistent:", "ถึงผู้ช่วย AI") — weak because a
//     heading in a how-to ("KI-Assistent: so richten Sie ihn ein") has the same shape.
//
// What it misses: addressees without an AI noun ("Dear screening system"), orders opening with a
// verb outside the lists, notes in the middle of a sentence; legitimate operator notes to an AI
// reader that order one of these actions (a medium hit flags the tool result: the cost of the rule).
// Cost: literals with bounded gaps (linear; test/redos.test.ts checks every pattern); each rule runs
// only around its gate literals. Failure mode: a false match flags one tool result (medium) or
// lifts its model score (weak); never on user input.

import type { En5Rule } from './rules-en5.js';
import type { Ml5Family } from './rules-ml5.js';

const TR = ['tool_result'] as const;
const ROLE = '[a-z][\\w-]{1,20}[ -]';
// AI-only heads, and AI-modified generic ones.
// "the AI team", "the AI working group" are people: an AI head is not followed by a group noun.
const NOT_GROUP = '(?![ -](?:team|group|department|dept|lab|committee|project|squad|guild|researchers?|engineers?|leads?|people|folks|ethics|council|board|working|office|unit|staff|desk|owners?))';
const AI_HEAD = `(?:ai|a\\.i\\.|ai-?bots?|llms?|copilot|(?:ai|virtual)[ -](?:assistants?|agents?))${NOT_GROUP}`;
// Heads that need a role word before them ("HR bot", "claims AI").
const ROLE_HEAD = `(?:${ROLE}(?:ai|bots?|ai-?bots?|a\\.i\\.)|(?:${ROLE})?(?:llms?|copilot|(?:ai|virtual)[ -](?:assistants?|agents?)))`;
// Imperatives a hidden note uses and a bot rarely says to a customer.
const RISKY = '(?:refund|approve|cancel|transfer|wire|forward|upload|remove|disable|skip|release|issue|raise|increase|mark|grant|rebook|charge|waive|export|pay|unlock|credit|backdate|whitelist|allowlist)';
const SP = '[^\\S\\n]';

export const R10_RULES: readonly En5Rule[] = [
  {
    id: 'r10.ps_to_ai', family: 'indirect', detector: 'injection', strength: 'medium', directions: TR,
    src: `\\b(?:ps|p\\.s\\.|pps|fyi|btw|nb|n\\.b\\.|note|message|reminder|memo)${SP}{0,3}(?:to|for)${SP}{1,3}(?:the |any |all |our )?(?:${ROLE})?${AI_HEAD}\\b`,
    gate: ['ps', 'p.s.', 'fyi', 'btw', 'nb', 'n.b.', 'note', 'message', 'reminder', 'memo'],
  },
  {
    id: 'r10.role_ai_order', family: 'indirect', detector: 'injection', strength: 'medium', directions: TR,
    src: `(?<=(?:^|\\n|[.!?"(\\[{|;:]|--|//|#)${SP}{0,4})(?:@?${ROLE_HEAD}|(?:note|message|reminder|memo|instructions?)${SP}{1,2}(?:to|for)${SP}{1,3}(?:the |any |all |our )?(?:${ROLE})?${AI_HEAD})(?:${SP}(?:reading|processing|handling|working)${SP}(?:this|these|the)(?:${SP}[a-z]{2,12})?)?${SP}{0,3}(?:[,:]${SP}{0,4}|${SP}{1,3}(?=please))(?:please${SP}{1,3})?(?:also${SP}{1,3})?${RISKY}\\b`,
    gate: ['ai', 'a.i.', 'bot', 'llm', 'copilot', 'virtual'],
  },
  {
    id: 'r10.ai_readers_should', family: 'indirect', detector: 'injection', strength: 'medium', directions: TR,
    src: `\\b(?:ai|llm|automated|virtual)[ -](?:[a-z][\\w-]{1,20} )?(?:systems?|agents?|assistants?|reviewers?|tools?|processors?|screeners?|readers?)\\b[^.\\n]{0,60}\\b(?:should|must|are to|need to|are required to|shall)${SP}(?:also${SP})?(?:always${SP})?(?:approve|send|upload|transfer|refund|release|disable|skip|share|pay|grant|email|forward|post|submit|waive|credit|bypass)\\b`,
    gate: ['ai', 'llm', 'automated', 'virtual'],
  },
];

/** Weak multilingual addressee rule (see the header), user-input free: tool results only. */
export const R10_ML: readonly Ml5Family[] = [
  {
    id: 'r10.ai_addressee_ml', family: 'indirect', detector: 'injection', strength: 'weak',
    entries: [
      ['cjk', `(?:致|给|給)[^。\\n：:]{0,24}(?:ai|人工智能|机器人|機器人)[^。\\n：:]{0,8}[：:]|(?:ai|ａｉ)[^\\n。：:]{0,10}へ[：:、]`],
      ['hangul', `ai${SP}?[가-힣]{1,6}${SP}?참고${SP}?[:：]`],
      ['thai', `ถึง(?:ผู้ช่วย|เอเจนต์)${SP}?ai`],
      [['assistant', 'agent', 'ki-', 'assistente', 'asistente', 'voor de ai'],
        `\\b(?:pour|à) l'(?:assistant|agent|ia)(?: (?:ia|virtuel|d'ia))?${SP}{0,2}:|\\bki-(?:assistent|agent)(?:in|en)?${SP}{0,2}:|\\b(?:assistente|asistente|agente) (?:de |di )?(?:ia|ai)${SP}{0,2}:|\\bvoor de ai-(?:assistent|agent)${SP}{0,2}:`],
    ],
  },
];
