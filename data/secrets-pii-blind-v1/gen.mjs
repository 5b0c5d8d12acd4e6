// gen.mjs — blind evaluation set generator for the `secrets` and `pii` detectors.
// Plain Node (no imports from the product, no npm packages). Deterministic: the only randomness
// is a seeded mulberry32 PRNG defined below. Usage:
//   node gen.mjs            -> writes secrets-{dev,test}.jsonl and pii-{dev,test}.jsonl, then self-checks
//   node gen.mjs --check    -> only re-reads the files and runs the self-check
// Spans are recorded by marking values inline with control characters while building a text,
// then stripping the marks (so offsets are exact by construction), see `finish()`.
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- PRNG + helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  str(alpha, n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[Math.floor(this.f() * alpha.length)]; return s; }
  digits(n) { return this.str(DIG, n); }
  bytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(this.f() * 256); return b; }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
}
const UPC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOW = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const HEX = '0123456789abcdef';
const HEXU = '0123456789ABCDEF';
const B62 = DIG + UPC + LOW;
const B64 = UPC + LOW + DIG + '+/';
const B64URL = UPC + LOW + DIG + '-_';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM_LU = UPC + LOW + DIG;

// Span marking: \u0001<entity>\u0003<value>\u0002
const M = (entity, value) => `\u0001${entity}\u0003${value}\u0002`;
function finish(marked) {
  let text = '';
  const spans = [];
  let i = 0;
  while (i < marked.length) {
    const c = marked[i];
    if (c === '\u0001') {
      const j = marked.indexOf('\u0003', i);
      const k = marked.indexOf('\u0002', j);
      const entity = marked.slice(i + 1, j);
      const value = marked.slice(j + 1, k);
      if (value.includes('\u0001')) throw new Error('nested mark');
      spans.push({ start: text.length, end: text.length + value.length, entity });
      text += value;
      i = k + 1;
    } else { text += c; i++; }
  }
  return { text, spans };
}

// CRC32 (for GitHub token checksums)
const CRC_TABLE = (() => { const t = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(str) { let c = 0xffffffff; for (const b of Buffer.from(str, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function base62(n, len) { let s = ''; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(len, '0'); }
const b64u = (buf) => Buffer.from(buf).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

// name helpers: a name is an array of lowercase words
const UPN = (n) => n.join('_').toUpperCase();
const snake = (n) => n.join('_');
const camel = (n) => n.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const pascal = (n) => n.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const kebab = (n) => n.join('-');
const dotted = (n) => n.join('.');
const words = (n) => n.join(' ');

function isoTs(r, year = 2026) {
  const p = (x) => String(x).padStart(2, '0');
  return `${year}-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}`;
}
const SVC = ['billing-api', 'checkout', 'ledger', 'notifier', 'search-indexer', 'auth-gateway', 'reporting', 'media-worker', 'crm-sync', 'payments', 'inventory', 'etl-nightly', 'webhooks', 'mailer', 'orders'];
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'us-west-2', 'ap-southeast-2', 'eu-north-1'];
const USERS = ['deploy', 'ci', 'svc_app', 'app_rw', 'reporting', 'admin', 'etl', 'analytics', 'backend', 'api'];
const HOSTS = ['db-prod-01.internal', 'pg.eu-west-1.rds.amazonaws.com', 'mysql-replica-2', '10.12.4.31', 'cluster0.abx3k.mongodb.net', 'redis-cache.svc.cluster.local', 'postgres', 'orders-db.c9akciq32.eu-central-1.rds.amazonaws.com', 'db.staging.acme.io', 'rabbitmq.prod.local'];

// ================================================================ SECRET VALUE GENERATORS
const G = {
  awsKeyId: (r, p = 'AKIA') => p + r.str(B32.replace(/[01]/g, ''), 16).replace(/[^A-Z2-7]/g, 'Q'),
  awsSecret: (r) => r.str(ALNUM_LU + '/+', 40),
  awsSession: (r) => 'IQoJb3JpZ2luX2VjE' + r.str(B62, 4) + 'aCXVzLWVhc3QtMSJHMEUCIQD' + r.str(B64, 300 + r.int(0, 60)),
  gcpKey: (r) => 'AIza' + r.str(B64URL, 35),
  ghClassic: (r, p) => { const body = r.str(B62, 30); return p + body + base62(crc32(body), 6); },
  ghFine: (r) => 'github_pat_' + r.str(B62, 22) + '_' + r.str(B62, 59),
  glpat: (r) => 'glpat-' + r.str(B64URL, 20),
  slackBot: (r) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.str(ALNUM_LU, 24)}`,
  slackUser: (r) => `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.str(HEX, 32)}`,
  slackHook: (r) => `https://hooks.slack.com/services/T${r.str(UPC + DIG, 8)}/B${r.str(UPC + DIG, 10)}/${r.str(ALNUM_LU, 24)}`,
  stripe: (r, p) => p + r.str(ALNUM_LU, r.pick([24, 99])),
  stripeWh: (r) => 'whsec_' + r.str(ALNUM_LU, 32),
  openai: (r) => r.chance(0.7) ? 'sk-proj-' + r.str(B64URL, 74) + 'T3BlbkFJ' + r.str(B64URL, 74) : 'sk-' + r.str(ALNUM_LU, 20) + 'T3BlbkFJ' + r.str(ALNUM_LU, 20),
  anthropic: (r) => 'sk-ant-api03-' + r.str(B64URL, 93) + 'AA',
  hf: (r) => 'hf_' + r.str(UPC + LOW, 34),
  npm: (r) => 'npm_' + r.str(ALNUM_LU, 36),
  pypi: (r) => 'pypi-AgEIcHlwaS5vcmc' + r.str(B64URL, 160 + r.int(0, 40)),
  twilioSid: (r, p) => p + r.str(HEX, 32),
  twilioToken: (r) => r.str(HEX, 32),
  twilioSecret: (r) => r.str(ALNUM_LU, 32),
  sendgrid: (r) => 'SG.' + r.str(B64URL, 22) + '.' + r.str(B64URL, 43),
  shopify: (r, p) => p + r.str(HEX, 32),
  atlassian: (r) => 'ATATT3xFfGF0' + r.str(B64URL, 171) + '=' + r.str(HEXU, 8),
  ddApi: (r) => r.str(HEX, 32),
  ddApp: (r) => r.str(HEX, 40),
  azureKey: (r) => Buffer.from(r.bytes(64)).toString('base64'),
  azureSig: (r) => encodeURIComponent(Buffer.from(r.bytes(32)).toString('base64')),
  jwt: (r, alg = r.pick(['HS256', 'RS256', 'ES256'])) => {
    const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.str(B64URL, 22) };
    const iat = 1780000000 + r.int(0, 9000000);
    const payload = r.pick([
      () => ({ sub: r.str(HEX, 24), iss: 'https://auth.' + r.pick(['acme.io', 'corp-sso.net', 'login.northwind.dev']), aud: r.pick(['api', 'billing', 'admin-console']), iat, exp: iat + 3600, scope: r.pick(['read write', 'admin', 'orders:read orders:write']) }),
      () => ({ user_id: r.int(1000, 999999), role: r.pick(['admin', 'user', 'support']), iat, exp: iat + 86400 }),
      () => ({ sub: 'service-account:' + r.pick(SVC), tenant: r.str(HEX, 8), iat, exp: iat + 900, jti: r.str(HEX, 16) }),
    ])();
    const sig = alg === 'HS256' ? r.bytes(32) : alg === 'ES256' ? r.bytes(64) : r.bytes(256);
    return `${b64u(Buffer.from(JSON.stringify(header)))}.${b64u(Buffer.from(JSON.stringify(payload)))}.${b64u(sig)}`;
  },
  basic: (r) => Buffer.from(`${r.pick(USERS)}:${G.humanPw(r)}`).toString('base64'),
  humanPw: (r) => r.pick([
    () => r.pick(['Sommer', 'Winter', 'Herbst', 'Spring', 'Autumn', 'Monday', 'Dragon', 'Falcon', 'Coffee', 'Bayern', 'Chelsea', 'Zurich', 'Madrid', 'Welcome', 'Sunshine']) + r.int(1990, 2027) + r.pick(['!', '#', '$', '?', '!!', '*']),
    () => r.pick(['Tr0ub4dor', 'P@ssw0rd', 'S3cur3', 'Adm1n', 'R3d-Panda', 'Bl4ckB1rd']) + r.pick(['&', '#', '_', '.']) + r.int(10, 999),
    () => [r.pick(['correct', 'purple', 'river', 'lantern', 'copper', 'maple', 'glacier', 'orbit']), r.pick(['horse', 'monkey', 'table', 'violin', 'cactus', 'rocket', 'pebble']), r.pick(['battery', 'staple', 'garden', 'thunder', 'window', 'candle'])].join(r.pick(['-', '.', '_'])) + r.int(1, 99),
    () => r.str(ALNUM_LU + '!#%&*+-=?@^_', r.int(14, 28)),
    () => r.str(ALNUM_LU, r.int(16, 32)),
  ])(),
  hexSecret: (r, n = 64) => r.str(HEX, n),
  b64Secret: (r, n = 44) => Buffer.from(r.bytes(Math.floor(n * 3 / 4))).toString('base64'),
};
function pem(r, kind) {
  let head, bytes, width = 64;
  if (kind === 'RSA') { head = 'RSA PRIVATE KEY'; bytes = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]); }
  else if (kind === 'EC') { head = 'EC PRIVATE KEY'; bytes = Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]); }
  else if (kind === 'OPENSSH') { head = 'OPENSSH PRIVATE KEY'; width = 70; bytes = Buffer.concat([Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed25519\0\0\0\x20', 'latin1'), r.bytes(330)]); }
  else { head = 'PRIVATE KEY'; bytes = Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 'hex'), r.bytes(1160)]); }
  const b = bytes.toString('base64');
  const lines = []; for (let i = 0; i < b.length; i += width) lines.push(b.slice(i, i + width));
  return `-----BEGIN ${head}-----\n${lines.join('\n')}\n-----END ${head}-----`;
}
function pubPem(r, kind) {
  let head, bytes;
  if (kind === 'PUB') { head = 'PUBLIC KEY'; bytes = Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), r.bytes(256), Buffer.from('0203010001', 'hex')]); }
  else { head = 'CERTIFICATE'; bytes = Buffer.concat([Buffer.from('308203', 'hex'), r.bytes(1), Buffer.from('308202', 'hex'), r.bytes(700)]); }
  const b = bytes.toString('base64');
  const lines = []; for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  return `-----BEGIN ${head}-----\n${lines.join('\n')}\n-----END ${head}-----`;
}
const sshRsaPub = (r) => 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ' + r.str(B64, 511) + '=';
const sshEdPub = (r) => 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + r.str(B64, 43);

// ================================================================ SECRET CONTEXT WRAPPERS
// Generic wrappers render `name = value` in one syntax. Dev and test use disjoint wrapper sets.
const WRAP = {
  dev: [
    (n, v) => `${UPN(n)}=${v}`,
    (n, v, r) => `# ${r.pick(SVC)} local overrides\n${UPN(n)}="${v}"\nLOG_LEVEL=debug`,
    (n, v) => `${snake(n)}: ${v}`,
    (n, v, r) => `${r.pick(SVC)}:\n  enabled: true\n  ${snake(n)}: "${v}"\n  timeout: 30s`,
    (n, v, r) => `{"${camel(n)}": "${v}", "region": "${r.pick(REGIONS)}"}`,
    (n, v) => `${snake(n)} = "${v}"`,
    (n, v) => `const ${camel(n)} = '${v}';`,
    (n, v) => `$ export ${UPN(n)}=${v}`,
    (n, v, r) => `    environment:\n      - ${UPN(n)}=${v}\n      - NODE_ENV=${r.pick(['production', 'staging'])}`,
    (n, v, r) => `[${isoTs(r)}Z] INFO  config loaded: ${snake(n)}=${v} retries=3`,
    (n, v, r) => `${r.pick(['hey', 'yo', 'hi'])} can you try with ${v} ? that's the ${words(n)} for staging`,
    (n, v) => `settings.${UPN(n)} = "${v}"  # TODO move to vault`,
  ],
  test: [
    (n, v, r) => `[${r.pick(['default', 'production', 'service', 'auth'])}]\n${snake(n)} = "${v}"`,
    (n, v, r) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(SVC)}-env\ntype: Opaque\nstringData:\n  ${UPN(n)}: "${v}"`,
    (n, v) => `        - name: ${UPN(n)}\n          value: "${v}"`,
    (n, v) => `os.Setenv("${UPN(n)}", "${v}")`,
    (n, v) => `cfg := Config{${pascal(n)}: "${v}", Timeout: 10 * time.Second}`,
    (n, v, r) => `${r.pick(['app', 'spring', 'integration'])}.${dotted(n)}=${v}`,
    (n, v, r) => `resource "${r.pick(['datadog_monitor', 'null_resource', 'vault_generic_secret', 'kubernetes_secret'])}" "main" {\n  ${snake(n)} = "${v}"\n}`,
    (n, v) => `ENV ${UPN(n)}=${v}`,
    (n, v) => `PS C:\\Users\\build> $env:${UPN(n)} = "${v}"`,
    (n, v) => `+    ${snake(n)}: ${v}`,
    (n, v) => `os.environ["${UPN(n)}"] = "${v}"`,
    (n, v) => `config.${snake(n)} = "${v}"`,
    (n, v) => `Hi all,\nthe ${words(n)} for the vendor sandbox is ${v}\nplease don't forward this.`,
    (n, v, r) => `${isoTs(r)}.${r.digits(7)}Z ${UPN(n)}: ${v}`,
  ],
};
function wrapGeneric(split, r, names, value) {
  return r.pick(WRAP[split])(r.pick(names), value, r);
}

