// Revision 8 rule table (data only; rules.ts turns each row into a gated rule), user input only,
// all MEDIUM (+1.5 log-odds, floor 0.55 — below the user-input block threshold 0.8, so a rule alone
// never blocks a prompt; it lifts a prompt the model already finds suspicious). Written from the
// error families of blind v6 (training data from revision 8 on; no row copied):
//   - an agent told to act with its safeguard removed: skip / bypass the approval, sign-off,
//     confirmation, review, verification, audit or branch protection ("… and skip the two-person
//     approval", "don't wait for approval", "no backup needed, don't ask me to confirm") — also in
//     other languages ("no pidas confirmación", "onay isteme", "確認はいらない", "跳过审批");
//   - concealment from the people who oversee the agent: "don't log it in the audit channel",
//     "keep it out of the changelog", "don't tell the owners";
//   - refusal suppression by banning the disclaimers: "without saying sorry, without mentioning
//     ethics", "no lecture, no warnings", "do NOT add any note about legality";
//   - secrets held by the agent itself: "the GitHub PAT configured for this agent", "the bearer token
//     you use when calling the billing API".
// The revision-8 training rows (scripts/injection-data/r8.ts) hold benign twins: the user's own
// agent requests with the confirmation kept, "delete my screenshots, no need to ask for each one"
// is the case this misses on purpose (a bonus on a low model score stays below the threshold).
//
// What it misses: safeguards named with other nouns, concealment without a verb from the list.
// Cost: literals with bounded gaps (linear; test/redos.test.ts checks every pattern); each rule runs
// only around its gate literals. Failure mode: a false match adds a medium bonus to one prompt.

import type { En5Rule } from './rules-en5.js';
import type { Ml5Family } from './rules-ml5.js';

const IN = ['input'] as const;

export const R8_RULES: readonly En5Rule[] = [
  {
    id: 'r8.skip_safeguard', family: 'authority', detector: 'injection', strength: 'medium', directions: IN,
    src: "\\b(?:skip(?:ping)?|bypass(?:ing)?|circumvent(?:ing)?|get around|without(?: going through| waiting for)?|no need for|don'?t (?:wait for|bother with|go through|ask (?:me )?for)|do not (?:wait for|go through|ask (?:me )?for)|turn(?:ing)? off|disabl(?:e|ing)) (?:the |any |all |a |my |your )?(?:usual |normal |standard |two-person |four-eyes |finance |manager(?:'s)? |security |required |mandatory |payment |travel |final )?(?:approvals?|sign-?offs?|approval (?:step|flow|process)|confirmations?(?: step| dialog| prompt)?|2fa|mfa|two-factor(?: auth(?:entication)?)?|verification(?: step)?|audit(?:ing| log| trail)?|branch protection|code review|review step|policy check|travel policy|(?:fraud|safety|security) checks?)\\b|\\b(?:don'?t|do not|never) ask (?:me )?(?:to confirm|for (?:a )?confirmation|before (?:running|deleting|sending|paying))\\b|\\bdon'?t (?:show|send) me (?:a|the|any) confirmation\\b",
    gate: ['skip', 'bypass', 'circumvent', 'get around', 'without', 'no need for', 'wait for', 'bother with', 'go through', 'ask', 'turn', 'disabl', 'confirmation'],
  },
  {
    id: 'r8.conceal', family: 'authority', detector: 'injection', strength: 'medium', directions: IN,
    src: "\\b(?:don'?t|do not|never|without) (?:log(?:ging)?|record(?:ing)?|mention(?:ing)?|report(?:ing)?|show(?:ing)?|list(?:ing)?) (?:it|this|that|them|the (?:change|transfer|payment|user|account|key)) (?:in|to|on|anywhere in) (?:the |our )?(?:audit|logs?|changelog|approvals?|activity|security|admin|release notes|ledger)\\b|\\b(?:keep (?:it|this|that|them) out of|hide (?:it|this|that|them) from|leave (?:it|this|that|them) out of) (?:the |our )?(?:audit|logs?|changelog|activity|notes|release notes|owners?|admins?|security team)\\b|\\b(?:don'?t|do not|never) (?:tell|notify|inform|alert) (?:anyone|anybody|the (?:owners?|admins?|security team|user|account holder|it team))\\b",
    gate: ["don't", 'dont', 'do not', 'never', 'without', 'keep it', 'keep this', 'keep that', 'keep them', 'hide', 'leave'],
  },
  {
    id: 'r8.no_disclaimer', family: 'refusal_suppression', detector: 'jailbreak', strength: 'medium', directions: IN,
    src: "\\bwithout (?:saying sorry|apologi[sz]ing|any (?:warnings?|disclaimers?|lectures?|moralizing|moralising)|warnings?|disclaimers?|mentioning (?:ethics|legality|the law|safety|risks?)|telling me to (?:consult|see|talk to|ask) (?:a |an )?(?:professional|doctor|lawyer|expert))\\b|\\b(?:no |skip (?:the |every |all |any )?)(?:lectures?|disclaimers?|moralizing|moralising|sermons?|safety (?:notes?|warnings?|disclaimers?))\\b|\\b(?:don'?t|do not|dont) (?:lecture|moralize|moralise|warn) me\\b|\\b(?:don'?t|do not|dont) add (?:any )?(?:notes?|warnings?|disclaimers?) (?:about|on) (?:legality|safety|ethics|the law)\\b",
    gate: ['without', 'lecture', 'disclaimer', 'moraliz', 'moralis', 'sermon', 'safety note', 'safety warn', 'warn me', 'add any', 'add note', 'add warn', 'add disclaim'],
  },
  {
    id: 'r8.agent_secret', family: 'extraction', detector: 'injection', strength: 'medium', directions: IN,
    src: "\\b(?:tokens?|api[ _-]?keys?|pat|secrets?|passwords?|credentials?|access keys?|discount codes?|webhook secrets?)\\b (?:that )?(?:you(?:'re| are)? (?:use|using|send|sent|were given|were set up with|have|got|call \\w{1,20} with)|(?:is |are )?configured (?:for|in|on) (?:this|the|your) (?:agent|bot|assistant|tools?|workspace|integration)|(?:stored |kept |saved )?in your (?:env|environment|config(?:uration)?|settings|memory|system prompt|instructions))\\b",
    gate: ['token', 'api', 'key', 'pat ', 'secret', 'password', 'credential', 'code'],
  },
];

