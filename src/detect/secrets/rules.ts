// The secrets rule table: provider key formats, JWTs, PEM private keys, credentials in URLs and
// connection strings, and generic `password=` / `secret:` / `token` assignments.
//
// Every rule names the literal keywords (lower-case ASCII) that must occur where its match
// starts; the detector runs a rule's regex only at those keyword hits (Aho–Corasick pre-filter),
// so clean text costs one automaton pass however many rules there are.
//
// INVARIANT: every regex here is sticky-applied at a keyword hit (`start = hit.start - lead`),
// uses only bounded quantifiers and has no nested ambiguous repetition, so each run is O(window)
// and the whole match is ≤ MAX_SECRET_MATCH characters. The recheck ReDoS gate scans this file.
// Misses: secrets with no recognisable prefix or context keyword (a bare 40-char random string),
// secrets split over lines (apart from PEM blocks), custom in-house token formats.

export interface SecretRule {
  /** Finding kind. */
  readonly id: string;
  /** Entity for redaction policy. */
  readonly entity: string;
  /** Lower-case literals; one must occur at `lead` characters into the match. */
  readonly keywords: readonly string[];
  /** Sticky regex applied at hit.start - lead. Group `s` (when present) is the secret span. */
  readonly re: RegExp;
  /** Characters of the match that precede the keyword (0 for prefix formats). */
  readonly lead?: number;
  readonly score: number;
  /** Match must not be preceded by a word character (token boundary). Default true. */
  readonly boundary?: boolean;
  /** Extra validation of the secret value (group `s` or the whole match). */
  readonly validate?: (value: string) => boolean;
  /** Generic assignment rule: the value is judged by entropy and placeholder filters. */
  readonly generic?: boolean;
  /** PEM block: the match extends from the BEGIN line to its END line (see `pemEnd`). */
  readonly pem?: boolean;
  /**
   * Cheap necessary condition for a match, given the index just past the keyword hit: false
   * means the regex cannot match there. Keeps keyword storms from paying a failing regex each.
   */
  readonly precheck?: (text: string, afterKeyword: number, memo: RunMemo) => boolean;
}

/**
 * What a precheck learnt about the text during one scan (a fresh one per rule per scan): the
 * characters in [from, to) form one run; `closed` when `to` ends it (terminator or text end).
 */
export interface RunMemo {
  from: number;
  to: number;
  closed: boolean;
}

/** JS `\s` (what the regexes' `\s` matches), by code unit. */
export function isJsSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `[^;"'\s]{1,max}(?=;|"|'|\s|$)` can match at `i` iff the run of such characters there is 1 to
 * `max` long (the lookahead then sees the run's end): the ADO rule's precheck. A run longer than
 * `max` makes the regex backtrack through all of it and fail — at every `password=` of a storm.
 * The memo carries the run's known extent from one hit to the next, so a storm costs O(n) in all.
 */
function adoRunFits(text: string, i: number, memo: RunMemo, max = 128): boolean {
  let k = i;
  if (i >= memo.from && i <= memo.to) {
    // INVARIANT: [memo.from, memo.to) are run characters, so [i, memo.to) are too.
    if (memo.closed) return memo.to > i && memo.to - i <= max;
    if (memo.to - i > max) return false;
    k = memo.to;
  } else {
    memo.from = i;
  }
  const lim = Math.min(text.length, i + max + 1);
  while (k < lim) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 34 || c === 39 || isJsSpace(c)) break;
    k++;
  }
  memo.to = k;
  memo.closed = k < lim || k === text.length;
  return k > i && k - i <= max;
}

/**
 * Precheck of the mysql/mariadb rule: a ` -p` option within 70 characters after the keyword
 * (the regex allows 6 + 64).
 * The memo keeps the next ` -p` at or after the last query (`to`; text.length when none), so a
 * storm of `mysql` keywords costs O(n) in all instead of a 64-character failing scan per hit.
 */
function cliPasswordNear(text: string, after: number, memo: RunMemo): boolean {
  if (!(memo.from >= 0 && after >= memo.from && after <= memo.to)) {
    const i = text.indexOf(' -p', after);
    memo.from = after;
    memo.to = i < 0 ? text.length : i;
  }
  return memo.to < text.length && memo.to - after <= 70;
}