// ================================================================ SECRET POSITIVE FAMILIES
// Each family: names{dev,test} (word arrays for generic wrappers), gen(r)->marked value,
// special{dev,test}: templates (r) -> marked text.
const N = (s) => s.split(' ');
export const SEC_FAMILIES = [
  {
    family: 'aws_access_key_pair',
    names: { dev: [N('aws access key id')], test: [N('aws access key')] },
    gen: (r) => M('aws_access_key_id', G.awsKeyId(r)),
    special: {
      dev: [
        (r) => `[default]\naws_access_key_id = ${M('aws_access_key_id', G.awsKeyId(r))}\naws_secret_access_key = ${M('aws_secret_access_key', G.awsSecret(r))}\nregion = ${r.pick(REGIONS)}`,
        (r) => `AWS_ACCESS_KEY_ID=${M('aws_access_key_id', G.awsKeyId(r))}\nAWS_SECRET_ACCESS_KEY=${M('aws_secret_access_key', G.awsSecret(r))}`,
        (r) => `const s3 = new S3Client({ region: "${r.pick(REGIONS)}", credentials: { accessKeyId: "${M('aws_access_key_id', G.awsKeyId(r))}", secretAccessKey: "${M('aws_secret_access_key', G.awsSecret(r))}" } });`,
        (r) => `boto3.client("s3", aws_access_key_id="${M('aws_access_key_id', G.awsKeyId(r))}", aws_secret_access_key="${M('aws_secret_access_key', G.awsSecret(r))}")`,
      ],
      test: [
        (r) => `$ aws configure\nAWS Access Key ID [None]: ${M('aws_access_key_id', G.awsKeyId(r))}\nAWS Secret Access Key [None]: ${M('aws_secret_access_key', G.awsSecret(r))}\nDefault region name [None]: ${r.pick(REGIONS)}`,
        (r) => `      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${M('aws_access_key_id', G.awsKeyId(r))}\n          aws-secret-access-key: ${M('aws_secret_access_key', G.awsSecret(r))}`,
        (r) => `provider "aws" {\n  region     = "${r.pick(REGIONS)}"\n  access_key = "${M('aws_access_key_id', G.awsKeyId(r))}"\n  secret_key = "${M('aws_secret_access_key', G.awsSecret(r))}"\n}`,
        (r) => `AmazonS3 s3 = AmazonS3ClientBuilder.standard().withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("${M('aws_access_key_id', G.awsKeyId(r))}", "${M('aws_secret_access_key', G.awsSecret(r))}"))).build();`,
      ],
    },
  },
  {
    family: 'aws_access_key_id',
    names: { dev: [N('aws access key id'), N('access key id'), N('s3 access key')], test: [N('aws key id'), N('aws access key'), N('backup s3 key')] },
    gen: (r) => M('aws_access_key_id', G.awsKeyId(r)),
    special: {
      dev: [(r) => `botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records. (key: ${M('aws_access_key_id', G.awsKeyId(r))})`],
      test: [(r) => `User: ${M('aws_access_key_id', G.awsKeyId(r))} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::${r.pick(SVC)}-exports/2026/report.csv`],
    },
  },
  {
    family: 'aws_secret_access_key',
    names: { dev: [N('aws secret access key'), N('secret access key'), N('aws secret')], test: [N('aws secret key'), N('s3 secret key'), N('secret key')] },
    gen: (r) => M('aws_secret_access_key', G.awsSecret(r)),
    special: { dev: [], test: [] },
  },
  {
    family: 'aws_session_credentials',
    names: { dev: [N('aws session token')], test: [N('aws security token')] },
    gen: (r) => M('aws_session_token', G.awsSession(r)),
    special: {
      dev: [(r) => `{\n    "Credentials": {\n        "AccessKeyId": "${M('aws_access_key_id', G.awsKeyId(r, 'ASIA'))}",\n        "SecretAccessKey": "${M('aws_secret_access_key', G.awsSecret(r))}",\n        "SessionToken": "${M('aws_session_token', G.awsSession(r))}",\n        "Expiration": "${isoTs(r)}+00:00"\n    }\n}`],
      test: [(r) => `export AWS_ACCESS_KEY_ID=${M('aws_access_key_id', G.awsKeyId(r, 'ASIA'))}\nexport AWS_SECRET_ACCESS_KEY=${M('aws_secret_access_key', G.awsSecret(r))}\nexport AWS_SESSION_TOKEN=${M('aws_session_token', G.awsSession(r))}`],
    },
  },
  {
    family: 'gcp_service_account',
    names: { dev: [], test: [] },
    gen: null,
    special: {
      dev: [(r) => { const proj = r.pick(['acme-prod', 'data-lake-4821', 'ml-training-eu', 'crm-sync-prod']); const k = pem(r, 'PKCS8').replace(/\n/g, '\\n') + '\\n'; return `{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${r.str(HEX, 40)}",\n  "private_key": "${M('gcp_private_key', k)}",\n  "client_email": "${r.pick(SVC)}@${proj}.iam.gserviceaccount.com",\n  "client_id": "${r.digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`; }],
      test: [
        (r) => { const proj = r.pick(['billing-prod-7731', 'analytics-eu', 'vision-pipeline', 'ops-tools-1120']); const k = pem(r, 'PKCS8').replace(/\n/g, '\\n') + '\\n'; return `GOOGLE_CREDENTIALS='{"type":"service_account","project_id":"${proj}","private_key_id":"${r.str(HEX, 40)}","private_key":"${M('gcp_private_key', k)}","client_email":"deployer@${proj}.iam.gserviceaccount.com"}'`; },
        (r) => { const proj = r.pick(['billing-prod-7731', 'analytics-eu']); const k = pem(r, 'PKCS8').replace(/\n/g, '\\n') + '\\n'; return `creds = service_account.Credentials.from_service_account_info({"type": "service_account", "project_id": "${proj}", "private_key": "${M('gcp_private_key', k)}", "client_email": "etl@${proj}.iam.gserviceaccount.com"})`; },
      ],
    },
  },
  {
    family: 'gcp_api_key',
    names: { dev: [N('google api key'), N('maps api key'), N('gcp api key')], test: [N('firebase api key'), N('google maps key'), N('youtube api key')] },
    gen: (r) => M('gcp_api_key', G.gcpKey(r)),
    special: {
      dev: [(r) => `curl "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=${M('gcp_api_key', G.gcpKey(r))}"`],
      test: [(r) => `GET /youtube/v3/search?part=snippet&q=kubernetes&key=${M('gcp_api_key', G.gcpKey(r))} HTTP/1.1" 403 512`],
    },
  },
  {
    family: 'azure_storage_connection_string',
    names: { dev: [N('azure storage connection string')], test: [N('storage connection')] },
    gen: (r) => `DefaultEndpointsProtocol=https;AccountName=${r.pick(['acmeprodlogs', 'stbackup01', 'mediastoreeu', 'datalakeraw'])};AccountKey=${M('azure_storage_key', G.azureKey(r))};EndpointSuffix=core.windows.net`,
    special: {
      dev: [(r) => `"ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=${r.pick(['acmeprodlogs', 'stbackup01'])};AccountKey=${M('azure_storage_key', G.azureKey(r))};EndpointSuffix=core.windows.net" }`],
      test: [(r) => `az storage blob upload --account-name ${r.pick(['mediastoreeu', 'datalakeraw'])} --account-key ${M('azure_storage_key', G.azureKey(r))} --container-name exports --file out.parquet`],
    },
  },
  {
    family: 'azure_sas',
    names: { dev: [], test: [] },
    gen: null,
    special: {
      dev: [(r) => `BLOB_URL=https://${r.pick(['acmeprodlogs', 'stbackup01'])}.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${M('azure_sas_signature', G.azureSig(r))}`],
      test: [(r) => `azcopy copy ./dump "https://${r.pick(['mediastoreeu', 'datalakeraw'])}.blob.core.windows.net/backups?sp=racwdl&st=2026-04-01T08:00:00Z&se=2026-12-31T17:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${M('azure_sas_signature', G.azureSig(r))}" --recursive`],
    },
  },
  {
    family: 'github_token',
    names: { dev: [N('github token'), N('gh token'), N('git token')], test: [N('github pat'), N('gh pat'), N('repo token')] },
    gen: (r) => M('github_token', G.ghClassic(r, r.pick(['ghp_', 'ghp_', 'gho_', 'ghs_', 'ghu_']))),
    special: {
      dev: [(r) => `git clone https://${M('github_token', G.ghClassic(r, 'ghp_'))}@github.com/${r.pick(['acme', 'northwind'])}/${r.pick(SVC)}.git`],
      test: [(r) => `remote: Invalid username or password.\nfatal: Authentication failed for 'https://x-access-token:${M('github_token', G.ghClassic(r, 'ghs_'))}@github.com/acme/infra.git/'`],
    },
  },
  {
    family: 'github_fine_grained_pat',
    names: { dev: [N('github token'), N('gh pat')], test: [N('github access token'), N('gh release token')] },
    gen: (r) => M('github_token', G.ghFine(r)),
    special: {
      dev: [(r) => `curl -H "Authorization: Bearer ${M('github_token', G.ghFine(r))}" https://api.github.com/repos/acme/${r.pick(SVC)}/releases`],
      test: [(r) => `echo ${M('github_token', G.ghFine(r))} | gh auth login --with-token`],
    },
  },
  {
    family: 'gitlab_pat',
    names: { dev: [N('gitlab token'), N('ci job token')], test: [N('gitlab private token'), N('gl token')] },
    gen: (r) => M('gitlab_token', G.glpat(r)),
    special: {
      dev: [(r) => `curl --header "PRIVATE-TOKEN: ${M('gitlab_token', G.glpat(r))}" "https://gitlab.example.com/api/v4/projects/${r.int(10, 999)}/pipelines"`],
      test: [(r) => `git remote set-url origin https://oauth2:${M('gitlab_token', G.glpat(r))}@gitlab.com/acme/${r.pick(SVC)}.git`],
    },
  },
  {
    family: 'slack_token',
    names: { dev: [N('slack bot token'), N('slack token')], test: [N('slack api token'), N('slack user token')] },
    gen: (r) => M('slack_token', r.chance(0.6) ? G.slackBot(r) : G.slackUser(r)),
    special: {
      dev: [(r) => `client = WebClient(token="${M('slack_token', G.slackBot(r))}")`],
      test: [(r) => `curl -X POST -H 'Authorization: Bearer ${M('slack_token', G.slackUser(r))}' -d 'channel=C0${r.str(UPC + DIG, 8)}' https://slack.com/api/chat.postMessage`],
    },
  },
  {
    family: 'slack_webhook',
    names: { dev: [N('slack webhook url'), N('alert webhook')], test: [N('slack hook'), N('notify webhook url')] },
    gen: (r) => M('slack_webhook', G.slackHook(r)),
    special: {
      dev: [(r) => `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy finished"}' ${M('slack_webhook', G.slackHook(r))}`],
      test: [(r) => `requests.post("${M('slack_webhook', G.slackHook(r))}", json={"text": f"backup failed on {host}"})`],
    },
  },
  {
    family: 'stripe_secret_key',
    names: { dev: [N('stripe secret key'), N('stripe api key')], test: [N('stripe key'), N('payments secret')] },
    gen: (r) => M('stripe_key', G.stripe(r, r.pick(['sk_live_', 'sk_live_', 'rk_live_']))),
    special: {
      dev: [(r) => `curl https://api.stripe.com/v1/charges -u ${M('stripe_key', G.stripe(r, 'sk_live_'))}: -d amount=2000 -d currency=eur`],
      test: [(r) => `Stripe::StripeError (Invalid API Key provided: ${M('stripe_key', G.stripe(r, 'rk_live_'))})`, (r) => `STRIPE_WEBHOOK_SECRET=${M('stripe_webhook_secret', G.stripeWh(r))}`],
    },
  },
  {
    family: 'openai_key',
    names: { dev: [N('openai api key'), N('llm api key')], test: [N('openai key'), N('gpt api key')] },
    gen: (r) => M('openai_key', G.openai(r)),
    special: {
      dev: [(r) => `client = OpenAI(api_key="${M('openai_key', G.openai(r))}")`],
      test: [(r) => `curl https://api.openai.com/v1/chat/completions -H "Authorization: Bearer ${M('openai_key', G.openai(r))}" -d @req.json`],
    },
  },
  {
    family: 'anthropic_key',
    names: { dev: [N('anthropic api key'), N('claude api key')], test: [N('anthropic key'), N('llm provider key')] },
    gen: (r) => M('anthropic_key', G.anthropic(r)),
    special: {
      dev: [(r) => `const anthropic = new Anthropic({ apiKey: "${M('anthropic_key', G.anthropic(r))}" });`],
      test: [(r) => `curl https://api.anthropic.com/v1/messages -H "x-api-key: ${M('anthropic_key', G.anthropic(r))}" -H "anthropic-version: 2023-06-01"`],
    },
  },
  {
    family: 'huggingface_token',
    names: { dev: [N('hf token'), N('hugging face token')], test: [N('huggingface hub token'), N('hf api token')] },
    gen: (r) => M('huggingface_token', G.hf(r)),
    special: {
      dev: [(r) => `$ huggingface-cli login --token ${M('huggingface_token', G.hf(r))}`],
      test: [(r) => `model = AutoModel.from_pretrained("acme/private-ner", token="${M('huggingface_token', G.hf(r))}")`],
    },
  },
  {
    family: 'npm_token',
    names: { dev: [N('npm token'), N('npm auth token')], test: [N('npm publish token'), N('node auth token')] },
    gen: (r) => M('npm_token', G.npm(r)),
    special: {
      dev: [(r) => `//registry.npmjs.org/:_authToken=${M('npm_token', G.npm(r))}`],
      test: [(r) => `echo "//registry.npmjs.org/:_authToken=${M('npm_token', G.npm(r))}" > ~/.npmrc && npm publish --access public`],
    },
  },
  {
    family: 'pypi_token',
    names: { dev: [N('pypi token'), N('twine password')], test: [N('pypi api token'), N('pypi password')] },
    gen: (r) => M('pypi_token', G.pypi(r)),
    special: {
      dev: [(r) => `[pypi]\n  username = __token__\n  password = ${M('pypi_token', G.pypi(r))}`],
      test: [(r) => `twine upload -u __token__ -p ${M('pypi_token', G.pypi(r))} dist/*`],
    },
  },
  {
    family: 'twilio',
    names: { dev: [N('twilio auth token')], test: [N('twilio token')] },
    gen: (r) => M('twilio_auth_token', G.twilioToken(r)),
    special: {
      dev: [
        (r) => `TWILIO_ACCOUNT_SID=${G.twilioSid(r, 'AC')}\nTWILIO_AUTH_TOKEN=${M('twilio_auth_token', G.twilioToken(r))}`,
        (r) => `client = Client("${M('twilio_api_key', G.twilioSid(r, 'SK'))}", "${M('twilio_api_secret', G.twilioSecret(r))}", "${G.twilioSid(r, 'AC')}")`,
      ],
      test: [
        (r) => { const a = G.twilioSid(r, 'AC'); return `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${a}/Messages.json -u ${a}:${M('twilio_auth_token', G.twilioToken(r))} --data-urlencode "Body=Your code is ${r.digits(6)}"`; },
        (r) => `twilio:\n  api_key: ${M('twilio_api_key', G.twilioSid(r, 'SK'))}\n  api_secret: ${M('twilio_api_secret', G.twilioSecret(r))}`,
      ],
    },
  },
  {
    family: 'sendgrid_key',
    names: { dev: [N('sendgrid api key'), N('smtp password')], test: [N('sendgrid key'), N('mail api key')] },
    gen: (r) => M('sendgrid_key', G.sendgrid(r)),
    special: {
      dev: [(r) => `sg = SendGridAPIClient("${M('sendgrid_key', G.sendgrid(r))}")`],
      test: [(r) => `spring.mail.host=smtp.sendgrid.net\nspring.mail.username=apikey\nspring.mail.password=${M('sendgrid_key', G.sendgrid(r))}`],
    },
  },
  {
    family: 'shopify_token',
    names: { dev: [N('shopify access token'), N('shopify admin token')], test: [N('shopify token'), N('shopify api secret')] },
    gen: (r) => M('shopify_token', G.shopify(r, r.pick(['shpat_', 'shpat_', 'shpss_', 'shpca_', 'shppa_']))),
    special: {
      dev: [(r) => `curl -H "X-Shopify-Access-Token: ${M('shopify_token', G.shopify(r, 'shpat_'))}" https://${r.pick(['acme-store', 'nordic-goods'])}.myshopify.com/admin/api/2025-01/orders.json`],
      test: [(r) => `session = shopify.Session("${r.pick(['acme-store', 'nordic-goods'])}.myshopify.com", "2025-01", "${M('shopify_token', G.shopify(r, 'shpat_'))}")`],
    },
  },
  {
    family: 'atlassian_token',
    names: { dev: [N('jira api token'), N('atlassian token')], test: [N('confluence api token'), N('jira token')] },
    gen: (r) => M('atlassian_token', G.atlassian(r)),
    special: {
      dev: [(r) => `curl -u ${r.pick(['jdoe', 'ops', 'release-bot'])}@acme.io:${M('atlassian_token', G.atlassian(r))} https://acme.atlassian.net/rest/api/3/issue/OPS-${r.int(10, 9999)}`],
      test: [(r) => `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("bot@acme.io", "${M('atlassian_token', G.atlassian(r))}"))`],
    },
  },
  {
    family: 'datadog_key',
    names: { dev: [N('dd api key'), N('datadog api key')], test: [N('datadog app key'), N('dd app key')] },
    gen: (r) => M('datadog_key', r.chance(0.5) ? G.ddApi(r) : G.ddApp(r)),
    special: {
      dev: [(r) => `docker run -d --name dd-agent -e DD_API_KEY=${M('datadog_key', G.ddApi(r))} -e DD_SITE="datadoghq.eu" gcr.io/datadoghq/agent:7`],
      test: [(r) => `curl -X GET "https://api.datadoghq.com/api/v1/monitor" -H "DD-API-KEY: ${M('datadog_key', G.ddApi(r))}" -H "DD-APPLICATION-KEY: ${M('datadog_key', G.ddApp(r))}"`],
    },
  },
  {
    family: 'jwt',
    names: { dev: [N('access token'), N('auth token')], test: [N('bearer token'), N('id token')] },
    gen: (r) => M('jwt', G.jwt(r)),
    special: {
      dev: [
        (r) => `curl -H "Authorization: Bearer ${M('jwt', G.jwt(r))}" https://api.${r.pick(['acme.io', 'internal.northwind.dev'])}/v2/orders`,
        (r) => `${isoTs(r)} WARN auth: token expired for request GET /api/me token=${M('jwt', G.jwt(r))}`,
      ],
      test: [
        (r) => `Cookie: session=${M('jwt', G.jwt(r, 'HS256'))}; theme=dark; lang=de`,
        (r) => `localStorage.setItem("id_token", "${M('jwt', G.jwt(r))}");`,
      ],
    },
  },
  {
    family: 'private_key_pem',
    names: { dev: [], test: [] },
    gen: null,
    special: {
      dev: [
        (r) => M('private_key', pem(r, 'RSA')),
        (r) => `deploy_key: |\n  ${M('private_key', pem(r, r.pick(['OPENSSH', 'EC'])).split('\n').join('\n  '))}\nknown_hosts: github.com`,
        (r) => `$ cat ~/.ssh/id_ed25519\n${M('private_key', pem(r, 'OPENSSH'))}`,
      ],
      test: [
        (r) => `tls.key: |\n${M('private_key', pem(r, r.pick(['RSA', 'PKCS8'])))}`,
        (r) => `SSH_PRIVATE_KEY="${M('private_key', pem(r, 'OPENSSH'))}"`,
        (r) => `cat > /etc/nginx/ssl/server.key <<'EOF'\n${M('private_key', pem(r, 'EC'))}\nEOF`,
      ],
    },
  },
  {
    family: 'database_url',
    names: { dev: [N('database url'), N('db url')], test: [N('sqlalchemy database uri'), N('mongo uri')] },
    gen: null,
    special: {
      dev: [
        (r) => `DATABASE_URL=postgres://${r.pick(USERS)}:${M('password', G.humanPw(r).replace(/[@/:?#%]/g, 'x'))}@${r.pick(HOSTS)}:5432/${r.pick(SVC).replace('-', '_')}`,
        (r) => `MONGO_URI=mongodb+srv://${r.pick(USERS)}:${M('password', r.str(ALNUM_LU, 16))}@${r.pick(HOSTS)}/prod?retryWrites=true&w=majority`,
        (r) => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed\n[SQL: SELECT 1] (engine url: postgresql://${r.pick(USERS)}:${M('password', G.humanPw(r).replace(/[@/:?#%]/g, 'x'))}@${r.pick(HOSTS)}/app)`,
        (r) => `    url: jdbc:mysql://${r.pick(HOSTS)}:3306/shop?user=${r.pick(USERS)}&password=${M('password', r.str(ALNUM_LU, 18))}`,
      ],
      test: [
        (r) => `SQLALCHEMY_DATABASE_URI = "mysql+pymysql://${r.pick(USERS)}:${M('password', G.humanPw(r).replace(/[@/:?#%]/g, 'x'))}@${r.pick(HOSTS)}:3306/crm"`,
        (r) => `REDIS_URL: redis://:${M('password', r.str(ALNUM_LU, 24))}@${r.pick(HOSTS)}:6379/0`,
        (r) => `amqp://${r.pick(USERS)}:${M('password', r.str(ALNUM_LU, 20))}@${r.pick(HOSTS)}:5672/%2F`,
        (r) => `Server=${r.pick(HOSTS)};Database=Orders;User Id=${r.pick(USERS)};Password=${M('password', G.humanPw(r).replace(/[;=]/g, 'x'))};TrustServerCertificate=True`,
      ],
    },
  },
  {
    family: 'generic_password',
    names: { dev: [N('db password'), N('postgres password'), N('smtp password'), N('admin password')], test: [N('mysql root password'), N('ldap bind password'), N('keystore password'), N('redis password')] },
    gen: (r) => M('password', G.humanPw(r)),
    special: {
      dev: [
        (r) => `$ mysql -u root -p'${M('password', G.humanPw(r).replace(/'/g, ''))}' -h ${r.pick(HOSTS)} shop < dump.sql`,
        (r) => `$ PGPASSWORD=${M('password', r.str(ALNUM_LU, 20))} psql -h ${r.pick(HOSTS)} -U ${r.pick(USERS)} -d reporting`,
        (r) => `the wifi password for the office guest network is ${M('password', G.humanPw(r))} btw`,
      ],
      test: [
        (r) => `sshpass -p '${M('password', G.humanPw(r).replace(/'/g, ''))}' ssh ${r.pick(USERS)}@${r.pick(HOSTS)}`,
        (r) => `docker login registry.acme.io -u ${r.pick(USERS)} -p ${M('password', r.str(ALNUM_LU, 22))}`,
        (r) => `new login for the vendor portal: user ${r.pick(['acme-ops', 'finance01', 'j.meyer'])} / pw ${M('password', G.humanPw(r))}`,
      ],
    },
  },
  {
    family: 'generic_secret',
    names: { dev: [N('client secret'), N('api token'), N('jwt secret'), N('secret key'), N('session secret')], test: [N('oauth client secret'), N('signing secret'), N('encryption key'), N('app secret'), N('hmac secret')] },
    gen: (r) => M('secret', r.pick([() => G.hexSecret(r, r.pick([32, 40, 64])), () => G.b64Secret(r, 44), () => r.str(ALNUM_LU, r.int(24, 48))])()),
    special: {
      dev: [
        (r) => `SECRET_KEY = '${M('secret', 'django-insecure-' + r.str(LOW + DIG + '!@#$%^&*(-_=+)', 50))}'`,
        (r) => `${isoTs(r)}Z DEBUG http.client GET https://api.${r.pick(['weatherdata.io', 'geo-lookup.net', 'fx-rates.com'])}/v2/quote?symbol=EURUSD&api_key=${M('secret', G.hexSecret(r, 32))} -> 200`,
        (r) => `{"level":"error","msg":"upstream rejected request","headers":{"X-Api-Key":"${M('secret', r.str(ALNUM_LU, 40))}","Accept":"application/json"},"request_id":"${uuid(r)}"}`,
      ],
      test: [
        (r) => `Authorization: Basic ${M('basic_auth', G.basic(r))}`,
        (r) => `wget -q "https://feeds.${r.pick(['partner-data.com', 'vendor.io'])}/export.csv?token=${M('secret', r.str(B64URL, 43))}" -O /tmp/export.csv`,
        (r) => `E   requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.${r.pick(['billing-partner.com', 'crm.example.net'])}/v1/accounts?access_token=${M('secret', G.hexSecret(r, 40))}`,
      ],
    },
  },
];

// ================================================================ SECRET NEGATIVES
const PLACEHOLDERS = ['<your-api-key>', 'YOUR_API_KEY_HERE', 'xxxxxxxxxxxxxxxxxxxx', 'changeme', '********', 'REDACTED', '<redacted>', 'sk-...', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAXXXXXXXXXXXXXXXX', 'TODO', 'dummy', 'replace-me', '<token>', '{{API_KEY}}', 'your-secret-here', 'insert_key_here', 'none', '""', 'null', '...'];
const ENVREFS = ['${DB_PASSWORD}', '${{ secrets.NPM_TOKEN }}', '{{ .Values.db.password }}', '$(cat /run/secrets/api_key)', '%(ENV_PASS)s', '${env:API_KEY}', '$GITHUB_TOKEN', '{{ vault "secret/data/app#token" }}', '${SLACK_WEBHOOK_URL}', '!Ref DbPasswordParam', '<%= ENV["STRIPE_KEY"] %>', '${var.db_password}', '#{ENV.fetch("SECRET_KEY_BASE")}', '@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-pass/)'];
const SECRETY_NAMES = {
  dev: [N('db password'), N('api key'), N('github token'), N('stripe secret key'), N('aws secret access key'), N('openai api key'), N('slack webhook url'), N('client secret'), N('smtp password')],
  test: [N('mysql root password'), N('gitlab token'), N('sendgrid key'), N('anthropic key'), N('hmac secret'), N('jira api token'), N('redis password'), N('npm token'), N('datadog app key')],
};
const DOC_EXAMPLES = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'xoxb-not-a-real-token-this-will-not-work', 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AKIAI44QH8DHBEXAMPLE', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'];

const DOC_PAIRS = [[N('aws access key id'), DOC_EXAMPLES[0]], [N('aws secret access key'), DOC_EXAMPLES[1]], [N('access token'), DOC_EXAMPLES[2]], [N('stripe secret key'), DOC_EXAMPLES[3]], [N('slack bot token'), DOC_EXAMPLES[4]], [N('twilio account sid'), DOC_EXAMPLES[5]], [N('aws access key id'), DOC_EXAMPLES[6]], [N('aws secret access key'), DOC_EXAMPLES[7]], [N('slack webhook url'), DOC_EXAMPLES[8]]];
function docGeneric(split, r) { const [n, v] = r.pick(DOC_PAIRS); return r.pick(WRAP[split])(n, v, r); }
function negGeneric(split, r, valueFn) { return wrapGeneric(split, r, SECRETY_NAMES[split], valueFn(r)); }
const ssha = (r) => r.str(HEX, 40);
const sha256 = (r) => r.str(HEX, 64);
const uuid = (r) => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

const SEC_NEG = {
  placeholder: {
    dev: [(r) => negGeneric('dev', r, () => r.pick(PLACEHOLDERS)), (r) => `# Set your key before running:\n# ${r.pick(['export OPENAI_API_KEY=sk-...', 'export GITHUB_TOKEN=ghp_...', 'STRIPE_SECRET_KEY=sk_live_...'])}`],
    test: [(r) => negGeneric('test', r, () => r.pick(PLACEHOLDERS)), (r) => `| \`${r.pick(['API_KEY', 'SENTRY_DSN', 'DB_PASSWORD', 'HF_TOKEN'])}\` | yes | ${r.pick(['<your-key>', '`xxxx`', 'set in CI', '(empty)'])} | Credential used by the worker |`],
  },
  env_reference: {
    dev: [(r) => negGeneric('dev', r, () => r.pick(ENVREFS)), (r) => `      - name: Publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.${r.pick(['NPM_TOKEN', 'PUBLISH_TOKEN'])} }}`],
    test: [(r) => negGeneric('test', r, () => r.pick(ENVREFS)), (r) => `password = ENV.fetch("${r.pick(['DB_PASSWORD', 'PGPASSWORD', 'REDIS_PASSWORD'])}") { raise "missing" }`],
  },
  code_env_lookup: {
    dev: [(r) => r.pick([`token = os.environ["${r.pick(['GITHUB_TOKEN', 'HF_TOKEN', 'SLACK_BOT_TOKEN'])}"]`, `const apiKey = process.env.${r.pick(['OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY'])} ?? "";`, `api_key = os.getenv("ANTHROPIC_API_KEY", default=None)`, `secret = settings.get("jwt_secret")  # loaded from vault at boot`, `password = keyring.get_password("${r.pick(SVC)}", username)`, `const { SecretString } = await sm.send(new GetSecretValueCommand({ SecretId: "${r.pick(SVC)}/prod" }));`, `db_password = getpass.getpass("Database password: ")`, `client = OpenAI()  # reads OPENAI_API_KEY from the environment`])],
    test: [(r) => r.pick([`token := os.Getenv("${r.pick(['GITLAB_TOKEN', 'DD_API_KEY', 'NPM_TOKEN'])}")`, `String password = System.getenv("DB_PASSWORD");`, `let key = std::env::var("AWS_SECRET_ACCESS_KEY").expect("key not set");`, `$password = getenv('MAIL_PASSWORD') ?: throw new RuntimeException('no password');`, `var apiKey = builder.Configuration["${r.pick(['SendGrid:ApiKey', 'Stripe:SecretKey', 'Jira:Token'])}"];`, `token = Rails.application.credentials.dig(:${r.pick(['github', 'slack', 'stripe'])}, :token)`, `@Value("\${app.jwt.secret}") private String jwtSecret;`, `read -s -p "API token: " API_TOKEN && export API_TOKEN`])],
  },
  documented_example: {
    dev: [(r) => r.pick([`aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, `# Example from the docs: Authorization: Bearer ${DOC_EXAMPLES[2]}`, `Stripe.api_key = "${DOC_EXAMPLES[3]}"  # test key from the Stripe docs`, `SLACK_WEBHOOK=${DOC_EXAMPLES[8]}`]), (r) => docGeneric('dev', r)],
    test: [(r) => r.pick([`$ export AWS_ACCESS_KEY_ID=${DOC_EXAMPLES[6]}\n$ export AWS_SECRET_ACCESS_KEY=${DOC_EXAMPLES[7]}`, `slack_token: "${DOC_EXAMPLES[4]}"`, `TWILIO_ACCOUNT_SID=${DOC_EXAMPLES[5]}`, `paste a token like ${DOC_EXAMPLES[2]} into the debugger`]), (r) => docGeneric('test', r)],
  },
  masked_secret: {
    dev: [(r) => r.pick([`[${isoTs(r)}] using access key AKIA****************`, `token=ghp_****${r.str(B62, 4)}`, `OPENAI_API_KEY=sk-...${r.str(B62, 4)}`, `Authorization: Bearer ***`, `password: "********"`])],
    test: [(r) => r.pick([`Run echo "token=***"\ntoken=***`, `api_key: sk-proj-...${r.str(B62, 4)} (created ${isoTs(r).slice(0, 10)})`, `STRIPE_SECRET_KEY=sk_live_••••••••${r.str(B62, 4)}`, `INFO Loaded credentials for ${r.pick(SVC)} (key id ending …${r.str(UPC + DIG, 4)})`])],
  },
  password_field_names: {
    dev: [(r) => r.pick([`  password_hash VARCHAR(255) NOT NULL,`, `password_reset_url: https://${r.pick(['app.acme.io', 'portal.northwind.dev'])}/account/reset`, `PASSWORD_MIN_LENGTH=${r.int(8, 16)}`, `user.password_changed_at = datetime.utcnow()`, `<input type="password" name="password" id="password" autocomplete="current-password" placeholder="Password">`, `forgot_password_enabled: true`, `TOKEN_EXPIRY_MINUTES=${r.int(5, 120)}`, `api_key_rotation_days: ${r.int(30, 180)}`, `SESSION_COOKIE_SECURE=true`, `jwt:\n  issuer: https://auth.acme.io\n  audience: api\n  algorithm: RS256`, `"requirePasswordChange": ${r.pick(['true', 'false'])},`])],
    test: [(r) => r.pick([`ALTER TABLE users ADD COLUMN password_salt BYTEA;`, `"password_expiry_days": ${r.int(30, 365)},`, `<label for="new-password">New password</label>`, `@PostMapping("/api/password/reset") public ResponseEntity<Void> resetPassword(@RequestBody ResetRequest req) {`, `token_ttl_seconds: ${r.int(60, 86400)}`, `password_policy:\n  min_length: ${r.int(10, 16)}\n  require_symbols: true`, `secret_rotation_enabled = true`, `max_failed_password_attempts = ${r.int(3, 10)}`, `[auth]\ntoken_header = "X-Api-Key"`, `CREATE INDEX idx_api_tokens_user ON api_tokens(user_id);`])],
  },
  hashing_code: {
    dev: [(r) => r.pick([`hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))`, `if (!crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) return res.status(401).end();`, `const ok = await argon2.verify(user.passwordHash, req.body.password);`, `key = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000).derive(password)`, `const token = crypto.randomBytes(32).toString("hex");`, `secret = secrets.token_urlsafe(32)`])],
    test: [(r) => r.pick([`func checkPassword(hash, pw string) bool { return bcrypt.CompareHashAndPassword([]byte(hash), []byte(pw)) == nil }`, `mac = hmac.new(secret, body, hashlib.sha256).hexdigest()`, `BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);`, `openssl rand -base64 32 > /run/secrets/session_key`, `let hash = argon2.hash_password(password.as_bytes(), &salt)?;`, `$hash = password_hash($password, PASSWORD_ARGON2ID);`, `sig := hmac.New(sha256.New, []byte(signingKey))`, `const derived = await scrypt(password, salt, 64);`, `Mac mac = Mac.getInstance("HmacSHA256"); mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));`])],
  },
  llm_tokens: {
    dev: [(r) => r.pick([`response = client.chat.completions.create(model="gpt-4o", messages=msgs, max_tokens=${r.pick([256, 512, 1024])})`, `"usage": {"prompt_tokens": ${r.int(10, 5000)}, "completion_tokens": ${r.int(10, 900)}, "total_tokens": ${r.int(5000, 6000)}}`, `tokenizer = AutoTokenizer.from_pretrained("${r.pick(['bert-base-uncased', 'gpt2', 'xlm-roberta-base'])}")`, `MAX_TOKENS=${r.pick([1024, 2048, 4096, 8192])}`, `const budget = { maxInputTokens: ${r.int(1000, 128000)}, reserveTokens: ${r.int(100, 2000)} };`, `tokenizer.pad_token = tokenizer.eos_token`, `"stop": ["</s>", "\\n\\n"], "temperature": 0.${r.int(0, 9)}, "max_tokens": ${r.int(16, 4096)}`])],
    test: [(r) => r.pick([`tokens = tokenizer.encode(text, add_special_tokens=False)[:max_len]`, `max_output_tokens: ${r.pick([2048, 4096, 8192])}`, `print(f"{tokens_per_second:.1f} tok/s over {num_tokens} tokens")`, `ids = tok("hello world", return_tensors="pt").input_ids`, `context_window_tokens = ${r.pick([8192, 32768, 128000, 200000])}`, `llm:\n  model: ${r.pick(['gpt-4o-mini', 'claude-sonnet', 'llama-3-70b'])}\n  max_new_tokens: ${r.int(64, 2048)}`, `spm = sentencepiece.SentencePieceProcessor(model_file="tokenizer.model")`, `print(len(enc.encode(prompt)), "tokens")`])],
  },
  uuid_ids: {
    dev: [(r) => r.pick([`request_id=${uuid(r)} status=200 latency_ms=${r.int(3, 900)}`, `{"tenant_id": "${uuid(r)}", "client_id": "${uuid(r)}"}`, `AZURE_TENANT_ID=${uuid(r)}`])],
    test: [(r) => r.pick([`subscriptionId: ${uuid(r)}`, `X-Correlation-ID: ${uuid(r)}`, `INSERT INTO jobs (id, state) VALUES ('${uuid(r)}', 'queued');`])],
  },
  git_sha: {
    dev: [(r) => r.pick([`commit ${ssha(r)}\nAuthor: ${r.pick(['Dana Kim', 'Lukas Brandt', 'Priya Shah'])} <dev@acme.io>`, `  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: ${ssha(r)}`, `uses: actions/checkout@${ssha(r)} # v4.2.2`])],
    test: [(r) => r.pick([`$ git checkout ${ssha(r)}\nHEAD is now at ${r.str(HEX, 7)} fix flaky test`, `Merge ${r.str(HEX, 7)} into ${ssha(r)}`, `"gitHead": "${ssha(r)}",`])],
  },
  digests: {
    dev: [(r) => r.pick([`${sha256(r)}  ${r.pick(['node-v20.20.2-linux-x64.tar.xz', 'terraform_1.9.0_linux_amd64.zip'])}`, `image: ${r.pick(['nginx', 'postgres', 'redis'])}@sha256:${sha256(r)}`, `checksum = "${sha256(r)}"`])],
    test: [(r) => r.pick([`Digest: sha256:${sha256(r)}\nStatus: Downloaded newer image for ${r.pick(['python:3.12-slim', 'alpine:3.20'])}`, `ETag: "${r.str(HEX, 32)}"`, `SHA256 (${r.pick(['release.tar.gz', 'model.safetensors'])}) = ${sha256(r)}`])],
  },
  lockfile_hashes: {
    dev: [(r) => `    "node_modules/${r.pick(['lodash', 'zod', 'yaml', 'undici', 'pino'])}": {\n      "version": "${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}",\n      "resolved": "https://registry.npmjs.org/x/-/x.tgz",\n      "integrity": "sha512-${r.str(B64, 86)}=="\n    },`],
    test: [(r) => r.pick([`    {file = "${r.pick(['requests', 'urllib3', 'idna'])}-2.32.3-py3-none-any.whl", hash = "sha256:${sha256(r)}"},`, `github.com/${r.pick(['spf13/cobra', 'stretchr/testify'])} v1.${r.int(1, 9)}.0 h1:${r.str(B64, 43)}=`, `<script src="https://cdn.example.net/lib.min.js" integrity="sha384-${r.str(B64, 64)}" crossorigin="anonymous"></script>`])],
  },
  base64_blob: {
    dev: [(r) => `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.str(B64, r.int(80, 200))}=" alt="logo">`],
    test: [(r) => `background-image: url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmci${r.str(B64, r.int(60, 160))}");`],
  },
  css_colors: {
    dev: [(r) => `.btn-primary { color: #${r.str(HEX, 6)}; background: #${r.str(HEX, 6)}; border-color: #${r.str(HEX, 3)}; }`],
    test: [(r) => `  --brand-${r.pick(['accent', 'muted', 'surface'])}: #${r.str(HEXU, 6)};\n  --shadow: 0 1px 2px #${r.str(HEX, 8)};`],
  },
  random_ids: {
    dev: [(r) => r.pick([`uploaded s3://${r.pick(SVC)}-exports/tmp/${r.str(LOW + DIG, 32)}.parquet`, `"charge": "ch_3${r.str(ALNUM_LU, 23)}", "customer": "cus_${r.str(ALNUM_LU, 14)}"`, `instance i-0${r.str(HEX, 16)} in sg-0${r.str(HEX, 16)} (vpc-0${r.str(HEX, 16)})`, `STRIPE_PUBLISHABLE_KEY=pk_live_${r.str(ALNUM_LU, 99)}`])],
    test: [(r) => r.pick([`cache/${r.str(HEX, 2)}/${r.str(HEX, 38)}.bin`, `video_id=${r.str(B64URL, 11)}&list=PL${r.str(B64URL, 32)}`, `"payment_intent": "pi_3${r.str(ALNUM_LU, 23)}", "status": "succeeded"`, `GOOGLE_OAUTH_CLIENT_ID=${r.digits(12)}-${r.str(LOW + DIG, 32)}.apps.googleusercontent.com`, `arn:aws:iam::${r.digits(12)}:role/${r.pick(SVC)}-task-role`])],
  },
  trace_ids: {
    dev: [(r) => `traceparent: 00-${r.str(HEX, 32)}-${r.str(HEX, 16)}-01`, (r) => `dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} msg="request done"`],
    test: [(r) => `{"trace_id": "${r.str(HEX, 32)}", "span_id": "${r.str(HEX, 16)}", "level": "info"}`, (r) => `X-Amzn-Trace-Id: Root=1-${r.str(HEX, 8)}-${r.str(HEX, 24)}`],
  },
  secret_references: {
    dev: [(r) => r.pick([`        envFrom:\n          - secretRef:\n              name: ${r.pick(SVC)}-secrets`, `secret_name: ${r.pick(SVC)}-db-credentials`, `          valueFrom:\n            secretKeyRef:\n              name: db-credentials\n              key: password`, `aws secretsmanager get-secret-value --secret-id prod/${r.pick(SVC)}/db --query SecretString`])],
    test: [(r) => r.pick([`secret_arn = "arn:aws:secretsmanager:${r.pick(REGIONS)}:${r.digits(12)}:secret:prod/${r.pick(SVC)}-${r.str(ALNUM_LU, 6)}"`, `vault kv get -field=password secret/data/${r.pick(SVC)}`, `projects/${r.pick(['acme-prod', 'ops-tools'])}/secrets/${r.pick(SVC)}-api-key/versions/latest`, `  tls:\n    - hosts: [api.acme.io]\n      secretName: api-acme-io-tls`])],
  },
  docs_policy: {
    dev: [(r) => r.pick(['Passwords must be at least 12 characters long and contain one digit and one symbol.', 'Rotate your API tokens every 90 days. Never paste a token into a ticket or chat.', 'If you lose your secret key, generate a new one in Settings → API keys; the old key stops working immediately.', 'Your personal access token is shown only once. Store it in the team password manager.', 'To authenticate, pass your API key in the `Authorization` header as `Bearer <key>`.', 'AWS access keys start with AKIA (long-term) or ASIA (temporary) followed by 16 characters.', 'GitHub classic tokens use the ghp_ prefix; fine-grained ones start with github_pat_.', 'Set `OPENAI_API_KEY` in your shell profile, then restart the terminal.', 'The webhook secret is used to sign each payload with HMAC-SHA256; verify the signature header before trusting the body.', 'Never commit .env files. Add them to .gitignore and use the secrets manager instead.', 'Your password expired. Choose a new password that you have not used in the last 5 changes.', 'Q: I forgot my password. A: Click "Forgot password" on the login page and follow the email link.'])],
    test: [(r) => r.pick(['Le mot de passe doit contenir au moins 12 caractères.', 'Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht dem Benutzernamen entsprechen.', 'Tokens expire after 30 days; use the refresh endpoint to obtain a new access token.', 'Service accounts authenticate with a private key that never leaves the HSM.', 'Stripe secret keys begin with sk_live_ in live mode; restricted keys begin with rk_live_.', 'Create a token under User Settings → Access Tokens and give it the read_api scope only.', 'La contraseña debe tener al menos 10 caracteres, una mayúscula y un número.', 'Il token di accesso scade dopo 24 ore; usa il refresh token per ottenerne uno nuovo.', 'Rotating the signing key invalidates every session; schedule it outside business hours.', 'Het wachtwoord moet minimaal 12 tekens bevatten.', 'Store the private key in the HSM; only the public key and certificate are distributed.', 'Kubernetes Secrets are only base64-encoded, not encrypted, unless encryption at rest is enabled.'])],
  },
  validation_code: {
    dev: [(r) => r.pick([`if (!token.startsWith("ghp_") && !token.startsWith("github_pat_")) throw new Error("not a GitHub token");`, `def is_valid_api_key(key: str) -> bool:\n    return key.startswith("sk-") and len(key) > 40`, `assert len(secret) >= 32, "JWT secret too short"`, `const decoded = jwt.verify(token, publicKey, { algorithms: ["RS256"] });`, `if not password or len(password) < 12:\n    raise ValidationError("password too short")`, `throw new UnauthorizedException("Invalid or expired API token");`, `log.warn("rejected request: missing x-api-key header")`])],
    test: [(r) => r.pick([`if !strings.HasPrefix(key, "AKIA") { return errInvalidKeyID }`, `raise ValueError("api_key must start with 'sk-ant-'")`, `expect(() => parseToken("")).toThrow(/empty token/);`, `claims, err := parser.ParseWithClaims(tokenString, &Claims{}, keyFunc)`, `@NotBlank @Size(min = 12, max = 128) private String password;`, `return res.status(403).json({ error: "webhook signature mismatch" });`, `if token_info["exp"] < time.time(): raise TokenExpired()`])],
  },
  regex_patterns: {
    dev: [(r) => r.pick([`AWS_KEY_RE = re.compile(r"(AKIA|ASIA)[A-Z2-7]{16}")`, `const SLACK = /xox[baprs]-[0-9A-Za-z-]{10,72}/g;`, `  - id: github-pat\n    regex: 'ghp_[A-Za-z0-9]{36}'`, `JWT_RE = /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/`, `[[rules]]\nid = "openai"\nregex = '''sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}'''`, `pattern: "hf_[A-Za-z]{34}"`, `SENDGRID = re.compile(r"SG\.[\w-]{22}\.[\w-]{43}")`])],
    test: [(r) => r.pick([`rules: [{ name: "stripe", pattern: "sk_live_[0-9a-zA-Z]{24,99}" }]`, `grep -rE 'glpat-[0-9A-Za-z_-]{20}' .`, `PRIVATE_KEY_HEADER = "-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----"`, `var npmToken = regexp.MustCompile(\`npm_[A-Za-z0-9]{36}\`)`, `if re.fullmatch(r"AIza[0-9A-Za-z_-]{35}", key): findings.append("gcp")`, `- name: anthropic\n  match: 'sk-ant-api03-[A-Za-z0-9_-]{93}AA'`, `Pattern SAS = Pattern.compile("sig=[A-Za-z0-9%]{40,}");`])],
  },
  public_keys: {
    dev: [(r) => `${sshRsaPub(r)} ${r.pick(['deploy', 'dana', 'ci-runner'])}@${r.pick(['laptop', 'build-01', 'bastion'])}`, (r) => pubPem(r, 'PUB')],
    test: [(r) => `ssh_authorized_keys:\n  - ${sshEdPub(r)} ${r.pick(['ops', 'lukas'])}@${r.pick(['mbp', 'jumphost'])}`, (r) => `ca.crt: |\n${pubPem(r, 'CERT')}`],
  },
  translations: {
    dev: [(r) => r.pick([`"reset_password": "Passwort zurücksetzen",`, `msgid "Enter your password"\nmsgstr "Saisissez votre mot de passe"`, `password.invalid=La contraseña no es válida`, `"api_key_label": "Chiave API"`, `"token_expired": "Sesja wygasła, zaloguj się ponownie",`, `"password_placeholder": "Lösenord",`, `login.secret_question=Wat is de naam van je eerste huisdier?`, `"show_secret": "Afficher la clé secrète",`, `"copy_token": "Token kopieren",`, `errors.password.too_short: "La password deve contenere almeno 8 caratteri"`])],
    test: [(r) => r.pick([`<string name="forgot_password">Wachtwoord vergeten?</string>`, `auth.token_expired = "Din session har gått ut, logga in igen"`, `"secret_question": "Nazwisko panieńskie matki"`, `t('settings.api_token.copy')`, `<trans-unit id="pwd.confirm"><source>Confirm password</source><target>Passwort bestätigen</target></trans-unit>`, `msgid "API key"\nmsgstr "Clave de API"`, `"new_password_hint": "Almeno 12 caratteri",`, `label_secret_key = "Clé secrète"`, `"access_token_help": "Genereer een nieuw toegangstoken in de instellingen",`, `<string name="password_wrong">Fel lösenord</string>`])],
  },
  connection_no_password: {
    dev: [(r) => r.pick([`DATABASE_URL=postgres://${r.pick(USERS)}@${r.pick(HOSTS)}:5432/app`, `REDIS_URL=redis://${r.pick(HOSTS)}:6379/0`, `MONGO_URL=mongodb://${r.pick(HOSTS)}:27017/?replicaSet=rs0`, `DATABASE_URL=postgres://${r.pick(USERS)}:\${PG_PASSWORD}@${r.pick(HOSTS)}/app`])],
    test: [(r) => r.pick([`jdbc:postgresql://${r.pick(HOSTS)}:5432/orders?sslmode=require`, `amqp://${r.pick(HOSTS)}:5672`, `Server=${r.pick(HOSTS)};Database=Orders;Integrated Security=True;`, `sqlite:///var/lib/${r.pick(SVC)}/state.db`])],
  },
  version_numbers: {
    dev: [(r) => `${r.pick(['node', 'python', 'terraform', 'kubectl'])} ${r.int(1, 20)}.${r.int(0, 30)}.${r.int(0, 30)} (build ${r.str(HEX, 7)}, ${isoTs(r).slice(0, 10)})`],
    test: [(r) => `Successfully installed ${r.pick(['requests', 'numpy', 'pydantic'])}-${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 9)} ${r.pick(['idna', 'certifi'])}-${r.int(2000, 2026)}.${r.int(1, 12)}.${r.int(1, 28)}`],
  },
};

// ================================================================ PII VALIDATORS + GENERATORS
function luhnOk(num) { const d = num.replace(/\D/g, ''); let s = 0; for (let i = 0; i < d.length; i++) { let x = +d[d.length - 1 - i]; if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; } s += x; } return s % 10 === 0; }
function luhnDigit(partial) { for (let c = 0; c < 10; c++) if (luhnOk(partial + c)) return String(c); throw new Error('luhn'); }
function mod97(s) { let m = 0; for (const ch of s) m = (m * 10 + +ch) % 97; return m; }
function ibanNumeric(s) { return s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55)); }
function ibanOk(iban) { const s = iban.replace(/\s/g, ''); return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && mod97(ibanNumeric(s.slice(4) + s.slice(0, 4))) === 1; }
function makeIban(cc, bban) { const chk = 98 - mod97(ibanNumeric(bban + cc + '00')); return cc + String(chk).padStart(2, '0') + bban; }
function ssnOk(s) { const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s.replace(/ /g, '-')); if (!m) return false; const a = +m[1]; return a > 0 && a !== 666 && a < 900 && +m[2] > 0 && +m[3] > 0; }
function steuerIdCheck(d10) { let p = 10; for (const ch of d10) { let s = (+ch + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; } const c = 11 - p; return c === 10 ? 0 : c; }
function steuerIdOk(s) { const d = s.replace(/\s/g, ''); if (!/^[1-9]\d{10}$/.test(d)) return false; const cnt = {}; for (const ch of d.slice(0, 10)) cnt[ch] = (cnt[ch] || 0) + 1; const multi = Object.values(cnt).filter((v) => v > 1); if (multi.length !== 1 || multi[0] > 3) return false; return steuerIdCheck(d.slice(0, 10)) === +d[10]; }
function nirOk(s) { const d = s.replace(/\s/g, ''); if (!/^[12]\d{14}$/.test(d)) return false; return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === +d.slice(13); }
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
function dniOk(s) { const m = /^(\d{8})-?([A-Z])$/.exec(s); return !!m && DNI_L[+m[1] % 23] === m[2]; }
function nieOk(s) { const m = /^([XYZ])-?(\d{7})-?([A-Z])$/.exec(s); return !!m && DNI_L[+('XYZ'.indexOf(m[1]) + m[2]) % 23] === m[3]; }
const CF_ODD = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };
const cfEven = (c) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 65);
function cfCheck(s15) { let sum = 0; for (let i = 0; i < 15; i++) sum += i % 2 === 0 ? CF_ODD[s15[i]] : cfEven(s15[i]); return UPC[sum % 26]; }
function cfOk(s) { return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15]; }
function bsnOk(s) { const d = s.replace(/[\s.]/g, ''); if (!/^\d{9}$/.test(d)) return false; let sum = 0; for (let i = 0; i < 8; i++) sum += +d[i] * (9 - i); sum -= +d[8]; return sum % 11 === 0 && d !== '000000000'; }
function peselOk(s) { if (!/^\d{11}$/.test(s)) return false; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let sum = 0; for (let i = 0; i < 10; i++) sum += +s[i] * w[i]; return (10 - (sum % 10)) % 10 === +s[10]; }
function pnrOk(s) { const d = s.replace(/[-+]/g, ''); const t = d.length === 12 ? d.slice(2) : d; return /^\d{10}$/.test(t) && luhnOk(t); }
function ipv4Ok(s) { const p = s.split('.'); return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && +x <= 255 && String(+x) === x); }
function ipv6Ok(s) { if (!/^[0-9a-fA-F:]+$/.test(s) || (s.match(/::/g) || []).length > 1) return false; const parts = s.split(':'); if (s.includes('::')) return parts.length <= 8; return parts.length === 8 && parts.every((x) => x.length >= 1 && x.length <= 4); }