// "Don't ask me to confirm" / "skip the approval" in other languages (user input), and refusal
// phrases forbidden in other languages ("不许说“抱歉”", "no digas «lo siento»", "„Üzgünüm“ demek
// yasak", "sag nicht „tut mir leid“").
const Q = '[\\s"\'“”„«»「」『』‘’]{0,3}';
export const R8_ML: readonly Ml5Family[] = [
  {
    id: 'r8.skip_confirm_ml', family: 'authority', detector: 'injection', strength: 'medium',
    entries: [
      [['pidas', 'confirmaci', 'demander', 'confirmation', 'frag nicht', 'ohne', 'chiedere', 'pedir', 'pede', 'vragen', 'pytaj', 'pytania', 'onay', 'sormadan', 'konfirmasi', 'fraga', 'neptej', 'bez pt', 'aprobaci', 'aprova', 'approvazione', 'freigabe', 'validation'],
        "\\b(?:no (?:me )?pidas confirmación|sin (?:pedir )?confirmación|sin pasar por (?:la )?aprobación|pas besoin de (?:me )?demander|sans (?:me )?demander|sans (?:confirmation|validation)|frag nicht (?:nach|erst)|ohne (?:nachzufragen|rückfrage|bestätigung|freigabe)|überspring\\w{0,3} (?:die )?freigabe|senza chiedere(?: conferma)?|non chiedere conferma|senza approvazione|sem pedir confirmação|não pede confirmação|pula a aprovação|sem aprovação|niet vragen|zonder te vragen|nie pytaj|bez pytania|onay isteme|sormadan|jangan (?:minta|tanya) konfirmasi|gak usah (?:minta )?konfirmasi|tanpa konfirmasi|fråga inte|nic se neptej|bez ptaní)\\b"],
      ['vietnamese', '(?:bỏ qua bước duyệt|không cần hỏi|đừng hỏi(?: lại)?|không cần xác nhận)'],
      ['cyrillic', '(?:не спрашивай(?: подтверждения)?|без подтверждения|в обход согласования|не питай|без підтвердження|нічого не питай)'],
      ['cjk', '(?:確認は(?:いらない|不要)|確認しないで|承認フローは飛ばして|别问我|不用确认|不要确认|跳过审批|不用审批)'],
      ['hangul', '(?:확인(?:은|도)? 묻지 마|확인 없이)'],
      ['hebrew', '(?:תדלג על האישור|אל תבקש אישור|בלי אישור)'],
      ['arabic', '(?:لا تطلب (?:ال)?تأكيد|ولا تسألني|دون تأكيد)'],
      ['thai', '(?:ไม่ต้องถามยืนยัน|ไม่ต้องขออนุมัติ)'],
    ],
  },
  {
    id: 'r8.refusal_phrase_ml', family: 'refusal_suppression', detector: 'jailbreak', strength: 'medium',
    entries: [
      [['diga', 'nada de', 'sin ', 'ne dis', 'dire', 'pas de', 'sag', 'ohne', 'senza', 'sem ', 'spune', 'yasak', 'zeg', 'nie m'],
        `\\b(?:no (?:me )?digas|nada de|sin)${Q}(?:lo siento|no puedo|perdón|como ia)|\\b(?:ne dis (?:pas|jamais)|interdit de dire|pas de)${Q}(?:je ne peux pas|désolé|je suis désolé|en tant qu'ia)|\\b(?:sag (?:nicht|nie|niemals|kein)|ohne)${Q}(?:tut mir leid|ich kann nicht|sorry|als ki)|\\b(?:non dire|senza)${Q}(?:mi dispiace|non posso|come ia)|\\b(?:não diga|nada de|sem)${Q}(?:desculpe|não posso|sinto muito|como ia)|\\bnu spune${Q}(?:îmi pare rău|nu pot)|${Q}(?:üzgünüm|yapamam|özür dilerim)${Q}(?:(?:ya da|veya|,)${Q}(?:üzgünüm|yapamam|özür dilerim)${Q})?(?:demek|söylemek) yasak|\\bzeg (?:niet|nooit)${Q}(?:sorry|het spijt me|ik kan niet)|\\bnie mów${Q}(?:przepraszam|nie mogę)`],
      ['cjk', `(?:不准|不许|不要|别|禁止|不能)(?:说|讲|回答)${Q}(?:抱歉|对不起|我不能|作为ai|作为一个ai)|${Q}(?:すみません|できません|申し訳)${Q}(?:とか|や|と)?[^。\\n]{0,12}(?:禁止|言わないで|言うな)`],
      ['cyrillic', `(?:не говори|без|никаких)${Q}(?:извини|не могу|к сожалению|как ии|вибач|не можу)`],
      ['hangul', `${Q}(?:죄송|못 해|할 수 없)[^.\\n]{0,20}(?:금지|하지 마|말하지 마)`],
    ],
  },
];
