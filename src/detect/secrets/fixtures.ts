// Seeded generators of FAKE credentials and of clean code/config lines, for tests, the eval
// script and the benchmark. Nothing here is a live key: every value is drawn from a seeded PRNG
// at run time, and prefixes are assembled by concatenation so that this source file does not
// trip secret scanners.
//
// Two disjoint template pools (`dev`, `test`) wrap the keys and the clean lines: rules were
// tuned on `dev` only; `test` is the held-out measurement (different surrounding syntax,
// different clean-line families).
// Cost: O(output). Failure mode: none (pure, deterministic for a given seed).

import { mulberry32 } from '../../util/random.js';

export type Rng = () => number;

/** mulberry32 (src/util/random.ts). */
export const rng: (seed: number) => Rng = mulberry32;

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = ALNUM + '+/';
export const URLSAFE = ALNUM + '_-';

export function pick<T>(r: Rng, xs: readonly T[]): T {
  const x = xs[Math.floor(r() * xs.length)];
  if (x === undefined) throw new Error('pick from empty list');
  return x;
}
export function str(r: Rng, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)] ?? 'x';
  return s;
}
function b64url(s: string): string {
  return Buffer.from(s).toString('base64url');
}

/** One fake credential generator per format: [entity, make]. */
export const FAKE_KEYS: readonly (readonly [string, (r: Rng) => string])[] = [
  ['aws_access_key', (r) => pick(r, ['AK' + 'IA', 'AS' + 'IA']) + str(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)],
  ['aws_secret_key', (r) => 'wJ' + str(r, B64, 36) + 'K7' + str(r, DIGITS, 0) + str(r, UPPER, 0)],
  ['gcp_api_key', (r) => 'AI' + 'za' + str(r, URLSAFE, 35)],
  ['azure_storage_key', (r) => str(r, B64, 86) + '=='],
  ['azure_client_secret', (r) => str(r, ALNUM, 3) + str(r, DIGITS, 1) + 'Q' + '~' + str(r, ALNUM + '_.-', 34)],
  ['github_token', (r) => pick(r, ['gh' + 'p_', 'gh' + 'o_', 'gh' + 's_']) + str(r, ALNUM, 36)],
  ['github_token', (r) => 'github' + '_pat_' + str(r, ALNUM, 22) + '_' + str(r, ALNUM, 59)],
  ['gitlab_token', (r) => 'gl' + 'pat-' + str(r, URLSAFE.replace('-', ''), 20)],
  ['slack_token', (r) => 'xo' + 'xb-' + str(r, DIGITS, 12) + '-' + str(r, DIGITS, 13) + '-' + str(r, ALNUM, 24)],
  ['slack_webhook', (r) => 'https://hooks.' + 'slack.com/services/T' + str(r, UPPER + DIGITS, 8) + '/B' + str(r, UPPER + DIGITS, 10) + '/' + str(r, ALNUM, 24)],
  ['stripe_key', (r) => pick(r, ['sk' + '_live_', 'rk' + '_live_', 'sk' + '_test_']) + str(r, ALNUM, 24 + Math.floor(r() * 75))],
  ['openai_api_key', (r) => 'sk' + '-proj-' + str(r, URLSAFE, 74) + 'T3Blbk' + 'FJ' + str(r, URLSAFE, 74)],
  ['openai_api_key', (r) => 'sk' + '-' + str(r, ALNUM, 20) + 'T3Blbk' + 'FJ' + str(r, ALNUM, 20)],
  ['anthropic_api_key', (r) => 'sk' + '-ant-api03-' + str(r, URLSAFE, 93) + 'AA'],
  ['huggingface_token', (r) => 'h' + 'f_' + str(r, UPPER, 4) + str(r, LOWER, 4) + str(r, ALNUM, 26)],
  ['npm_token', (r) => 'np' + 'm_' + str(r, ALNUM, 36)],
  ['pypi_token', (r) => 'py' + 'pi-AgEIcHlwaS5vcmc' + str(r, URLSAFE, 70 + Math.floor(r() * 100))],
  ['twilio_api_key', (r) => 'S' + 'K' + str(r, HEX, 32)],
  ['sendgrid_api_key', (r) => 'S' + 'G.' + str(r, URLSAFE, 22) + '.' + str(r, URLSAFE, 43)],
  ['shopify_token', (r) => pick(r, ['shp' + 'at_', 'shp' + 'ss_', 'shp' + 'ca_']) + str(r, HEX, 32)],
  ['atlassian_token', (r) => 'ATA' + 'TT3' + str(r, URLSAFE + '=', 180)],
  ['datadog_api_key', (r) => str(r, HEX, 32)],
  ['jwt', (r) => b64url(JSON.stringify({ alg: pick(r, ['HS256', 'RS256', 'ES256']), typ: 'JWT' })) + '.' + b64url(JSON.stringify({ sub: str(r, DIGITS, 8), name: str(r, LOWER, 6), iat: 1700000000 + Math.floor(r() * 1e7) })) + '.' + str(r, URLSAFE, 43)],
  ['private_key', (r) => {
    const kind = pick(r, ['RSA ', 'EC ', 'OPENSSH ', '']);
    let body = '';
    for (let i = 0; i < 8 + Math.floor(r() * 10); i++) body += str(r, B64, 64) + '\n';
    return `-----BEGIN ${kind}PRIV` + `ATE KEY-----\n${body}-----END ${kind}PRIV` + 'ATE KEY-----';
  }],
  ['connection_string', (r) => `${pick(r, ['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp'])}://${pick(r, ['app', 'admin', 'svc_user', 'root'])}:${str(r, ALNUM, 10 + Math.floor(r() * 10))}${pick(r, ['!', '#', '', '%2F'])}@${pick(r, ['db.internal', '10.0.3.7', 'cluster0.ab1cd.mongodb.net', 'cache.prod'])}:${pick(r, ['5432', '3306', '6379', '27017', '5672'])}/${pick(r, ['app', 'prod', '0', 'orders'])}`],
  ['gcp_oauth_secret', (r) => 'GOC' + 'SPX-' + str(r, URLSAFE, 28)],
  ['digitalocean_token', (r) => 'do' + 'p_v1_' + str(r, HEX, 64)],
  ['docker_token', (r) => 'dck' + 'r_pat_' + str(r, URLSAFE, 27)],
  ['groq_api_key', (r) => 'gs' + 'k_' + str(r, ALNUM, 52)],
  ['password', (r) => str(r, ALNUM, 6 + Math.floor(r() * 6)) + pick(r, ['!', '#', '$', '%', '&', '9', '_']) + str(r, ALNUM, 3)],
  ['generic_secret', (r) => str(r, ALNUM, 24 + Math.floor(r() * 16))],
];