export const VALIDATORS = { credit_card: luhnOk, iban: ibanOk, us_ssn: ssnOk, de_tax_id: steuerIdOk, fr_nir: nirOk, es_dni: dniOk, es_nie: nieOk, it_fiscal_code: cfOk, nl_bsn: bsnOk, pl_pesel: peselOk, se_personnummer: pnrOk };

// ================================================================ SECRETS BUILDER
function buildSecrets(split, seed, nPos = 400, nNeg = 400) {
  const r = new Rng(seed);
  const source = `spii-blind-v1-secrets-${split}`;
  const rows = []; const seen = new Set();
  let k = 0;
  for (let made = 0; made < nPos; k++) {
    const fam = SEC_FAMILIES[k % SEC_FAMILIES.length];
    const specials = fam.special[split];
    for (let tries = 0; tries < 30; tries++) {
      const useSpecial = !fam.gen || (specials.length > 0 && r.chance(0.45));
      const marked = useSpecial ? r.pick(specials)(r) : wrapGeneric(split, r, fam.names[split], fam.gen(r));
      const { text, spans } = finish(marked);
      if (seen.has(text)) continue;
      seen.add(text); rows.push({ text, label: 1, spans, family: fam.family, source }); made++; break;
    }
  }
  let cats = Object.keys(SEC_NEG);
  for (let made = 0, j = 0; made < nNeg && cats.length > 0; j++) {
    const cat = cats[j % cats.length];
    let ok = false;
    for (let tries = 0; tries < 40 && !ok; tries++) {
      const text = r.pick(SEC_NEG[cat][split])(r);
      if (seen.has(text)) continue;
      seen.add(text); rows.push({ text, label: 0, spans: [], family: cat, source }); made++; ok = true;
    }
    if (!ok) cats = cats.filter((c) => c !== cat); // category exhausted: the others fill up
  }
  return r.shuffle(rows);
}

