import ml1 from './ml1.mjs';
import ml2 from './ml2.mjs';
import ml3 from './ml3.mjs';
import ml4 from './ml4.mjs';
import extra from './ml_extra.mjs';
import loc1 from './ml_local1.mjs';
import loc2 from './ml_local2.mjs';
import loc3 from './ml_local3.mjs';
const local = { ...loc1, ...loc2, ...loc3 };

const famA = ['instruction_override', 'system_prompt_extraction', 'authority_impersonation', 'persona_jailbreak', 'override_in_task', 'refusal_suppression', 'exfiltration', 'workspace_extraction', 'persona_jailbreak', 'fiction_framing', 'authority_impersonation', 'payload_splitting', 'social_engineering', 'payload_splitting'];
const famB = ['tool_request', 'benign_override_words', 'about_prompts', 'benign_override_words', 'security_training', 'roleplay_fiction', 'tool_request', 'security_training', 'roleplay_fiction', 'tool_request', 'about_prompts', 'meta_discussion', 'passwords_secrets', 'tool_request'];
const out = [];
for (const set of [ml1, ml2, ml3, ml4]) {
  for (const [lang, { a: a0, b: b0 }] of Object.entries(set)) {
    // Languages with own scenarios keep only the first rows of the shared-style list.
    const L = local[lang];
    const a = L ? [...a0.slice(0, Math.max(6, 13 - L.a.length)), ...L.a] : a0;
    const b = L ? [...b0.slice(0, Math.max(6, 13 - L.b.length)), ...L.b] : b0;
    // Family per row: rows carry an explicit [family, text] pair or fall back to a coarse family list.
    a.forEach((t, i) => { const [fam, text] = Array.isArray(t) ? t : [famA[i] ?? 'instruction_override', t]; out.push({ text, label: 1, family: fam, lang }); });
    b.forEach((t, i) => { const [fam, text] = Array.isArray(t) ? t : [famB[i] ?? 'tool_request', t]; out.push({ text, label: 0, family: fam, lang }); });
  }
}
for (const r of extra) out.push(r);
export default out;