/** Longest match a rule can report (PEM blocks dominate). */
export const MAX_SECRET_MATCH = 4200;

const B = '(?![A-Za-z0-9_-])'; // right token boundary for url-safe base64 tokens
const BA = '(?![A-Za-z0-9])';

/**
 * Key/value separators: `k=v`, `k: v`, `k := v`, `k => v`, `"k", "v"` (call arguments),
 * `key="k" value="v"` (XML attributes) and `name: k` + newline + `value: v` (Kubernetes env).
 */
const SEP = `(?:\\s{0,4}(?:=|:=|:|=>|,)\\s{0,4}|\\s{1,4}|\\s{1,8}value\\s{0,2}[=:]\\s{0,2})`;
/** Generic keywords also occur in prose ("password manager"): no bare-whitespace separator. */
const SEP_STRICT = `(?:\\s{0,4}(?:=|:=|:|=>|,)\\s{0,4}|\\s{1,8}value\\s{0,2}[=:]\\s{0,2})`;

// Two-character keywords (`sk`, `q~`) fire all over prose ("asked", "task"): where the rule's
// regex fixes the next (or previous) character class, the keyword includes it, which keeps the
// hits — and the regex runs — to plausible positions without changing what can match.
const DIGITS = [...'0123456789'];
const HEX_DIGITS = [...'0123456789abcdef'];

// No `d` flag by default: match indices cost ~3 µs per exec in V8 (4x the match itself), and
// index.ts locates group `s` from the match when everything before or after it is zero-width.
// The two rules whose `s` sits between consuming parts ask for `d` explicitly.
function r(src: string, flags = ''): RegExp {
  return new RegExp(src, `y${flags}`);
}

/** `KEY<ident>  = "value"` / `key: value` / `"key": "value"` / `key => value`. */
function assign(kwSrc: string, value: string): RegExp {
  return r(`(?:${kwSrc})[A-Za-z0-9_.-]{0,40}["'\`]?${SEP}(?:["'\`]|)(?<s>${value})`, 'i');
}

function jsonHeaderOk(v: string): boolean {
  const head = v.slice(0, v.indexOf('.'));
  try {
    const json = Buffer.from(head, 'base64url').toString('utf8');
    return /"(?:alg|typ|kid|enc)"\s{0,4}:/.test(json);
  } catch {
    return false;
  }
}