// ================================================================ PII DATA POOLS
// First names are split by index parity: dev uses even indexes, test odd ones (no shared first names).
const NAMES = {
  us: { f: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Robert', 'Ashley', 'Daniel', 'Megan', 'Kevin', 'Laura', 'Brian', 'Rachel', 'Tyler', 'Olivia', 'Marcus', 'Hannah'], l: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Wilson', 'Anderson', 'Thompson', 'Martinez', 'Robinson', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'Carter', 'Nguyen', 'Okafor'] },
  uk: { f: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Poppy', 'Jack', 'Freya', 'Charlie', 'Evie', 'Callum', 'Niamh'], l: ['Smith', 'Taylor', 'Brown', 'Evans', 'Hughes', 'Wright', 'Roberts', 'Patel', 'Walsh', 'Murphy', "O'Connor", 'Ahmed'] },
  de: { f: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Maximilian', 'Sophie', 'Tobias', 'Katharina', 'Jürgen', 'Sabine', 'Mehmet', 'Ines'], l: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Yılmaz', 'Krüger'] },
  fr: { f: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Théo', 'Léa', 'Nicolas', 'Élodie', 'Mathieu', 'Inès', 'Karim'], l: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Girard'] },
  es: { f: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Sofía', 'Alejandro', 'Carmen', 'Javier', 'Elena', 'Sergio', 'Nuria', 'Iker'], l: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Navarro', 'Moreno'] },
  it: { f: ['Giulia', 'Marco', 'Francesca', 'Alessandro', 'Chiara', 'Luca', 'Sara', 'Matteo', 'Valentina', 'Davide', 'Elisa', 'Giorgio'], l: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo'] },
  nl: { f: ['Daan', 'Emma', 'Sem', 'Julia', 'Lars', 'Sanne', 'Bram', 'Lotte', 'Thijs', 'Fleur', 'Ruben', 'Noor'], l: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'] },
  pl: { f: ['Jakub', 'Zofia', 'Kacper', 'Maja', 'Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Michał', 'Magdalena', 'Paweł', 'Ewa'], l: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Mazur'] },
  sv: { f: ['Erik', 'Elsa', 'Oskar', 'Maja', 'Lars', 'Astrid', 'Johan', 'Ingrid', 'Nils', 'Karin', 'Anders', 'Linnea'], l: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Berg', 'Holm'] },
};
const FEMALE = new Set(['Emily', 'Sarah', 'Jessica', 'Ashley', 'Megan', 'Laura', 'Rachel', 'Olivia', 'Hannah', 'Amelia', 'Isla', 'Poppy', 'Freya', 'Evie', 'Niamh', 'Anna', 'Lea', 'Marie', 'Sophie', 'Katharina', 'Sabine', 'Ines', 'Camille', 'Chloé', 'Manon', 'Léa', 'Élodie', 'Inès', 'Lucía', 'Martina', 'Sofía', 'Carmen', 'Elena', 'Nuria', 'Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Elisa', 'Emma', 'Julia', 'Sanne', 'Lotte', 'Fleur', 'Noor', 'Zofia', 'Maja', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Ewa', 'Elsa', 'Astrid', 'Ingrid', 'Karin', 'Linnea']);
const STREETS = {
  us: (r) => `${r.int(12, 9800)} ${r.pick(['Maple', 'Oak', 'Cedar', 'Pine', 'Elm', 'Washington', 'Lincoln', 'Park', 'Lake', 'Hillcrest', 'Sunset', 'Willow'])} ${r.pick(['Street', 'Ave', 'Avenue', 'Blvd', 'Road', 'Drive', 'Lane', 'Ct'])}${r.chance(0.25) ? ', Apt ' + r.int(1, 40) + r.pick(['', 'A', 'B']) : ''}, ${r.pick([['Springfield', 'IL'], ['Austin', 'TX'], ['Portland', 'OR'], ['Columbus', 'OH'], ['Denver', 'CO'], ['Tampa', 'FL'], ['Madison', 'WI'], ['Raleigh', 'NC']]).join(', ')} ${r.digits(5).replace(/^0/, '4')}`,
  uk: (r) => `${r.chance(0.3) ? 'Flat ' + r.int(1, 12) + ', ' : ''}${r.int(1, 220)} ${r.pick(['Kingsley Road', 'Victoria Street', 'Church Lane', 'Mill Road', 'Station Road', 'Queens Crescent', 'Albert Terrace', 'High Street'])}, ${r.pick([['Manchester', 'M' + r.int(1, 40)], ['Leeds', 'LS' + r.int(1, 29)], ['Bristol', 'BS' + r.int(1, 16)], ['London', r.pick(['N', 'SE', 'E', 'NW']) + r.int(1, 20)], ['Glasgow', 'G' + r.int(1, 80)]]).map((x, i, a) => (i === 0 ? x : `${x} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`)).join(' ')}`,
  de: (r) => `${r.pick(['Hauptstraße', 'Lindenweg', 'Bahnhofstr.', 'Gartenstraße', 'Schillerstraße', 'Am Mühlbach', 'Bergstraße', 'Friedrichstraße', 'Kirchplatz', 'Rosenweg'])} ${r.int(1, 180)}${r.pick(['', '', 'a', 'b'])}, ${r.pick(['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg', '70173 Stuttgart', '04109 Leipzig', '60311 Frankfurt am Main', '90402 Nürnberg'])}`,
  fr: (r) => `${r.int(1, 140)}${r.pick(['', '', ' bis', ','])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'place Bellecour', 'rue du Faubourg Saint-Antoine', 'allée des Tilleuls', 'chemin des Vignes'])}, ${r.pick(['75011 Paris', '69007 Lyon', '13006 Marseille', '31000 Toulouse', '33000 Bordeaux', '44000 Nantes', '59800 Lille'])}`,
  es: (r) => `${r.pick(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia', 'Calle Larios', 'Plaza del Pilar', 'Calle San Vicente', 'Gran Vía'])} ${r.int(1, 240)}${r.chance(0.5) ? ', ' + r.int(1, 9) + 'º ' + r.pick(['A', 'B', 'C', 'D', 'izda.', 'dcha.']) : ''}, ${r.pick(['28013 Madrid', '08008 Barcelona', '41001 Sevilla', '46002 Valencia', '29005 Málaga', '50003 Zaragoza', '48001 Bilbao'])}`,
  it: (r) => `${r.pick(['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Piazza Navona', 'Via dei Mille', 'Viale Monza', 'Via Toledo', 'Corso Buenos Aires'])} ${r.int(1, 200)}${r.pick(['', '', '/A', ' int. 4'])}, ${r.pick(['20121 Milano', '00186 Roma', '10121 Torino', '80134 Napoli', '40126 Bologna', '50122 Firenze', '90133 Palermo'])}${r.chance(0.4) ? ' (' + r.pick(['MI', 'RM', 'TO', 'NA']) + ')' : ''}`,
  nl: (r) => `${r.pick(['Keizersgracht', 'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Stationsplein', 'Prinsengracht', 'Julianalaan', 'Oudegracht'])} ${r.int(1, 400)}${r.pick(['', '', '-2', ' A', 'bis'])}, ${r.int(1000, 9999)} ${r.str(UPC.replace(/[FIOQUY]/g, ''), 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Den Haag', 'Eindhoven', 'Groningen', 'Haarlem'])}`,
  pl: (r) => `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska', 'Floriańska', 'Mickiewicza', 'Kościuszki', 'Słowackiego', 'Polna'])} ${r.int(1, 150)}${r.chance(0.5) ? '/' + r.int(1, 90) : ''}, ${r.pick(['00-514 Warszawa', '80-827 Gdańsk', '90-001 Łódź', '31-019 Kraków', '50-001 Wrocław', '61-001 Poznań'])}`,
  sv: (r) => `${r.pick(['Drottninggatan', 'Storgatan', 'Kungsgatan', 'Sveavägen', 'Linnégatan', 'Vasagatan', 'Östra Hamngatan', 'Skolgatan'])} ${r.int(1, 120)}${r.pick(['', '', ' B', ' lgh 1102'])}, ${r.pick(['111 21 Stockholm', '411 38 Göteborg', '211 22 Malmö', '753 20 Uppsala', '582 24 Linköping', '903 26 Umeå'])}`,
};
const EMAIL_DOMAINS = { us: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'acme-corp.com'], uk: ['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com', 'northwind.co.uk'], de: ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'posteo.de', 'firma-weber.de'], fr: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr'], es: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'], it: ['libero.it', 'gmail.com', 'virgilio.it', 'alice.it', 'tiscali.it'], nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl', 'hotmail.nl'], pl: ['wp.pl', 'onet.pl', 'gmail.com', 'interia.pl', 'o2.pl'], sv: ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net', 'spray.se'] };
const deaccent = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/[' ]/g, '');

function pad2(n) { return String(n).padStart(2, '0'); }
const PHONE = {
  us: (r) => { const a = r.pick([212, 415, 312, 617, 206, 512, 303, 404, 713, 646, 718, 202, 305, 702, 614, 919]); let e; do { e = r.int(201, 989); } while (e === 555); const n = r.digits(4); return r.pick([`+1 ${a} ${e} ${n}`, `(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1-${a}-${e}-${n}`, `+1${a}${e}${n}`, `${a}.${e}.${n}`]); },
  uk: (r) => { const m = `7${r.int(400, 999)}`; const s = r.digits(6); return r.pick([`0${m} ${s}`, `+44 ${m} ${s}`, `+44${m}${s}`, `+44 20 3${r.digits(3)} ${r.digits(4)}`, `0161 2${r.digits(2)} ${r.digits(4)}`, `(0)${m} ${s.slice(0, 3)} ${s.slice(3)}`]).replace(/^\(0\)/, '0'); },
  de: (r) => { const m = r.pick(['151', '152', '160', '170', '171', '176', '157', '162']); const s = r.digits(r.int(7, 8)); return r.pick([`0${m} ${s}`, `+49 ${m} ${s}`, `+49${m}${s}`, `+49 (0)30 ${r.digits(8)}`, `030 ${r.digits(8)}`, `089/${r.digits(7)}`, `0${m}-${s}`]); },
  fr: (r) => { const p = r.pick(['6', '7', '1', '4', '9']); const g = [r.digits(2), r.digits(2), r.digits(2), r.digits(2)]; return r.pick([`0${p} ${g.join(' ')}`, `+33 ${p} ${g.join(' ')}`, `+33${p}${g.join('')}`, `0${p}.${g.join('.')}`, `+33 (0)${p} ${g.join(' ')}`]); },
  es: (r) => { const m = r.pick(['6', '7']) + r.digits(2); return r.pick([`+34 ${m} ${r.digits(3)} ${r.digits(3)}`, `${m} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `+34${m}${r.digits(6)}`, `91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `93 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]); },
  it: (r) => { const m = r.pick(['320', '328', '333', '338', '339', '340', '347', '349', '366', '388']); return r.pick([`+39 ${m} ${r.digits(3)} ${r.digits(4)}`, `${m} ${r.digits(7)}`, `+39${m}${r.digits(7)}`, `06 ${r.digits(4)} ${r.digits(4)}`, `+39 02 ${r.digits(4)} ${r.digits(4)}`, `${m}/${r.digits(7)}`]); },
  nl: (r) => r.pick([`+31 6 ${r.digits(8)}`, `06-${r.digits(8)}`, `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, `020 ${r.digits(3)} ${r.digits(4)}`, `+31 (0)20 ${r.digits(3)} ${r.digits(4)}`, `+316${r.digits(8)}`]),
  pl: (r) => { const m = r.pick(['5', '6', '7', '8']) + r.digits(2); return r.pick([`+48 ${m} ${r.digits(3)} ${r.digits(3)}`, `${m}-${r.digits(3)}-${r.digits(3)}`, `${m} ${r.digits(3)} ${r.digits(3)}`, `22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `+48${m}${r.digits(6)}`]); },
  sv: (r) => { const m = r.pick(['70', '72', '73', '76', '79']); return r.pick([`+46 ${m} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `0${m}-${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`, `08-${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`.replace(/ (\d{3}) /, ' $1 '), `+46${m}${r.digits(7)}`, `0${m} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`]); },
  in: (r) => { const n = r.pick(['9', '8', '7']) + r.digits(4); const m = r.digits(5); return r.pick([`+91 ${n} ${m}`, `+91-${n}${m}`, `0${n} ${m}`, `+91${n}${m}`]); },
  br: (r) => { const ddd = r.pick(['11', '21', '31', '41', '51', '61', '71', '81']); return r.pick([`+55 ${ddd} 9${r.digits(4)}-${r.digits(4)}`, `(${ddd}) 9${r.digits(4)}-${r.digits(4)}`, `+55 ${ddd} 3${r.digits(3)}-${r.digits(4)}`, `+55${ddd}9${r.digits(8)}`]); },
  jp: (r) => r.pick([`+81 90-${r.digits(4)}-${r.digits(4)}`, `090-${r.digits(4)}-${r.digits(4)}`, `080-${r.digits(4)}-${r.digits(4)}`, `03-${r.digits(4)}-${r.digits(4)}`, `+81 3-${r.digits(4)}-${r.digits(4)}`, `+8190${r.digits(8)}`]),
};

function card(r) {
  const kind = r.pick(['visa', 'visa', 'visa', 'mc', 'mc', 'mc2', 'amex', 'amex', 'discover', 'jcb', 'diners']);
  let pre, len;
  if (kind === 'visa') { pre = '4' + r.digits(5); len = 16; }
  else if (kind === 'mc') { pre = String(r.int(51, 55)) + r.digits(4); len = 16; }
  else if (kind === 'mc2') { pre = String(r.int(2221, 2720)) + r.digits(2); len = 16; }
  else if (kind === 'amex') { pre = r.pick(['34', '37']) + r.digits(4); len = 15; }
  else if (kind === 'discover') { pre = r.pick(['6011' + r.digits(2), '65' + r.digits(4)]); len = 16; }
  else if (kind === 'jcb') { pre = String(r.int(3528, 3589)) + r.digits(2); len = 16; }
  else { pre = '36' + r.digits(4); len = 14; }
  const body = pre + r.digits(len - 1 - pre.length);
  const n = body + luhnDigit(body);
  const sep = r.pick([' ', ' ', '-', '']);
  let out;
  if (len === 15) out = [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  else if (len === 14) out = [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  else out = n.match(/.{4}/g).join(sep);
  return out;
}
const IBAN_BBAN = {
  DE: (r) => r.digits(18),
  FR: (r) => { const b = r.digits(5), g = r.digits(5), a = r.digits(11); const key = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n); return b + g + a + pad2(key); },
  ES: (r) => { const bank = r.pick(['2100', '0049', '0182', '2085', '0081', '0075']) + r.digits(4); const acc = r.digits(10); const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]; const cd = (s) => { let t = 0; for (let i = 0; i < 10; i++) t += +s[i] * w[i]; const d = 11 - (t % 11); return d === 11 ? 0 : d === 10 ? 1 : d; }; return bank + cd('00' + bank) + cd(acc) + acc; },
  IT: (r) => r.pick(UPC.split('')) + r.pick(['03069', '02008', '05034', '03062', '01030']) + r.digits(5) + r.digits(12),
  NL: (r) => { let acc; do { acc = r.digits(10); let s = 0; for (let i = 0; i < 10; i++) s += +acc[i] * (10 - i); if (s % 11 === 0 && acc[0] !== '0') break; } while (true); return r.pick(['ABNA', 'INGB', 'RABO', 'TRIO', 'SNSB', 'ASNB', 'KNAB', 'BUNQ']) + acc; },
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(6) + r.digits(8),
  PL: (r) => r.digits(24),
  SE: (r) => r.digits(20),
  BE: (r) => r.digits(12),
  AT: (r) => r.digits(16),
  IE: (r) => r.pick(['AIBK', 'BOFI', 'IPBS']) + r.digits(14),
  PT: (r) => r.digits(21),
  CH: (r) => r.digits(17),
};
function iban(r, cc) { const raw = makeIban(cc, IBAN_BBAN[cc](r)); return r.chance(0.6) ? raw.match(/.{1,4}/g).join(' ') : raw; }
function ssn(r) { let a; do { a = r.int(1, 899); } while (a === 666); const s = `${String(a).padStart(3, '0')}-${pad2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`; return r.chance(0.15) ? s.replace(/-/g, '') : s; }
function steuerId(r) {
  for (;;) {
    const ds = r.shuffle(DIG.split('')); const used = ds.slice(0, 9); const dup = r.pick(used);
    const arr = r.shuffle([...used, dup]);
    if (arr[0] === '0') continue;
    const d10 = arr.join(''); const id = d10 + steuerIdCheck(d10);
    return r.chance(0.5) ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}` : id;
  }
}
function nir(r, dob, female) {
  const yy = pad2(dob.y % 100), mm = pad2(dob.m);
  let dept; do { dept = r.int(1, 95); } while (dept === 20);
  const base = `${female ? 2 : 1}${yy}${mm}${pad2(dept)}${String(r.int(1, 990)).padStart(3, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
  const key = pad2(97 - Number(BigInt(base) % 97n));
  const full = base + key;
  return r.chance(0.6) ? `${full[0]} ${full.slice(1, 3)} ${full.slice(3, 5)} ${full.slice(5, 7)} ${full.slice(7, 10)} ${full.slice(10, 13)} ${full.slice(13)}` : full;
}
function dni(r) { const n = String(r.int(10000000, 99999999)); return n + (r.chance(0.15) ? '-' : '') + DNI_L[+n % 23]; }
function nie(r) { const p = r.pick(['X', 'Y', 'Z']); const n = r.digits(7); return p + n + DNI_L[+('XYZ'.indexOf(p) + n) % 23]; }
function cfPart(s, isName) {
  const u = deaccent(s).toUpperCase().replace(/[^A-Z]/g, '');
  const cons = u.replace(/[AEIOU]/g, '').split(''); const vow = u.replace(/[^AEIOU]/g, '').split('');
  if (isName && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons.join('') + vow.join('') + 'XXX').slice(0, 3);
}
function fiscalCode(r, first, last, dob, female) {
  const s15 = cfPart(last, false) + cfPart(first, true) + pad2(dob.y % 100) + 'ABCDEHLMPRST'[dob.m - 1] + pad2(dob.d + (female ? 40 : 0)) + r.pick(['H501', 'F205', 'L219', 'F839', 'A944', 'D612', 'G273', 'L736', 'B157']);
  return s15 + cfCheck(s15);
}
function bsn(r) { for (;;) { const d = r.digits(8); let s = 0; for (let i = 0; i < 8; i++) s += +d[i] * (9 - i); const c = s % 11; if (c === 10 || d[0] === '0') continue; const v = d + c; return r.chance(0.25) ? `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}` : v; } }
function pesel(r, dob, female) {
  const mm = dob.m + (dob.y >= 2000 ? 20 : 0);
  const ser = r.digits(3); let g = r.int(0, 9); if ((g % 2 === 0) !== female) g = (g + 1) % 10;
  const s10 = pad2(dob.y % 100) + pad2(mm) + pad2(dob.d) + ser + g;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]; let sum = 0; for (let i = 0; i < 10; i++) sum += +s10[i] * w[i];
  return s10 + ((10 - (sum % 10)) % 10);
}
function personnummer(r, dob) {
  const s9 = pad2(dob.y % 100) + pad2(dob.m) + pad2(dob.d) + r.digits(3);
  const c = luhnDigit(s9); const last4 = s9.slice(6) + c;
  return r.pick([`${s9.slice(0, 6)}-${last4}`, `${dob.y}${pad2(dob.m)}${pad2(dob.d)}-${last4}`, `${dob.y}${pad2(dob.m)}${pad2(dob.d)}${last4}`]);
}
function ipv4(r) {
  for (;;) {
    const a = r.int(2, 223), b = r.int(0, 255), c = r.int(0, 255), d = r.int(1, 254);
    if (a === 10 || a === 127 || a === 100 && b >= 64 && b < 128 || a === 169 && b === 254 || a === 172 && b >= 16 && b < 32 || a === 192 && b === 168 || a === 192 && b === 0 || a === 198 && (b === 51 || b === 18 || b === 19) || a === 203 && b === 0) continue;
    return `${a}.${b}.${c}.${d}`;
  }
}
function ipv6(r) {
  const g = [r.pick(['2a02', '2a01', '2600', '2001', '2a00', '2806', '2409', '2c0f']), r.str(HEX, 4).replace(/^0+/, '') || '1', r.str(HEX, 4).replace(/^0+/, '') || 'a', r.str(HEX, r.int(1, 4))];
  if (g[0] === '2001' && g[1] === 'db8') g[1] = 'db9';
  const tail = [r.str(HEX, r.int(1, 4)), r.str(HEX, r.int(1, 4)), r.str(HEX, r.int(1, 4)), r.str(HEX, r.int(1, 4))];
  return r.chance(0.5) ? `${g.join(':')}::${tail.slice(2).join(':')}` : [...g, ...tail].join(':');
}
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
};
function fmtDob(r, dob, loc) {
  const { y, m, d } = dob; const lang = loc === 'us' || loc === 'uk' ? 'en' : loc;
  if (loc === 'us') return r.pick([`${pad2(m)}/${pad2(d)}/${y}`, `${m}/${d}/${y}`, `${MONTHS.en[m - 1]} ${d}, ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]);
  if (loc === 'uk') return r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} ${MONTHS.en[m - 1]} ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]);
  if (loc === 'de') return r.pick([`${pad2(d)}.${pad2(m)}.${y}`, `${d}. ${MONTHS.de[m - 1]} ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]);
  if (loc === 'sv') return r.pick([`${y}-${pad2(m)}-${pad2(d)}`, `${d} ${MONTHS.sv[m - 1]} ${y}`]);
  if (loc === 'pl') return r.pick([`${pad2(d)}.${pad2(m)}.${y}`, `${d} ${MONTHS.pl[m - 1]} ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]);
  if (loc === 'nl') return r.pick([`${pad2(d)}-${pad2(m)}-${y}`, `${d} ${MONTHS.nl[m - 1]} ${y}`]);
  return r.pick([`${pad2(d)}/${pad2(m)}/${y}`, `${d} ${MONTHS[lang][m - 1]} ${y}`, `${y}-${pad2(m)}-${pad2(d)}`]);
}
const IBAN_CC = { us: null, uk: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pl: 'PL', sv: 'SE' };

function persona(r, loc, split) {
  const pool = NAMES[loc];
  const firsts = pool.f.filter((_, i) => i % 2 === (split === 'dev' ? 0 : 1));
  const first = r.pick(firsts);
  const female = FEMALE.has(first);
  let last = r.pick(pool.l);
  if (loc === 'pl' && female) last = last.replace(/ski$/, 'ska').replace(/cki$/, 'cka');
  if (loc === 'es' && r.chance(0.5)) last = last + ' ' + r.pick(pool.l);
  const dob = { y: r.int(1952, 2004), m: r.int(1, 12), d: r.int(1, 28) };
  const fa = deaccent(first).toLowerCase(), la = deaccent(last).toLowerCase();
  const email = r.pick([`${fa}.${la}`, `${fa[0]}${la}`, `${fa}${la}${r.int(1, 99)}`, `${fa}_${la}`, `${la}.${fa}`, `${fa}.${la}+${r.pick(['shop', 'news', 'work'])}`]) + '@' + r.pick(EMAIL_DOMAINS[loc]);
  const nid = { us: ['us_ssn', () => ssn(r)], uk: null, de: ['de_tax_id', () => steuerId(r)], fr: ['fr_nir', () => nir(r, dob, female)], es: r.chance(0.6) ? ['es_dni', () => dni(r)] : ['es_nie', () => nie(r)], it: ['it_fiscal_code', () => fiscalCode(r, first, last.split(' ')[0], dob, female)], nl: ['nl_bsn', () => bsn(r)], pl: ['pl_pesel', () => pesel(r, dob, female)], sv: ['se_personnummer', () => personnummer(r, dob)] }[loc];
  const p = {
    loc, first, last, female, full: `${first} ${last}`, email, dob,
    N: () => M('person', `${first} ${last}`),
    F: () => M('person', first),
    L: () => M('person', last),
    LF: () => M('person', `${last.toUpperCase()} ${first}`),
    NL: () => M('person', `${first} ${last}`.toLowerCase()),
    E: () => M('email', email),
    T: (c) => M('phone', PHONE[c || loc](r)),
    A: () => M('street_address', STREETS[loc](r)),
    D: () => M('date_of_birth', fmtDob(r, dob, loc)),
    B: (cc) => M('iban', iban(r, cc || IBAN_CC[loc] || r.pick(['DE', 'FR', 'NL']))),
    C: () => M('credit_card', card(r)),
    I: () => { if (!nid) throw new Error('no nid for ' + loc); return M(nid[0], nid[1]()); },
    NIE: () => M('es_nie', nie(r)),
    DNI: () => M('es_dni', dni(r)),
    IP: () => M('ip_address', r.chance(0.75) ? ipv4(r) : ipv6(r)),
    IP4: () => M('ip_address', ipv4(r)),
    IP6: () => M('ip_address', ipv6(r)),
  };
  return p;
}

// ================================================================ PII TEMPLATES
// t(loc, type, fn): fn(p, r) -> marked text. Dev and test have disjoint template lists and text types.
const t = (loc, type, f) => ({ loc, type, f });
const ORDER = (r) => `${r.pick(['#', 'ORD-', 'A'])}${r.int(100000, 9999999)}`;
const PII_T = { dev: [], test: [] };
PII_T.dev.push(
  // ---- EN (US/UK): support tickets, emails, CRM notes, forms, chat, logs
  t('us', 'ticket', (p, r) => `Ticket ${r.int(40000, 99999)} — Customer ${p.N()} (${p.E()}) says the refund for order ${ORDER(r)} never arrived. Call back on ${p.T()}.`),
  t('us', 'ticket', (p, r) => `Subject: Can't update billing\n\nHi, this is ${p.N()}. My card ${p.C()} keeps getting declined even though it's valid until 0${r.int(1, 9)}/${r.int(27, 31)}. Please help!`),
  t('us', 'form', (p) => `First name: ${p.F()}\nLast name: ${p.L()}\nDate of birth: ${p.D()}\nSSN: ${p.I()}\nHome address: ${p.A()}\nPhone: ${p.T()}`),
  t('us', 'crm', (p, r) => `CRM note ${isoTs(r).slice(0, 10)}: spoke with ${p.N()}, moving to ${p.A()} next month. New mobile ${p.T()}. Wants paper statements.`),
  t('us', 'email', (p, r) => `From: ${p.N()} <${p.E()}>\nTo: ${M('email', 'support@northwind-shop.com')}\nSubject: Wrong shipping address\n\nPlease ship order ${ORDER(r)} to ${p.A()} instead. Thanks, ${p.F()}`),
  t('us', 'chat', (p) => `[chat] visitor: hey its ${p.NL()} again, still no reply about my refund. reach me at ${p.T()}`),
  t('us', 'chat', (p) => `[chat] visitor: hi my name is ${p.N()} and i got charged twice, the card ends 4417 and my email is ${p.E()}`),
  t('us', 'log', (p, r) => `${isoTs(r)}Z auth.login success user=${p.E()} ip=${p.IP()} mfa=totp`),
  t('us', 'ticket', (p, r) => `Escalation: background check for ${p.N()} failed. SSN on file ${p.I()} does not match DOB ${p.D()}. Case owner: ${r.pick(['T. Reyes', 'the HR desk'])}`.replace('T. Reyes', M('person', 'T. Reyes'))),
  t('us', 'email', (p) => `Hi team — the wire for the Lisbon office should go to ${p.B('PT')} (beneficiary ${p.N()}). Ping me at ${p.T('us')} if the bank asks.`),
  t('uk', 'ticket', (p, r) => `Customer ${p.N()} rang re: parcel ${r.str(UPC, 2)}${r.digits(9)}GB. Lives at ${p.A()}, best number ${p.T()}.`),
  t('uk', 'email', (p) => `Dear ${p.F()},\n\nThank you for updating your details. We will now pay your salary into ${p.B()}. If this is wrong, call the number on the back of your payslip.\n\nKind regards,\nPayroll`),
  t('uk', 'crm', (p, r) => `Account note: ${p.N()} DOB ${p.D()} — verified via phone ${p.T()}; flagged vulnerable customer. Next review ${isoTs(r).slice(0, 10)}.`),
  t('uk', 'chat', (p) => `agent: could you confirm the email on the account?\ncustomer: it's ${p.E()}, and the phone is ${p.T()}`),
  t('uk', 'log', (p, r) => `WARN payment.declined card=${p.C()} customer="${p.N()}" amount=£${r.int(5, 900)}.${pad2(r.int(0, 99))}`),
  t('us', 'log', (p, r) => `${p.IP()} - - [${pad2(r.int(1, 28))}/Mar/2026:${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}:${pad2(r.int(0, 59))} +0000] "POST /api/v1/checkout HTTP/1.1" 200 ${r.int(200, 9000)} "-" "Mozilla/5.0"`),
  t('us', 'chat', (p) => `lol ok my cousin ${p.N()} is in india rn, his number there is ${p.T('in')}`),
  t('us', 'crm', (p) => `Lead: ${p.N()} — São Paulo office, WhatsApp ${p.T('br')}, prefers Portuguese. Intro via ${M('person', 'Ana Lima')}.`),
  t('uk', 'email', (p) => `Hi ${p.F()}, the Tokyo hotel has your number as ${p.T('jp')} — is that still right? Cheers, ${M('person', 'Becky')}`),
  // ---- DE
  t('de', 'ticket', (p, r) => `Kundin/Kunde ${p.N()} meldet: Lastschrift für Bestellung ${ORDER(r)} wurde zweimal eingezogen. IBAN: ${p.B()}. Rückruf unter ${p.T()}.`),
  t('de', 'email', (p) => `Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Anschrift auf ${p.A()}. Meine Steuer-ID lautet ${p.I()}.\n\nMit freundlichen Grüßen\n${p.N()}`),
  t('de', 'form', (p) => `Name: ${p.N()}\nGeburtsdatum: ${p.D()}\nSteuerliche Identifikationsnummer: ${p.I()}\nE-Mail: ${p.E()}\nTelefon: ${p.T()}`),
  t('de', 'crm', (p, r) => `Notiz vom ${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))}.2026: Hr./Fr. ${p.L()} möchte Vertrag kündigen, neue Adresse ${p.A()}, erreichbar ${p.T()}.`),
  t('de', 'chat', (p) => `hi, ich bin ${p.F()} – meine mail ist ${p.E()}, könnt ihr mir den link nochmal schicken?`),
  t('de', 'log', (p, r) => `${isoTs(r)}+01:00 [kasse] Zahlung fehlgeschlagen: Karte ${p.C()} abgelehnt (Inhaber ${p.N()})`),
  // ---- FR
  t('fr', 'ticket', (p, r) => `Ticket n°${r.int(10000, 99999)} : ${p.N()} signale que sa carte ${p.C()} a été débitée deux fois. Contact : ${p.T()}.`),
  t('fr', 'email', (p) => `Bonjour,\n\nVeuillez trouver mon RIB : ${p.B()}.\nMon numéro de sécurité sociale est ${p.I()}.\n\nCordialement,\n${p.N()}`),
  t('fr', 'form', (p) => `Nom : ${p.L()}\nPrénom : ${p.F()}\nNé(e) le : ${p.D()}\nAdresse : ${p.A()}\nCourriel : ${p.E()}`),
  t('fr', 'crm', (p) => `Client ${p.N()} rappelé ce matin, souhaite recevoir les factures à ${p.E()} et non plus par courrier au ${p.A()}.`),
  t('fr', 'chat', (p) => `salut c'est ${p.F()}, tu peux me rappeler au ${p.T()} stp ?`),
  // ---- ES
  t('es', 'ticket', (p, r) => `Incidencia ${r.int(1000, 9999)}: el cliente ${p.N()} (DNI/NIE ${p.I()}) no puede acceder a su cuenta. Teléfono ${p.T()}.`),
  t('es', 'email', (p) => `Hola,\n\nos envío mis datos para la domiciliación: titular ${p.N()}, IBAN ${p.B()}, dirección ${p.A()}.\n\nUn saludo`),
  t('es', 'form', (p) => `Nombre completo: ${p.N()}\nFecha de nacimiento: ${p.D()}\nDocumento: ${p.I()}\nCorreo electrónico: ${p.E()}`),
  t('es', 'chat', (p) => `buenas! soy ${p.F()}, mi móvil es el ${p.T()} por si hay algún problema con la entrega`),
  // ---- IT
  t('it', 'ticket', (p, r) => `Richiesta #${r.int(1000, 99999)}: il sig./la sig.ra ${p.N()} chiede il rimborso sulla carta ${p.C()}. Recapito: ${p.T()}.`),
  t('it', 'email', (p) => `Buongiorno,\n\nallego i miei dati: codice fiscale ${p.I()}, residenza ${p.A()}, IBAN ${p.B()}.\n\nCordiali saluti,\n${p.N()}`),
  t('it', 'form', (p) => `Cognome: ${p.L()}\nNome: ${p.F()}\nData di nascita: ${p.D()}\nCodice fiscale: ${p.I()}\nCellulare: ${p.T()}`),
  t('it', 'crm', (p) => `Nota: ${p.N()} ha cambiato email in ${p.E()}; verificare il nuovo indirizzo ${p.A()} prima della spedizione.`),
  // ---- NL
  t('nl', 'ticket', (p, r) => `Melding ${r.int(100000, 999999)}: ${p.N()} krijgt geen bevestigingsmail op ${p.E()}. Terugbellen op ${p.T()}.`),
  t('nl', 'email', (p) => `Beste,\n\nHierbij mijn gegevens voor de huurovereenkomst: BSN ${p.I()}, geboortedatum ${p.D()}, rekening ${p.B()}.\n\nMet vriendelijke groet,\n${p.N()}`),
  t('nl', 'form', (p) => `Naam: ${p.N()}\nAdres: ${p.A()}\nTelefoonnummer: ${p.T()}\nE-mailadres: ${p.E()}`),
  t('nl', 'chat', (p) => `hoi, ${p.F()} hier. mijn nieuwe adres is ${p.A()}, kun je dat aanpassen?`),
  // ---- PL
  t('pl', 'ticket', (p, r) => `Zgłoszenie ${r.int(1000, 99999)}: klient ${p.N()} (PESEL ${p.I()}) prosi o zmianę numeru telefonu na ${p.T()}.`),
  t('pl', 'email', (p) => `Dzień dobry,\n\nproszę o zwrot na konto ${p.B()}. Adres do korespondencji: ${p.A()}.\n\nPozdrawiam,\n${p.N()}`),
  t('pl', 'form', (p) => `Imię i nazwisko: ${p.N()}\nData urodzenia: ${p.D()}\nPESEL: ${p.I()}\nE-mail: ${p.E()}`),
  // ---- SV
  t('sv', 'ticket', (p, r) => `Ärende ${r.int(10000, 99999)}: ${p.N()} (personnummer ${p.I()}) har inte fått sin återbetalning. Ring ${p.T()}.`),
  t('sv', 'email', (p) => `Hej!\n\nMin nya adress är ${p.A()} och min e-post ${p.E()}.\n\nVänliga hälsningar\n${p.N()}`),
  t('sv', 'form', (p) => `Namn: ${p.N()}\nFödelsedatum: ${p.D()}\nTelefon: ${p.T()}\nBankkonto (IBAN): ${p.B()}`),
  t('sv', 'log', (p, r) => `${isoTs(r)} INFO inloggning ok för ${p.E()} från ${p.IP6()}`),
  // ---- extra ID / IP carriers (same dev text types)
  t('fr', 'form', (p) => `N° de sécurité sociale : ${p.I()}\nNom de naissance : ${p.L()}\nDate de naissance : ${p.D()}\nTéléphone portable : ${p.T()}`),
  t('fr', 'ticket', (p, r) => `Dossier ${r.int(100000, 999999)} – l'assuré(e) ${p.N()}, NIR ${p.I()}, conteste le remboursement du ${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/2026.`),
  t('nl', 'ticket', (p, r) => `Klacht ${r.int(1000, 9999)}: klant ${p.N()} (BSN ${p.I()}) ziet een verkeerde toeslag. Geboortedatum volgens klant: ${p.D()}.`),
  t('nl', 'crm', (p) => `Notitie: ${p.F()} belde vanaf ${p.T()}; BSN gecontroleerd (${p.I()}), adres ${p.A()} klopt.`),
  t('sv', 'chat', (p) => `hej! mitt personnummer är ${p.I()} om ni behöver det för ärendet, mvh ${p.F()}`),
  t('sv', 'crm', (p) => `Kundanteckning: ${p.N()}, pnr ${p.I()}, bor på ${p.A()}. Föredrar sms till ${p.T()}.`),
  t('es', 'crm', (p) => `Nota CRM: ${p.N()} actualiza documento a ${p.I()} y correo a ${p.E()}. Dirección: ${p.A()}.`),
  t('es', 'log', (p, r) => `${isoTs(r)} WARN kyc.mismatch doc=${p.I()} nombre="${p.N()}" ip=${p.IP4()}`),
  t('pl', 'crm', (p) => `Notatka: ${p.N()} (PESEL ${p.I()}) zgłosił zmianę adresu na ${p.A()}, tel. ${p.T()}.`),
  t('pl', 'chat', (p) => `dzień dobry, tu ${p.F()}, mój nr telefonu to ${p.T()} a mail ${p.E()}`),
  t('de', 'ticket', (p, r) => `Ticket #${r.int(100000, 999999)}: Finanzamt-Schreiben für ${p.N()}, Steuer-ID ${p.I()}, geboren am ${p.D()}.`),
  t('de', 'log', (p, r) => `${isoTs(r)} WARN Anmeldung verdächtig: Konto ${p.E()} von IP ${p.IP()} (letzte bekannte ${p.IP4()})`),
  t('it', 'log', (p, r) => `${isoTs(r)} ERROR verifica CF fallita: ${p.I()} (utente ${p.E()}, ip ${p.IP4()})`),
  t('it', 'chat', (p) => `ciao sono ${p.F()}, il mio codice fiscale è ${p.I()} e il cell ${p.T()}`),
  t('fr', 'log', (p, r) => `${isoTs(r)} INFO connexion réussie pour ${p.E()} depuis ${p.IP()}`),
  t('nl', 'log', (p, r) => `${isoTs(r)} ERROR iDEAL betaling mislukt voor ${p.B()} (klant ${p.N()}, ip ${p.IP4()})`),
  t('us', 'log', (p, r) => `${isoTs(r)}Z fraud.score=0.${r.int(70, 99)} email=${p.E()} ip=${p.IP6()} card=${p.C()}`),
  t('es', 'ticket', (p, r) => `Incidencia ${r.int(10000, 99999)}: ${p.F()} (NIE ${p.NIE()}) no recibe el código SMS en ${p.T()}.`),
  t('es', 'form', (p) => `Tipo de documento: NIE\nNúmero: ${p.NIE()}\nNombre: ${p.N()}\nFecha de nacimiento: ${p.D()}`),
  t('de', 'chat', (p) => `kurze frage: brauch ich für die anmeldung meine steuer-id? die ist ${p.I()} – lg ${p.F()}`),
  t('fr', 'chat', (p) => `voici mon numéro de sécu : ${p.I()}, c'est bon pour le dossier ?`),
  t('nl', 'form', (p) => `Burgerservicenummer: ${p.I()}\nVoorletters en achternaam: ${M('person', p.first[0] + '. ' + p.last)}\nIBAN: ${p.B()}`),
  t('sv', 'ticket', (p, r) => `Ärende ${r.int(100000, 999999)}: fel personnummer registrerat (${p.I()}), kunden ${p.N()} vill rätta det.`),
  t('us', 'crm', (p) => `Verified caller ${p.N()} — last 4 of SSN matched, full SSN ${p.I()} re-keyed by agent; DOB ${p.D()}.`),
);
PII_T.test.push(
  // ---- EN: JSON records, CSV lines, call transcripts, HR onboarding, shipping labels, SMS, SQL, stack traces
  t('us', 'json', (p, r) => `{"customer_id": ${r.int(10000, 999999)}, "name": "${p.N()}", "email": "${p.E()}", "phone": "${p.T()}", "created_at": "${isoTs(r)}Z"}`),
  t('us', 'csv', (p, r) => `${r.int(1000, 99999)},"${p.L()}, ${p.F()}",${p.E()},${p.I()},${p.D()},active`),
  t('us', 'transcript', (p) => `Agent: Can I get your full name and date of birth?\nCaller: Sure, it's ${p.N()}, born ${p.D()}.\nAgent: And the last four of your social? Actually, we need the full number for this form.\nCaller: ${p.I()}.`),
  t('us', 'hr', (p) => `New hire onboarding — ${p.N()}\nStart date: Monday\nPersonal email: ${p.E()}\nMailing address: ${p.A()}\nEmergency contact: ${M('person', 'Linda ' + p.last)}, ${p.T()}`),
  t('us', 'shipping', (p, r) => `SHIP TO:\n${p.N()}\n${p.A()}\nTEL ${p.T()}\nWEIGHT ${r.int(1, 30)} LB  REF ${ORDER(r)}`),
  t('us', 'sms', (p) => `Hey it's ${p.F()} — new number, save it: ${p.T()}. Also Venmo me at ${p.E()}`),
  t('us', 'sql', (p, r) => `INSERT INTO payments (holder, pan, exp, billing_zip) VALUES ('${p.N()}', '${p.C()}', '${pad2(r.int(1, 12))}/${r.int(27, 31)}', '${r.digits(5)}');`),
  t('us', 'stacktrace', (p, r) => `Traceback (most recent call last):\n  File "/app/billing/charge.py", line ${r.int(20, 400)}, in charge\n    raise CardError(f"declined for {card}")\nbilling.errors.CardError: declined for ${p.C()} (customer ${p.E()})`),
  t('uk', 'json', (p) => `{"fullName":"${p.N()}","dob":"${p.D()}","address":"${p.A()}","mobile":"${p.T()}"}`),
  t('uk', 'csv', (p, r) => `${p.F()};${p.L()};${p.E()};${p.T()};${p.B()};${r.pick(['monthly', 'annual'])}`),
  t('uk', 'transcript', (p) => `[00:02:14] CUSTOMER: yeah the account's under ${p.N()}, postcode's on the letter, it's ${p.A()}\n[00:02:31] ADVISOR: thanks, and a contact number?\n[00:02:35] CUSTOMER: ${p.T()}`),
  t('uk', 'calendar', (p, r) => `BEGIN:VEVENT\nSUMMARY:Viewing with ${p.N()}\nLOCATION:${p.A()}\nDESCRIPTION:Call ${p.T()} on arrival\nDTSTART:2026${pad2(r.int(1, 12))}${pad2(r.int(1, 28))}T140000Z\nEND:VEVENT`),
  t('us', 'json', (p, r) => `{"event":"login","user":"${p.E()}","src_ip":"${p.IP()}","ua":"Mozilla/5.0 (Macintosh)","ts":${1780000000 + r.int(0, 9999999)}}`),
  t('us', 'csv', (p) => `${p.IP4()},${p.E()},"${p.A()}",${p.T()}`),
  t('us', 'sms', (p) => `this is ${p.NL()}, pls text me back at ${p.T()} when ur outside`),
  t('us', 'sms', (p) => `Ur package to ${p.A()} is held. Confirm ur card ${p.C()} at the link. -${p.F()}`),
  t('uk', 'stacktrace', (p, r) => `java.lang.IllegalStateException: duplicate account for email=${p.E()} phone=${p.T()}\n\tat com.acme.crm.AccountService.create(AccountService.java:${r.int(40, 300)})`),
  t('us', 'transcript', (p) => `Voicemail transcript: "Hi this is ${p.N()}, calling from Mumbai, please call me back on ${p.T('in')} or my Tokyo number ${p.T('jp')}, thanks."`),
  // ---- DE
  t('de', 'json', (p, r) => `{"kundennummer": "K-${r.int(100000, 999999)}", "name": "${p.N()}", "geburtsdatum": "${p.D()}", "iban": "${p.B()}", "steuer_id": "${p.I()}"}`),
  t('de', 'csv', (p) => `${p.L()};${p.F()};${p.A()};${p.T()};${p.E()}`),
  t('de', 'hr', (p) => `Personalbogen\nMitarbeiter/in: ${p.N()}\nGeburtsdatum: ${p.D()}\nSteuer-IdNr.: ${p.I()}\nBankverbindung: ${p.B()}\nWohnanschrift: ${p.A()}`),
  t('de', 'shipping', (p, r) => `Empfänger: ${p.N()}\n${p.A()}\nDeutschland\nSendungsnr. 00${r.digits(18)} | Tel. ${p.T()}`),
  t('de', 'transcript', (p) => `Anrufnotiz (Transkript): „Ja, hallo, ${p.N()} hier, ich wollte nur sagen, meine neue Handynummer ist ${p.T()} und die Mail ${p.E()}.“`),
  t('de', 'sms', (p, r) => `Hi, hier ${p.F()}! Überweis mir die ${r.int(12, 300)} € einfach auf ${p.B()}, danke 🙂`),
  // ---- FR
  t('fr', 'json', (p) => `{"nom": "${p.L()}", "prenom": "${p.F()}", "nir": "${p.I()}", "date_naissance": "${p.D()}", "telephone": "${p.T()}"}`),
  t('fr', 'csv', (p) => `"${p.N()}";"${p.A()}";"${p.E()}";"${p.B()}"`),
  t('fr', 'hr', (p) => `Fiche d'embauche — Salarié(e) : ${p.N()}, né(e) le ${p.D()}, n° de sécurité sociale ${p.I()}, domicilié(e) ${p.A()}.`),
  t('fr', 'transcript', (p) => `Transcription : « Oui bonjour, c'est ${p.N()}, vous pouvez me joindre au ${p.T()}, ou par mail à ${p.E()}. »`),
  t('fr', 'sms', (p) => `Coucou c'est ${p.F()} ! Mon nouveau numéro : ${p.T()}. Bisous`),
  // ---- ES
  t('es', 'json', (p) => `{"titular": "${p.N()}", "documento": "${p.I()}", "iban": "${p.B()}", "email": "${p.E()}"}`),
  t('es', 'csv', (p) => `${p.I()},${p.N()},${p.D()},${p.T()}`),
  t('es', 'hr', (p) => `Alta de empleado: ${p.N()}, nacido/a el ${p.D()}, documento ${p.I()}, domicilio ${p.A()}, cuenta ${p.B()}.`),
  t('es', 'transcript', (p) => `Transcripción de la llamada: «Sí, soy ${p.N()}, mi teléfono es el ${p.T()} y vivo en ${p.A()}».`),
  t('es', 'shipping', (p, r) => `Destinatario: ${p.N()} · ${p.A()} · Tel. ${p.T()} · Bultos: ${r.int(1, 4)}`),
  // ---- IT
  t('it', 'json', (p) => `{"cognome": "${p.L()}", "nome": "${p.F()}", "codice_fiscale": "${p.I()}", "pec": "${p.E()}", "cellulare": "${p.T()}"}`),
  t('it', 'csv', (p) => `${p.I()};${p.N()};${p.A()};${p.B()}`),
  t('it', 'hr', (p) => `Scheda dipendente: ${p.N()}, nato/a il ${p.D()}, C.F. ${p.I()}, IBAN per lo stipendio ${p.B()}.`),
  t('it', 'sms', (p) => `Ciao, sono ${p.F()}! Il mio nuovo numero è ${p.T()}, salvalo 😉`),
  // ---- NL
  t('nl', 'json', (p) => `{"naam": "${p.N()}", "bsn": "${p.I()}", "geboortedatum": "${p.D()}", "iban": "${p.B()}"}`),
  t('nl', 'csv', (p) => `${p.N()},${p.A()},${p.T()},${p.E()}`),
  t('nl', 'hr', (p) => `Personeelsdossier – ${p.N()}, BSN ${p.I()}, woonachtig ${p.A()}, salaris naar ${p.B()}.`),
  t('nl', 'transcript', (p) => `Transcript: "Ja hallo, met ${p.N()}, mijn nummer is ${p.T()}, bel me maar terug."`),
  // ---- PL
  t('pl', 'json', (p) => `{"imie_nazwisko": "${p.N()}", "pesel": "${p.I()}", "adres": "${p.A()}", "telefon": "${p.T()}"}`),
  t('pl', 'csv', (p) => `${p.I()};${p.N()};${p.E()};${p.B()}`),
  t('pl', 'hr', (p) => `Karta pracownika: ${p.N()}, data urodzenia ${p.D()}, PESEL ${p.I()}, konto do wypłaty ${p.B()}.`),
  t('pl', 'sms', (p) => `Cześć, tu ${p.F()}. Przelej proszę na ${p.B()} 🙏`),
  // ---- SV
  t('sv', 'json', (p) => `{"namn": "${p.N()}", "personnummer": "${p.I()}", "adress": "${p.A()}", "mobil": "${p.T()}"}`),
  t('sv', 'csv', (p) => `${p.I()},${p.N()},${p.E()},${p.T()}`),
  t('sv', 'hr', (p) => `Anställningsunderlag: ${p.N()}, personnummer ${p.I()}, lönekonto ${p.B()}, adress ${p.A()}.`),
  t('sv', 'sms', (p) => `Hej det är ${p.F()}! Nytt nummer: ${p.T()} 👋`),
  // ---- multi-country / network
  t('de', 'stacktrace', (p, r) => `org.postgresql.util.PSQLException: FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »kunden_email_key«\n  Detail: Schlüssel (email)=(${p.E()}) existiert bereits.`),
  t('fr', 'csv', (p, r) => `${isoTs(r)};${p.IP()};${p.E()};login_ok`),
  t('nl', 'json', (p) => `{"remote_addr": "${p.IP6()}", "user": "${p.E()}", "action": "password_reset"}`),
  t('pl', 'stacktrace', (p, r) => `ERROR [req ${r.str(HEX, 8)}] Nie udało się wysłać SMS na ${p.T()} (klient ${p.N()}, ip ${p.IP4()})`),
  t('sv', 'json', (p, r) => `{"kort": "${p.C()}", "innehavare": "${p.N()}", "belopp": ${r.int(10, 9000)}, "valuta": "SEK"}`),
  t('it', 'stacktrace', (p) => `Exception in thread "main" it.acme.anagrafe.InvalidCodeException: codice fiscale non coerente con data di nascita ${p.D()}: ${p.I()}`),
  t('es', 'sql', (p) => `UPDATE clientes SET telefono = '${p.T()}', email = '${p.E()}' WHERE documento = '${p.I()}';`),
  t('es', 'json', (p) => `{"tipo_documento": "NIE", "numero": "${p.NIE()}", "nacionalidad": "PT", "telefono": "${p.T()}"}`),
  t('es', 'csv', (p) => `NIE;${p.NIE()};${p.N()};${p.A()}`),
  t('de', 'csv', (p) => `${p.I()};${p.N()};${p.D()};${p.B()}`),
  t('fr', 'json', (p) => `{"assure": {"nir": "${p.I()}", "nom": "${p.N()}", "iban": "${p.B()}"}}`),
  t('nl', 'csv', (p) => `${p.I()};${p.N()};${p.D()}`),
  t('sv', 'transcript', (p) => `Transkribering: "Hej, jag heter ${p.N()}, mitt personnummer är ${p.I()}."`),
  t('uk', 'sql', (p) => `SELECT * FROM customers WHERE email = '${p.E()}' OR card_number = '${p.C()}';`),
);
const upsTrack = (r) => '1Z' + r.str(UPC + DIG, 6) + r.digits(10);
const nonLuhn16 = (r) => { for (;;) { const n = r.pick(['4', '5', '3', '6']) + r.digits(15); if (!luhnOk(n)) return n; } };
const ean13 = (r, pre = '400') => { const b = pre + r.digits(12 - pre.length); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); };
const isbn13 = (r) => { const b = '978' + r.digits(9); let s = 0; for (let i = 0; i < 12; i++) s += +b[i] * (i % 2 ? 3 : 1); const c = (10 - (s % 10)) % 10; return `${b.slice(0, 3)}-${b[3]}-${b.slice(4, 7)}-${b.slice(7, 12)}-${c}`; };
const ver4 = (r) => `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 30)}.${r.int(1, 250)}`;
const price = (r) => r.pick([`€${r.int(1, 2999)},${pad2(r.int(0, 99))}`, `$${r.int(1, 4999)}.${pad2(r.int(0, 99))}`, `£${r.int(1, 999)}.${pad2(r.int(0, 99))}`, `${r.int(10, 9999)} kr`, `${r.int(10, 999)},${pad2(r.int(0, 99))} zł`]);
const PII_NEG = {
  dev: [
    (r) => `Your order ${ORDER(r)} has shipped. UPS tracking: ${upsTrack(r)}. Estimated delivery ${isoTs(r).slice(0, 10)}.`,
    (r) => `Firmware updated to ${ver4(r)} on ${r.int(2, 40)} access points; reboot scheduled for ${pad2(r.int(0, 23))}:00 UTC.`,
    (r) => `${isoTs(r)}Z job=reindex status=ok duration=${r.int(1, 90)}.${r.int(0, 9)}s rows=${r.int(1000, 999999)}`,
    (r) => `Total: ${price(r)} incl. VAT — invoice INV-${r.int(2024, 2026)}-${String(r.int(1, 99999)).padStart(6, '0')}`,
    (r) => `Artikel ${r.str(UPC, 3)}-${r.int(1000, 9999)} (EAN ${ean13(r)}) ist wieder lieferbar, Preis ${price(r)}.`,
    (r) => `Book club pick: ISBN ${isbn13(r)}, ${r.int(180, 720)} pages, paperback.`,
    (r) => `object ${r.str(HEX, 16)} evicted from cache (size=${r.int(1, 900)}KB, ttl=${r.int(60, 3600)}s)`,
    (r) => `Rechnung Nr. ${r.int(2024, 2026)}-${String(r.int(1, 999999)).padStart(6, '0')} vom ${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))}.2026 – bitte innerhalb von 14 Tagen zahlen.`,
    (r) => `Termin am ${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))}.2026 um ${r.int(8, 18)}:00 Uhr bestätigt. Raum ${r.int(100, 499)}.`,
    (r) => `Case ${r.int(100000000, 999999999)} closed after ${r.int(2, 30)} days. Root cause: expired TLS certificate on the load balancer.`,
    (r) => `Paket-Referenz ${nonLuhn16(r)} konnte nicht zugestellt werden; neuer Zustellversuch morgen.`,
    (r) => `Le client signale que l'application plante au démarrage depuis la version ${r.int(3, 9)}.${r.int(0, 20)}.${r.int(0, 9)}.`,
    (r) => `Pedido ${ORDER(r)} enviado el ${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/2026. Importe: ${price(r)}.`,
    (r) => `L'ordine ${ORDER(r)} è in consegna. Codice spedizione ${r.str(UPC, 2)}${r.digits(9)}IT.`,
    (r) => `Storing ${r.int(2, 50)} minuten op het netwerk; alle klanten in regio ${r.pick(['Noord', 'Zuid', 'Oost'])} zijn geïnformeerd.`,
    (r) => `Zamówienie ${ORDER(r)} zostało zrealizowane ${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))}.2026.`,
    (r) => `Leveransen försenad, ny beräknad ankomst vecka ${r.int(1, 52)}. Ordernummer ${r.int(1000000, 9999999)}.`,
    (r) => `Wall Street closed higher; ${r.pick(['Ferrari', 'Mercedes-Benz', 'Porsche'])} shares rose ${r.int(1, 9)}.${r.int(0, 9)}% after Q${r.int(1, 4)} results.`,
    (r) => `The customer asked us to call back tomorrow. No account changes were made. Priority: ${r.pick(['low', 'normal', 'high'])}.`,
    (r) => `Meeting room "Baker Street" is booked ${r.int(9, 16)}:00–${r.int(17, 18)}:00 for the quarterly review.`,
    (r) => `Build #${r.int(1000, 9999)} (${r.str(HEX, 7)}) passed ${r.int(100, 900)} tests in ${r.int(2, 20)}m${r.int(0, 59)}s.`,
    (r) => `SKU ${r.str(UPC, 2)}${r.int(10000, 99999)}-${r.pick(['BLK', 'WHT', 'RED'])}-${r.pick(['S', 'M', 'L', 'XL'])} qty=${r.int(1, 40)} unit_price=${price(r)}`,
  ],
  test: [
    (r) => `{"order_id": "${ORDER(r)}", "status": "shipped", "carrier": "DHL", "tracking": "JJD${r.digits(18)}", "total": "${price(r)}"}`,
    (r) => `sku,ean,qty,price\n${r.str(UPC, 3)}-${r.int(100, 999)},${ean13(r, r.pick(['400', '590', '730', '871', '800']))},${r.int(1, 90)},${price(r).replace(',', '.')}`,
    (r) => `Agent: Thanks for calling. Your reference is ${r.str(UPC, 2)}-${r.int(100000, 999999)}. Is there anything else? Caller: No, that's all, thank you.`,
    (r) => `{"app_version": "${ver4(r)}", "os": "Android ${r.int(10, 15)}", "crash_free_sessions": 0.9${r.int(10, 99)}}`,
    (r) => `User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/${r.int(110, 131)}.0.${r.int(5000, 6999)}.${r.int(10, 200)} Safari/537.36`,
    (r) => `Lieferschein ${r.int(80000000, 89999999)} – Palette ${r.int(1, 9)}/${r.int(9, 12)}, Gewicht ${r.int(100, 900)} kg, Abholung ${pad2(r.int(1, 28))}.${pad2(r.int(1, 12))}.2026`,
    (r) => `Facture n° F${r.int(2025, 2026)}-${r.int(10000, 99999)} — montant TTC ${price(r)} — échéance ${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/2026`,
    (r) => `INSERT INTO products (sku, name, price_cents) VALUES ('${r.str(UPC, 2)}${r.int(10000, 99999)}', '${r.pick(['Desk lamp', 'USB-C hub', 'Kettle', 'Backpack'])}', ${r.int(500, 99999)});`,
    (r) => `Exception in thread "main" java.lang.NumberFormatException: For input string: "${nonLuhn16(r)}x"\n\tat java.base/java.lang.Long.parseLong(Long.java:${r.int(600, 800)})`,
    (r) => `Factura ${r.int(1000, 9999)}/${r.int(2025, 2026)}: ${r.int(2, 40)} unidades, IVA 21 %, total ${price(r)}.`,
    (r) => `Spedizione ${r.str(UPC, 2)}${r.digits(9)}IT partita dal magazzino di Piacenza il ${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/2026.`,
    (r) => `{"bestelnummer": "${r.int(10000000, 99999999)}", "status": "onderweg", "verwacht": "${isoTs(r).slice(0, 10)}"}`,
    (r) => `Faktura VAT nr FV/${r.int(1, 999)}/${pad2(r.int(1, 12))}/2026, kwota ${price(r)}, termin płatności 14 dni.`,
    (r) => `Kvitto ${r.int(100000, 999999)}: ${r.int(1, 5)} st à ${r.int(20, 900)} kr, moms 25 %, summa ${r.int(100, 9999)} kr.`,
    (r) => `DEBUG pool size=${r.int(2, 64)} idle=${r.int(0, 10)} host=db-replica-${r.int(1, 4)} port=5432 version=${ver4(r)}`,
    (r) => `Paris Saint-Germain beat Olympique Lyonnais ${r.int(0, 5)}-${r.int(0, 5)}; attendance ${r.int(30000, 48000)}.`,
    (r) => `Our office at Victoria Station will be closed on ${pad2(r.int(1, 28))}/${pad2(r.int(1, 12))}/2026 for maintenance.`,
    (r) => `ISBN ${isbn13(r)} — ${r.pick(['2nd edition', 'hardcover', 'Taschenbuch', 'broché'])}, ${price(r)}`,
    (r) => `Serial number: ${r.str(UPC + DIG, 4)}-${r.str(UPC + DIG, 4)}-${r.str(UPC + DIG, 4)}; warranty until ${isoTs(r, 2028).slice(0, 10)}`,
    (r) => `commit ${r.str(HEX, 40)}\nDate: ${isoTs(r)}+02:00\n\n    Bump version to ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 20)}`,
    (r) => `metric cpu_usage{pod="api-${r.str(LOW + DIG, 10)}-${r.str(LOW + DIG, 5)}"} ${r.int(1, 99)}.${r.int(0, 99)} ${1780000000000 + r.int(0, 99999999)}`,
    (r) => `Account ${r.pick(['DE', 'FR', 'NL'])}-${r.int(100000, 999999)} closed: customer requested deletion under GDPR Art. 17; no personal data retained.`,
  ],
};

// ================================================================ PII BUILDER
function buildPii(split, seed, nPos = 300, nNeg = 100) {
  const r = new Rng(seed);
  const source = `spii-blind-v1-pii-${split}`;
  const LANG = { us: 'en', uk: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', nl: 'nl', pl: 'pl', sv: 'sv' };
  const rows = []; const seen = new Set();
  const tpls = PII_T[split];
  for (let made = 0, k = 0; made < nPos; k++) {
    const tp = tpls[k % tpls.length];
    for (let tries = 0; tries < 30; tries++) {
      const p = persona(r, tp.loc, split);
      const { text, spans } = finish(tp.f(p, r));
      if (seen.has(text)) continue;
      seen.add(text); rows.push({ text, spans, family: `${tp.type}-${LANG[tp.loc]}`, lang: LANG[tp.loc], source }); made++; break;
    }
  }
  for (let made = 0, k = 0; made < nNeg && k < nNeg * 20; k++) {
    const text = finish(PII_NEG[split][k % PII_NEG[split].length](r)).text;
    if (seen.has(text)) continue;
    seen.add(text); rows.push({ text, spans: [], family: 'no-pii', lang: 'mixed', source }); made++;
  }
  return r.shuffle(rows);
}

// ================================================================ SELF-CHECK
// Secret span formats (anchored) — used on positive spans; the unanchored forms are also searched in
// negatives to make sure no real-format credential slipped into a label-0 row.
function ghChecksumOk(tok) { const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok); return !!m && base62(crc32(m[1]), 6) === m[2]; }
function jwtOk(tok) { try { const [h, p] = tok.split('.'); const H = JSON.parse(Buffer.from(h, 'base64url').toString()); JSON.parse(Buffer.from(p, 'base64url').toString()); return typeof H.alg === 'string' && tok.split('.').length === 3; } catch { return false; } }
const SECRET_FORMAT = {
  aws_access_key_id: /(?:AKIA|ASIA)[A-Z2-7]{16}/,
  aws_secret_access_key: /[A-Za-z0-9/+]{40}/,
  aws_session_token: /IQoJb3JpZ2luX2Vj[A-Za-z0-9/+]{100,}/,
  gcp_private_key: /-----BEGIN PRIVATE KEY-----(?:\\n|\n)[A-Za-z0-9/+=\\n]+-----END PRIVATE KEY-----(?:\\n)?/,
  gcp_api_key: /AIza[A-Za-z0-9_-]{35}/,
  azure_storage_key: /[A-Za-z0-9/+]{86}==/,
  azure_sas_signature: /[A-Za-z0-9%]{40,}/,
  github_token: /(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})/,
  gitlab_token: /glpat-[A-Za-z0-9_-]{20}/,
  slack_token: /xox[bp]-\d{10,13}-\d{10,13}(?:-\d{10,13})?-[A-Za-z0-9]{24,32}/,
  slack_webhook: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}/,
  stripe_key: /(?:sk|rk)_live_[A-Za-z0-9]{24,99}/,
  stripe_webhook_secret: /whsec_[A-Za-z0-9]{32}/,
  openai_key: /sk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/,
  anthropic_key: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/,
  huggingface_token: /hf_[A-Za-z]{34}/,
  npm_token: /npm_[A-Za-z0-9]{36}/,
  pypi_token: /pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{100,}/,
  twilio_auth_token: /[0-9a-f]{32}/,
  twilio_api_key: /SK[0-9a-f]{32}/,
  twilio_api_secret: /[A-Za-z0-9]{32}/,
  sendgrid_key: /SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/,
  shopify_token: /shp(?:at|ss|ca|pa)_[0-9a-f]{32}/,
  atlassian_token: /ATATT3xFfGF0[A-Za-z0-9_-]{100,}=[0-9A-F]{8}/,
  datadog_key: /[0-9a-f]{32}(?:[0-9a-f]{8})?/,
  jwt: /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{20,}/,
  private_key: /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/,
  basic_auth: /[A-Za-z0-9+/]+=*/,
};
// Distinctive (prefix-bearing) formats searched in negatives.
const NEG_SCAN = ['aws_access_key_id', 'aws_session_token', 'gcp_api_key', 'github_token', 'gitlab_token', 'slack_token', 'slack_webhook', 'stripe_key', 'stripe_webhook_secret', 'openai_key', 'anthropic_key', 'huggingface_token', 'npm_token', 'pypi_token', 'sendgrid_key', 'shopify_token', 'atlassian_token', 'jwt', 'private_key'];
const DOC_ALLOW = (m) => /EXAMPLE|(.)\1{7,}|^eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ/.test(m);
const NID_CHECK = { ...VALIDATORS, ip_address: (s) => ipv4Ok(s) || ipv6Ok(s), email: (s) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(s) };
export function selfCheck(files) {
  const problems = []; const bySplitTexts = {};
  const counts = {};
  for (const [name, rows] of Object.entries(files)) {
    const texts = new Set(); const c = (counts[name] = { rows: rows.length, family: {}, entity: {}, label: {} });
    for (const row of rows) {
      if (texts.has(row.text)) problems.push(`${name}: duplicate text`);
      texts.add(row.text);
      c.family[row.family] = (c.family[row.family] || 0) + 1;
      if ('label' in row) { c.label[row.label] = (c.label[row.label] || 0) + 1; if ((row.label === 1) !== row.spans.length > 0) problems.push(`${name}: label/spans mismatch: ${row.text.slice(0, 60)}`); }
      let prevEnd = -1;
      for (const sp of [...row.spans].sort((a, b) => a.start - b.start)) {
        c.entity[sp.entity] = (c.entity[sp.entity] || 0) + 1;
        if (!(sp.start >= 0 && sp.end <= row.text.length && sp.start < sp.end)) problems.push(`${name}: span out of range`);
        if (sp.start < prevEnd) problems.push(`${name}: overlapping spans`);
        prevEnd = sp.end;
        const v = row.text.slice(sp.start, sp.end);
        if (v !== v.trim()) problems.push(`${name}: span with outer whitespace ${JSON.stringify(v)}`);
        const val = NID_CHECK[sp.entity];
        if (val && !val(v)) problems.push(`${name}: ${sp.entity} fails validator: ${v}`);
        const fmt = name.startsWith('secrets') ? SECRET_FORMAT[sp.entity] : null;
        if (fmt && !new RegExp(`^(?:${fmt.source})$`).test(v)) problems.push(`${name}: ${sp.entity} span not in expected format: ${v.slice(0, 40)}`);
        if (name.startsWith('secrets') && sp.entity === 'github_token' && v.startsWith('gh') && !ghChecksumOk(v)) problems.push(`${name}: bad github checksum ${v}`);
        if (sp.entity === 'jwt' && !jwtOk(v)) problems.push(`${name}: jwt does not decode`);
      }
      if (/[\u0001\u0002\u0003]/.test(row.text)) problems.push(`${name}: leftover mark`);
      if (name.startsWith('secrets') && row.label === 0) {
        for (const e of NEG_SCAN) for (const m of row.text.matchAll(new RegExp(SECRET_FORMAT[e].source, 'g'))) {
          if (e === 'github_token' && m[0].startsWith('gh') && !ghChecksumOk(m[0])) continue; // shape only, no valid checksum
          if (!DOC_ALLOW(m[0])) problems.push(`${name}: negative contains ${e}-format value: ${m[0].slice(0, 40)} in ${row.text.slice(0, 60)}`);
        }
      }
    }
    bySplitTexts[name] = texts;
  }
  for (const kind of ['secrets', 'pii']) {
    const a = bySplitTexts[`${kind}-dev`], b = bySplitTexts[`${kind}-test`];
    if (a && b) for (const x of a) if (b.has(x)) problems.push(`${kind}: dev/test overlap: ${x.slice(0, 60)}`);
  }
  return { problems, counts };
}

// ================================================================ MAIN
const SEEDS = { 'secrets-dev': 0x5ec0de01, 'secrets-test': 0x5ec7e572, 'pii-dev': 0x9110de03, 'pii-test': 0x9117e574 };
function readJsonl(f) { return readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)); }
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.includes('--dev-only') ? ['dev'] : ['dev', 'test'];
  const files = {};
  if (!process.argv.includes('--check')) {
    for (const split of only) {
      files[`secrets-${split}`] = buildSecrets(split, SEEDS[`secrets-${split}`]);
      files[`pii-${split}`] = buildPii(split, SEEDS[`pii-${split}`]);
    }
    for (const [name, rows] of Object.entries(files)) writeFileSync(join(HERE, `${name}.jsonl`), rows.map((x) => JSON.stringify(x)).join('\n') + '\n');
  } else {
    for (const name of ['secrets-dev', 'secrets-test', 'pii-dev', 'pii-test']) if (existsSync(join(HERE, `${name}.jsonl`))) files[name] = readJsonl(join(HERE, `${name}.jsonl`));
  }
  const { problems, counts } = selfCheck(files);
  console.log(JSON.stringify(counts, null, 1));
  if (problems.length) { console.error(`SELF-CHECK FAILED (${problems.length}):\n` + [...new Set(problems)].slice(0, 40).join('\n')); process.exit(1); }
  console.log('self-check ok');
}
