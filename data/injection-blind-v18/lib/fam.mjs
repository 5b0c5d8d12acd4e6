export const FAM = {
  o: 'instruction_override', p: 'prompt_extraction', s: 'secret_extraction', j: 'persona_jailbreak', f: 'fiction_framing',
  a: 'authority_impersonation', x: 'exfiltration', r: 'refusal_suppression', d: 'delimiter_smuggling', t: 'tool_abuse',
  l: 'slander_request', e: 'social_engineering', m: 'memory_poisoning', b: 'obfuscation', w: 'payload_split',
  h: 'homework_help', c: 'citizen_services', n: 'journalism', q: 'about_prompts', k: 'security_education', g: 'fiction_harmless',
  u: 'rubric_writing', y: 'library_transcripts', v: 'dev_config', z: 'quoted_attack', i: 'admissions', T: 'tool_requests',
};
export function langRows(lang, attacks, benign) {
  const mk = (label) => (s) => {
    const k = s.slice(0, s.indexOf('|'));
    const fam = FAM[k];
    if (!fam) throw new Error(`bad family key ${k} in ${lang}`);
    return { text: s.slice(s.indexOf('|') + 1), label, family: fam, lang, direction: 'input' };
  };
  return [...attacks.map(mk(1)), ...benign.map(mk(0))];
}