/** How a key of a given entity is introduced in a line; `{K}` is the key. */
type Wrap = (r: Rng, entity: string, key: string) => string;

const ENV_NAMES: Record<string, readonly string[]> = {
  aws_access_key: ['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'accessKeyId'],
  aws_secret_key: ['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'secretAccessKey'],
  azure_storage_key: ['AZURE_STORAGE_CONNECTION_STRING'],
  datadog_api_key: ['DD_API_KEY', 'datadog_api_key'],
  password: ['DB_PASSWORD', 'password', 'smtp_password', 'adminPassword', 'REDIS_PASS'],
  generic_secret: ['CLIENT_SECRET', 'api_key', 'apiKey', 'SESSION_SECRET', 'auth_token', 'signing_key'],
};

function envName(r: Rng, entity: string): string {
  return pick(r, ENV_NAMES[entity] ?? [entity.toUpperCase(), 'API_KEY', 'token', 'secret']);
}

function fixKey(entity: string, key: string): string {
  // Keys that only exist inside their own syntax.
  if (entity === 'azure_storage_key') return `DefaultEndpointsProtocol=https;AccountName=acct${key.length};AccountKey=${key};EndpointSuffix=core.windows.net`;
  return key;
}

export const DEV_WRAPS: readonly Wrap[] = [
  (r, e, k) => `${envName(r, e)}=${fixKey(e, k)}`,
  (r, e, k) => `export ${envName(r, e)}="${fixKey(e, k)}"`,
  (r, e, k) => `  ${envName(r, e)}: ${fixKey(e, k)}`,
  (r, e, k) => `const ${envName(r, e)} = '${fixKey(e, k)}';`,
  (r, e, k) => `"${envName(r, e)}": "${fixKey(e, k)}",`,
  (r, e, k) => `${envName(r, e)} = "${fixKey(e, k)}"`,
];

export const TEST_WRAPS: readonly Wrap[] = [
  (r, e, k) => `    config.set("${envName(r, e)}", "${fixKey(e, k)}")`,
  (r, e, k) => `docker run -e ${envName(r, e)}=${fixKey(e, k)} myimage:latest`,
  (r, e, k) => `Here is the key you asked for: ${fixKey(e, k)} (keep it safe)`,
  (r, e, k) => `<add key="${envName(r, e)}" value="${fixKey(e, k)}" />`,
  (r, e, k) => `${envName(r, e)} := "${fixKey(e, k)}"`,
  (r, e, k) => `- name: ${envName(r, e)}\n  value: ${fixKey(e, k)}`,
  (r, e, k) => `curl -H "X-Api-Key: ${fixKey(e, k)}" https://api.example.net/v2/items`,
  (r, e, k) => `set ${envName(r, e)}=${fixKey(e, k)}`,
];

// Bare keys only make sense for self-identifying formats; context-dependent ones need a name.
const NEEDS_NAME = new Set(['aws_secret_key', 'datadog_api_key', 'password', 'generic_secret', 'twilio_api_key']);

function uuid(r: Rng): string {
  return `${str(r, HEX, 8)}-${str(r, HEX, 4)}-4${str(r, HEX, 3)}-a${str(r, HEX, 3)}-${str(r, HEX, 12)}`;
}
function ver(r: Rng): string {
  return `${Math.floor(r() * 20)}.${Math.floor(r() * 40)}.${Math.floor(r() * 100)}`;
}

type Clean = (r: Rng) => string;

export const DEV_CLEAN: readonly Clean[] = [
  (r) => `id: ${uuid(r)}`,
  (r) => `commit ${str(r, HEX, 40)}`,
  (r) => `sha256: ${str(r, HEX, 64)}`,
  (r) => `  color: #${str(r, HEX, 6)};`,
  (r) => `"version": "${ver(r)}",`,
  (_r) => `password: \${DB_PASSWORD}`,
  (r) => `DB_PASSWORD=${pick(r, ['changeme', 'xxxxxxxx', '<your-password>', '********', 'CHANGE_ME'])}`,
  (r) => `const password = req.body.${pick(r, ['password', 'pwd', 'newPassword'])};`,
  (r) => `max_tokens: ${Math.floor(r() * 4000)}`,
  (r) => `token_type: "${pick(r, ['bearer', 'Bearer', 'mac'])}"`,
  (r) => `<img src="data:image/png;base64,${str(r, B64, 60)}=" />`,
  (r) => `if (password.length < ${Math.floor(r() * 20)}) throw new Error("password too short");`,
  (r) => `api_key = os.environ["${pick(r, ['OPENAI_API_KEY', 'API_KEY'])}"]`,
  (r) => `"integrity": "sha512-${str(r, B64, 86)}=="`,
  (r) => `import { createHash } from 'node:crypto'; // hash ${str(r, HEX, 12)}`,
];

export const TEST_CLEAN: readonly Clean[] = [
  (r) => `resolved "https://registry.yarnpkg.com/lodash/-/lodash-${ver(r)}.tgz#${str(r, HEX, 40)}"`,
  (r) => `  secretName: ${pick(r, ['db-credentials', 'tls-cert', 'api-keys'])}`,
  (_r) => `SECRET_KEY = env("DJANGO_SECRET_KEY")`,
  (r) => `token = self.tokenizer.encode(text)[${Math.floor(r() * 10)}]`,
  (r) => `background: rgba(${Math.floor(r() * 255)}, ${Math.floor(r() * 255)}, 0, 0.${Math.floor(r() * 9)});`,
  (r) => `request_id=${uuid(r)} status=200 latency_ms=${Math.floor(r() * 900)}`,
  (r) => `git checkout ${str(r, HEX, 7)} && npm ci`,
  (r) => `mongodb://localhost:27017/${pick(r, ['test', 'app'])}`,
  (_r) => `postgres://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/app`,
  (r) => `password_min_length: ${6 + Math.floor(r() * 10)}`,
  (r) => `"etag": "W/\\"${str(r, HEX, 32)}\\""`,
  (r) => `secret: ${pick(r, ['my-secret', 'your-secret-here', 'null', '""', '{{ .Values.secret }}'])}`,
  (r) => `  - image: nginx@sha256:${str(r, HEX, 64)}`,
  (_r) => `The API key must be passed in the Authorization header as a Bearer token.`,
  (_r) => `  auth_token: "{{ vault_auth_token }}"`,
  (_r) => `def check_password(password: str) -> bool:`,
  (r) => `const apiKey = process.env.${pick(r, ['STRIPE_KEY', 'API_KEY'])} ?? "";`,
  (r) => `fingerprint: ${Array.from({ length: 16 }, () => str(r, HEX, 2)).join(':')}`,
  (r) => `font-family: "Inter", sans-serif; /* build ${str(r, HEX, 8)} */`,
  (_r) => `aws_access_key_id = ${'AKIA' + 'IOSFODNN7EX' + 'AMPLE'}  # from the AWS docs`,
];

export interface SecretRow {
  readonly text: string;
  readonly label: 0 | 1;
  readonly entity?: string;
  /** Span of the secret in `text` (positives). */
  readonly span?: readonly [number, number];
  readonly family: string;
}

/** A labelled set: every key format in every wrap, plus clean lines. */
export function secretSet(split: 'dev' | 'test', seed: number, perFormat = 8, clean = 600): SecretRow[] {
  const r = rng(seed);
  const wraps = split === 'dev' ? DEV_WRAPS : TEST_WRAPS;
  const cleans = split === 'dev' ? DEV_CLEAN : TEST_CLEAN;
  const rows: SecretRow[] = [];
  for (const [entity, make] of FAKE_KEYS) {
    for (let i = 0; i < perFormat; i++) {
      const key = make(r);
      let wrap = pick(r, wraps);
      // "Here is the key" (a bare key) is only meaningful for self-identifying formats.
      let text = wrap(r, entity, key);
      if (NEEDS_NAME.has(entity) && /Here is the key|X-Api-Key/.test(text)) {
        wrap = wraps[0] ?? wrap;
        text = wrap(r, entity, key);
      }
      const at = text.indexOf(key);
      rows.push({ text, label: 1, entity, span: [at, at + key.length], family: entity });
    }
  }
  for (let i = 0; i < clean; i++) {
    const c = cleans[i % cleans.length];
    if (c) rows.push({ text: c(r), label: 0, family: `clean${i % cleans.length}` });
  }
  return rows;
}
