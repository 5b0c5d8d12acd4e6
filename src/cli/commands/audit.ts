// `pavise audit verify|export|tail|pubkey` over `<dataDir>/audit.db` (opened read-only, so they
// run safely next to a live gateway: WAL readers never block the writer).
//
// verify  exit 0 when the chain and every checkpoint check out; exit 1 naming the first record
//         that was changed, removed, inserted, reordered or truncated (or when there is no log).
// export  --format jsonl (stored record + hash, re-verifiable) | ocsf (OCSF 1.3 events).
// tail    the newest N records (default 20), one line each or --json; --follow polls every second.
// pubkey  the Ed25519 public key (PEM) that verifies checkpoints, for safekeeping elsewhere.
import { existsSync, openSync, closeSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { AUDIT_DB_FILE, openAuditReadonly, toJsonl, toOcsf, verifyStore } from '../../audit/index.js';
import { keyIdOf, loadPublicKey, publicKeyPem } from '../../audit/keys.js';
import type { AuditRecord } from '../../audit/record.js';
import { PaviseError } from '../../engine/errors.js';
import { resolveFromConfig } from '../../policy/config.js';
import type { SqliteAuditStore } from '../../store/audit-sqlite.js';
import type { AuditRow } from '../../store/types.js';
import type { CliContext } from '../context.js';
import { loadCliConfig } from '../shared.js';

interface CommonOptions {
  config?: string;
  json?: boolean;
}

function dataDirOf(ctx: CliContext, opts: CommonOptions): string {
  const loaded = loadCliConfig(ctx, opts.config);
  return resolveFromConfig(loaded, loaded.config.dataDir);
}

function openStore(dataDir: string): SqliteAuditStore {
  if (!existsSync(join(dataDir, AUDIT_DB_FILE))) throw new PaviseError('PAVISE_NOT_FOUND', `no audit log at ${join(dataDir, AUDIT_DB_FILE)}`);
  return openAuditReadonly(dataDir);
}

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 0) throw new PaviseError('PAVISE_USAGE', `${name} must be a non-negative integer, not \`${v}\``);
  return n;
}

/** One human line per record; no bodies, no digests. */
export function formatRecord(row: AuditRow): string {
  let rec: Partial<AuditRecord>;
  try {
    rec = JSON.parse(row.body) as Partial<AuditRecord>;
  } catch {
    return `${row.seq}\t${new Date(row.time).toISOString()}\t${row.kind}\t(unparseable)`;
  }
  const fields = [
    String(row.seq),
    new Date(row.time).toISOString(),
    row.kind,
    rec.principal?.id ?? '-',
    rec.action ?? '-',
    rec.resource ? `${rec.resource.kind}:${rec.resource.id}` : '-',
    rec.verdict ? `${rec.verdict.decision}${rec.verdict.code ? ` ${rec.verdict.code}` : ''}` : '-',
  ];
  const findings = rec.verdict?.findings ?? [];
  if (findings.length > 0) fields.push(findings.map((f) => `${f.detector}/${f.kind}`).join(','));
  return fields.join('\t');
}

export function registerAudit(program: Command, ctx: CliContext): void {
  const audit = program.command('audit').description('verify, export and inspect the tamper-evident audit log');

  audit
    .command('verify')
    .description('check the hash chain and signed checkpoints; exit 1 naming the first bad record')
    .option('--pubkey <file>', 'verify checkpoints with this PEM public key instead of the data dir key')
    .option('--json', 'print the result as JSON')
    .option('--config <file>', 'pavise.yaml to use')
    .action(async (opts: CommonOptions & { pubkey?: string }) => {
      const dataDir = dataDirOf(ctx, opts);
      const store = openStore(dataDir);
      try {
        const r = await verifyStore(store, dataDir, opts.pubkey);
        if (opts.json) ctx.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else if (r.ok) {
          ctx.stdout(
            `ok: ${r.records} records (${r.firstSeq ?? 0}..${r.lastSeq ?? 0}), ${r.checkpoints} checkpoints, ${r.unsealed} after the last checkpoint\n`,
          );
        } else ctx.stderr(`error PAVISE_AUDIT_TAMPERED: ${r.problem?.kind ?? 'bad'} record ${r.problem?.seq ?? '?'}: ${r.problem?.message ?? ''}\n`);
        ctx.exitCode = r.ok ? 0 : 1;
      } finally {
        await store.close();
      }
    });

  audit
    .command('export')
    .description('export records as JSON Lines or OCSF events')
    .requiredOption('--format <f>', 'jsonl | ocsf')
    .option('--from <seq>', 'first sequence number')
    .option('--to <seq>', 'last sequence number')
    .option('--out <file>', 'write to a file (created with mode 0600) instead of stdout')
    .option('--config <file>', 'pavise.yaml to use')
    .action(async (opts: CommonOptions & { format: string; from?: string; to?: string; out?: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'ocsf') throw new PaviseError('PAVISE_USAGE', `--format must be jsonl or ocsf, not \`${opts.format}\``);
      const from = positiveInt('--from', opts.from, 0);
      const to = positiveInt('--to', opts.to, Number.MAX_SAFE_INTEGER);
      const store = openStore(dataDirOf(ctx, opts));
      const fd = opts.out !== undefined ? openSync(opts.out, 'w', 0o600) : undefined;
      const write = (s: string): void => {
        if (fd !== undefined) writeSync(fd, s);
        else ctx.stdout(s);
      };
      try {
        for await (const row of store.records({ fromSeq: from, toSeq: to })) {
          if (opts.format === 'jsonl') write(`${toJsonl(row)}\n`);
          else for (const ev of toOcsf(row)) write(`${JSON.stringify(ev)}\n`);
        }
      } finally {
        if (fd !== undefined) closeSync(fd);
        await store.close();
      }
    });

  audit
    .command('tail')
    .description('print the newest records')
    .option('-n, --lines <n>', 'how many records', '20')
    .option('-f, --follow', 'keep printing new records as they are committed')
    .option('--json', 'print stored records (JSON Lines) instead of one summary line each')
    .option('--config <file>', 'pavise.yaml to use')
    .action(async (opts: CommonOptions & { lines?: string; follow?: boolean }) => {
      const n = positiveInt('-n', opts.lines, 20);
      const store = openStore(dataDirOf(ctx, opts));
      const print = (row: AuditRow): void => ctx.stdout(`${opts.json ? toJsonl(row) : formatRecord(row)}\n`);
      try {
        let last = 0;
        for (const row of await store.tail(n)) {
          print(row);
          last = row.seq;
        }
        while (opts.follow) {
          await new Promise((r) => setTimeout(r, 1000));
          // A read-only WAL reader sees new commits at its next statement.
          for (const row of store.recordsSync({ fromSeq: last + 1, limit: 10_000 })) {
            print(row);
            last = row.seq;
          }
        }
      } finally {
        await store.close();
      }
    });

  audit
    .command('pubkey')
    .description('print the public key that verifies audit checkpoints (PEM)')
    .option('--json', 'print {keyId, pem}')
    .option('--config <file>', 'pavise.yaml to use')
    .action((opts: CommonOptions) => {
      const dataDir = dataDirOf(ctx, opts);
      let key;
      try {
        key = loadPublicKey(dataDir);
      } catch {
        throw new PaviseError('PAVISE_NOT_FOUND', `no audit signing key in ${dataDir}`);
      }
      const pem = publicKeyPem(key);
      ctx.stdout(opts.json ? `${JSON.stringify({ keyId: keyIdOf(key), pem })}\n` : pem);
    });
}