export const SECRET_RULES: readonly SecretRule[] = [
  // --- cloud providers -----------------------------------------------------------------------
  { id: 'aws_access_key', entity: 'aws_access_key', keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'], re: r(`(?<s>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})${BA}`), score: 0.95 },
  {
    id: 'aws_secret_key',
    entity: 'aws_secret_key',
    keywords: ['aws_secret', 'secret_access_key', 'secretaccesskey', 'aws-secret', 'aws secret'],
    re: assign('aws_secret|secret_access_key|secretaccesskey|aws-secret|aws secret', `[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`),
    score: 0.9,
    validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v),
  },
  {
    // STS session tokens run to several hundred characters (past the generic rule's 300).
    id: 'aws_session_token',
    entity: 'aws_session_token',
    keywords: ['session_token', 'sessiontoken', 'security_token', 'security-token'],
    re: assign('session_token|sessiontoken|security_token|security-token', `[A-Za-z0-9/+]{100,1500}={0,2}(?![A-Za-z0-9/+=])`),
    score: 0.9,
    boundary: false,
    validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v),
  },
  { id: 'gcp_api_key', entity: 'gcp_api_key', keywords: ['aiza'], re: r(`(?<s>AIza[0-9A-Za-z_-]{35})${B}`), score: 0.95 },
  { id: 'gcp_oauth_secret', entity: 'gcp_oauth_secret', keywords: ['gocspx-'], re: r(`(?<s>GOCSPX-[0-9A-Za-z_-]{28})${B}`), score: 0.95 },
  { id: 'gcp_service_account', entity: 'gcp_service_account', keywords: ['"private_key_id"'], re: r(`"private_key_id"\\s{0,4}:\\s{0,4}"(?<s>[a-f0-9]{40})"`, 'd'), score: 0.9 },
  {
    id: 'azure_storage_key',
    entity: 'azure_storage_key',
    keywords: ['accountkey=', 'sharedaccesskey='],
    re: r(`(?:AccountKey|SharedAccessKey)=(?<s>[A-Za-z0-9+/]{40,100}={0,2})`, 'i'),
    score: 0.95,
  },
  { id: 'azure_sas_token', entity: 'azure_sas_token', keywords: ['sig='], re: r(`sig=(?<s>[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})`, 'i'), score: 0.6, validate: (v) => v.includes('%') || /[+/]/.test(v) },
  { id: 'azure_client_secret', entity: 'azure_client_secret', keywords: DIGITS.map((d) => `${d}q~`), lead: 3, re: r(`(?<s>[A-Za-z0-9_.~-]{3}[0-9]Q~[A-Za-z0-9_.~-]{31,34})(?![A-Za-z0-9_.~-])`), score: 0.9 },
  { id: 'digitalocean_token', entity: 'digitalocean_token', keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'], re: r(`(?<s>do[opr]_v1_[a-f0-9]{64})${BA}`), score: 0.95 },
  { id: 'heroku_api_key', entity: 'heroku_api_key', keywords: ['hrku-'], re: r(`(?<s>HRKU-[A-Za-z0-9_-]{60})${B}`), score: 0.95 },
  { id: 'alibaba_access_key', entity: 'alibaba_access_key', keywords: ['ltai'], re: r(`(?<s>LTAI[A-Za-z0-9]{20})${BA}`), score: 0.85 },
  // --- code hosting and CI -------------------------------------------------------------------
  { id: 'github_token', entity: 'github_token', keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], re: r(`(?<s>gh[pousr]_[A-Za-z0-9]{36,251})${BA}`), score: 0.97 },
  { id: 'github_token', entity: 'github_token', keywords: ['github_pat_'], re: r(`(?<s>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${BA}`), score: 0.97 },
  { id: 'gitlab_token', entity: 'gitlab_token', keywords: ['glpat-', 'glptt-', 'gldt-', 'glrt-', 'gloas-', 'glcbt-', 'glft-', 'glimt-', 'glsoat-', 'gldt-'], re: r(`(?<s>gl(?:pat|ptt|dt|rt|oas|cbt|ft|imt|soat)-[A-Za-z0-9_-]{20,64})${B}`), score: 0.95 },
  { id: 'gitlab_token', entity: 'gitlab_token', keywords: ['gr1348941'], re: r(`(?<s>GR1348941[A-Za-z0-9_-]{20,40})${B}`), score: 0.95 },
  { id: 'npm_token', entity: 'npm_token', keywords: ['npm_'], re: r(`(?<s>npm_[A-Za-z0-9]{36})${BA}`), score: 0.95 },
  { id: 'npm_token', entity: 'npm_token', keywords: ['_authtoken='], lead: 0, re: r(`_authToken=(?<s>[A-Za-z0-9_-]{20,100})${B}`, 'i'), score: 0.8, boundary: false, validate: (v) => !/^\$\{?/.test(v) },
  { id: 'pypi_token', entity: 'pypi_token', keywords: ['pypi-ageichlwas5vcmc'], re: r(`(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,220})${B}`), score: 0.97 },
  { id: 'docker_token', entity: 'docker_token', keywords: ['dckr_pat_', 'dckr_oat_'], re: r(`(?<s>dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40})${B}`), score: 0.95 },
  { id: 'vault_token', entity: 'vault_token', keywords: ['hvs.', 'hvb.', 'hvr.'], re: r(`(?<s>hv[sbr]\\.[A-Za-z0-9_-]{24,200})${B}`), score: 0.9 },
  { id: 'terraform_token', entity: 'terraform_token', keywords: ['.atlasv1.'], lead: 14, re: r(`(?<s>[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})${B}`), score: 0.95 },
  { id: 'pulumi_token', entity: 'pulumi_token', keywords: ['pul-'], re: r(`(?<s>pul-[a-f0-9]{40})${BA}`), score: 0.9 },
  { id: 'databricks_token', entity: 'databricks_token', keywords: ['dapi'], re: r(`(?<s>dapi[a-f0-9]{32}(?:-\\d)?)${BA}`), score: 0.85 },
  { id: 'vercel_token', entity: 'vercel_token', keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], re: r(`(?<s>vc[picrk]_[A-Za-z0-9]{40,80})${BA}`), score: 0.9 },
  // --- chat, payments, messaging -------------------------------------------------------------
  { id: 'slack_token', entity: 'slack_token', keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.', 'xapp-'], re: r(`(?<s>(?:xox[abprse]|xoxe\\.xox[bp]|xapp)-[0-9A-Za-z-]{10,250})${BA}`), score: 0.95 },
  { id: 'slack_webhook', entity: 'slack_webhook', keywords: ['hooks.slack.com/'], re: r(`hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<s>[A-Za-z0-9_/+-]{20,120})`), score: 0.95 },
  { id: 'discord_webhook', entity: 'discord_webhook', keywords: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], re: r(`discord(?:app)?\\.com/api/webhooks/(?<s>\\d{17,20}/[A-Za-z0-9_-]{60,70})`), score: 0.95 },
  { id: 'stripe_key', entity: 'stripe_key', keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'whsec_'], re: r(`(?<s>(?:(?:sk|rk)_(?:live|test)_|whsec_)[0-9a-zA-Z]{24,247})${BA}`), score: 0.95 },
  { id: 'twilio_api_key', entity: 'twilio_api_key', keywords: HEX_DIGITS.map((h) => `sk${h}`), re: r(`(?<s>SK[0-9a-f]{32})${BA}`), score: 0.75 },
  {
    id: 'twilio_auth_token',
    entity: 'twilio_auth_token',
    keywords: ['twilio_auth_token', 'twilio_token', 'twilioauthtoken', 'auth_token'],
    re: assign('twilio_auth_token|twilio_token|twilioauthtoken|auth_token', `[a-f0-9]{32}(?![A-Za-z0-9])`),
    score: 0.85,
  },
  { id: 'sendgrid_api_key', entity: 'sendgrid_api_key', keywords: ['sg.'], re: r(`(?<s>SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${B}`), score: 0.97 },
  { id: 'mailgun_key', entity: 'mailgun_key', keywords: ['key-'], re: r(`(?<s>key-[a-f0-9]{32})${BA}`), score: 0.7 },
  { id: 'mailchimp_key', entity: 'mailchimp_key', keywords: DIGITS.map((d) => `-us${d}`), lead: 32, re: r(`(?<![A-Za-z0-9_])(?<s>[a-f0-9]{32}-us[0-9]{1,2})${BA}`), score: 0.85 },
  { id: 'shopify_token', entity: 'shopify_token', keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], re: r(`(?<s>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})${BA}`), score: 0.95 },
  { id: 'square_token', entity: 'square_token', keywords: ['sq0atp-', 'sq0csp-', 'eaaa'], re: r(`(?<s>(?:sq0atp-[0-9A-Za-z_-]{22}|sq0csp-[0-9A-Za-z_-]{43}|EAAA[A-Za-z0-9_-]{60}))${B}`), score: 0.85 },
  { id: 'telegram_bot_token', entity: 'telegram_bot_token', keywords: [':aa'], lead: 10, re: r(`(?<s>[0-9]{8,10}:AA[0-9A-Za-z_-]{33})${B}`), score: 0.85, boundary: false },
  // --- AI providers --------------------------------------------------------------------------
  { id: 'anthropic_api_key', entity: 'anthropic_api_key', keywords: ['sk-ant-'], re: r(`(?<s>sk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_-]{80,110})${B}`), score: 0.98 },
  { id: 'openai_api_key', entity: 'openai_api_key', keywords: ['sk-proj-', 'sk-svcacct-', 'sk-admin-', 'sk-None-'], re: r(`(?<s>sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,200})${B}`), score: 0.95 },
  { id: 'openai_api_key', entity: 'openai_api_key', keywords: ['sk-'], re: r(`(?<s>sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})${BA}`), score: 0.97 },
  { id: 'openai_api_key', entity: 'openai_api_key', keywords: ['sk-'], re: r(`(?<s>sk-[A-Za-z0-9]{48})${BA}`), score: 0.8, validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v.slice(3)) },
  { id: 'huggingface_token', entity: 'huggingface_token', keywords: ['hf_', 'api_org_'], re: r(`(?<s>(?:hf_|api_org_)[A-Za-z0-9]{34})${BA}`), score: 0.9, validate: (v) => /[A-Z]/.test(v.slice(3)) && /[a-z]/.test(v.slice(3)) },
  { id: 'groq_api_key', entity: 'groq_api_key', keywords: ['gsk_'], re: r(`(?<s>gsk_[A-Za-z0-9]{52})${BA}`), score: 0.95 },
  { id: 'replicate_token', entity: 'replicate_token', keywords: ['r8_'], re: r(`(?<s>r8_[A-Za-z0-9]{37})${BA}`), score: 0.85 },
  { id: 'xai_api_key', entity: 'xai_api_key', keywords: ['xai-'], re: r(`(?<s>xai-[A-Za-z0-9]{80})${BA}`), score: 0.9 },
  // --- SaaS ----------------------------------------------------------------------------------
  { id: 'atlassian_token', entity: 'atlassian_token', keywords: ['atatt3', 'atctt3', 'atcatt1'], re: r(`(?<s>(?:ATATT3|ATCTT3|ATCATT1)[A-Za-z0-9_=-]{150,200})${B}`), score: 0.95 },
  {
    id: 'datadog_api_key',
    entity: 'datadog_api_key',
    keywords: ['dd_api_key', 'datadog_api_key', 'dd_app_key', 'datadog_app_key', 'dd-api-key', 'dd-application-key', 'datadog_key'],
    re: assign('dd_api_key|datadog_api_key|dd_app_key|datadog_app_key|dd-api-key|dd-application-key|datadog_key', `[a-f0-9]{32}(?:[a-f0-9]{8})?(?![A-Za-z0-9])`),
    score: 0.85,
  },
  { id: 'newrelic_key', entity: 'newrelic_key', keywords: ['nrak-', 'nrii-', 'nrjs-'], re: r(`(?<s>NR(?:AK|II|JS)-[A-Za-z0-9]{27})${BA}`), score: 0.9 },
  { id: 'sentry_token', entity: 'sentry_token', keywords: ['sntrys_', 'sntryu_'], re: r(`(?<s>sntry[su]_[A-Za-z0-9+/=_]{40,250})${BA}`), score: 0.95 },
  { id: 'grafana_token', entity: 'grafana_token', keywords: ['glc_', 'glsa_'], re: r(`(?<s>(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}))${BA}`), score: 0.95 },
  { id: 'figma_token', entity: 'figma_token', keywords: ['figd_'], re: r(`(?<s>figd_[A-Za-z0-9_-]{40,43})${B}`), score: 0.95 },
  { id: 'linear_api_key', entity: 'linear_api_key', keywords: ['lin_api_'], re: r(`(?<s>lin_api_[A-Za-z0-9]{40})${BA}`), score: 0.95 },
  { id: 'notion_token', entity: 'notion_token', keywords: ['ntn_', 'secret_'], re: r(`(?<s>(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}))${BA}`), score: 0.85, validate: (v) => /[0-9]/.test(v) && /[A-Z]/.test(v) },
  { id: 'postman_api_key', entity: 'postman_api_key', keywords: ['pmak-'], re: r(`(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})${BA}`), score: 0.95 },
  { id: 'tailscale_key', entity: 'tailscale_key', keywords: ['tskey-'], re: r(`(?<s>tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{20,60})${BA}`), score: 0.95 },
  { id: 'cloudflare_token', entity: 'cloudflare_token', keywords: ['cloudflare_api_token', 'cf_api_token', 'cloudflare_api_key', 'cf_api_key'], re: assign('cloudflare_api_token|cf_api_token|cloudflare_api_key|cf_api_key', `[A-Za-z0-9_-]{37,40}(?![A-Za-z0-9_-])`), score: 0.85 },
  { id: 'onepassword_token', entity: 'onepassword_token', keywords: ['ops_eyj'], re: r(`(?<s>ops_eyJ[A-Za-z0-9+/=_-]{100,2000})`), score: 0.95 },
  // Django's startproject key: `django-insecure-` + 50 characters of its fixed alphabet.
  { id: 'django_secret_key', entity: 'django_secret_key', keywords: ['django-insecure-'], re: r(`(?<s>django-insecure-[a-z0-9!@#$%^&*(=+_)-]{40,60})(?![a-z0-9!@#$%^&*(=+_)-])`), score: 0.9 },
  { id: 'age_secret_key', entity: 'age_secret_key', keywords: ['age-secret-key-1'], re: r(`(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})`), score: 0.97 },
  // --- structured credentials ----------------------------------------------------------------
  { id: 'jwt', entity: 'jwt', keywords: ['eyj'], re: r(`(?<s>eyJ[A-Za-z0-9_-]{8,1000}\\.eyJ[A-Za-z0-9_-]{8,2000}\\.[A-Za-z0-9_-]{0,1000})${B}`), score: 0.85, validate: jsonHeaderOk },
  {
    id: 'private_key',
    entity: 'private_key',
    keywords: ['-----begin'],
    // Only the BEGIN line is a regex; the body up to the END marker is found by `pemEnd` (a
    // bounded indexOf), because a regex body class would also swallow the END line.
    re: r(`(?<s>-----BEGIN[A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----)`),
    score: 0.95,
    boundary: false,
    pem: true,
  },
  {
    id: 'connection_string',
    entity: 'connection_string',
    keywords: ['://'],
    // scheme://user:password@host — the secret is the password only.
    re: r(`://[^\\s:/@?#"'\`]{0,128}:(?<s>[^\\s/@"'\`]{1,256})@[A-Za-z0-9.[\\]-]{1,255}`, 'd'),
    score: 0.9,
    boundary: false,
  },
  {
    id: 'connection_string',
    entity: 'connection_string',
    keywords: ['password=', 'pwd='],
    // ADO / JDBC style: Server=..;User Id=..;Password=..;
    re: r(`(?:password|pwd)=(?<s>[^;"'\\s]{1,128})(?=;|"|'|\\s|$)`, 'i'),
    precheck: (text, after, memo) => adoRunFits(text, after, memo),
    score: 0.85,
    boundary: false,
    generic: true,
  },
  {
    id: 'cli_password',
    entity: 'password',
    keywords: ['mysql', 'mariadb'],
    // `mysql -u root -p'S3cret' db`: the password glued to -p (a bare `-p` prompts for it).
    re: r(`(?:mysql|mariadb)[a-z]{0,6}(?= )[^\\n'"\`|;&]{0,64}? -p(?<q>['"]?)(?<s>[^'"\\s]{1,128})`, 'i'),
    precheck: (text, after, memo) => cliPasswordNear(text, after, memo),
    score: 0.7,
    generic: true,
  },
  {
    id: 'bearer_token',
    entity: 'bearer_token',
    keywords: ['bearer ', 'token ', 'basic '],
    re: r(`(?:bearer|token|basic) {1,4}(?<s>[A-Za-z0-9._~+/-]{16,2000}={0,2})(?![A-Za-z0-9._~+/=-])`, 'i'),
    score: 0.75,
    generic: true,
  },
  // --- generic assignments (judged by entropy and context) ------------------------------------
  {
    id: 'password_assignment',
    entity: 'password',
    keywords: ['password', 'passwd', 'passphrase', 'pwd', 'pass'],
    re: r(`(?:password|passwd|passphrase|pwd|pass)(?<suffix>[A-Za-z0-9_.-]{0,30})(?<q0>["'\`]?)${SEP_STRICT}(?<q>["'\`]?)(?<s>[^\\s"'\`]{1,200})`, 'i'),
    score: 0.7,
    boundary: false,
    generic: true,
  },
  {
    id: 'secret_assignment',
    entity: 'generic_secret',
    keywords: ['secret', 'token', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'auth_key', 'private_key', 'privatekey', 'client_secret', 'credential', 'signing_key', 'encryption_key', 'master_key'],
    re: r(`(?:secret|token|api_key|apikey|api-key|access_key|accesskey|auth_key|private_key|privatekey|client_secret|credential|signing_key|encryption_key|master_key)(?<suffix>[A-Za-z0-9_.-]{0,30})(?<q0>["'\`]?)${SEP_STRICT}(?<q>["'\`]?)(?<s>[^\\s"'\`]{1,300})`, 'i'),
    score: 0.75,
    boundary: false,
    generic: true,
  },
];
