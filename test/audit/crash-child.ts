// Child process for test/audit/crash.test.ts: appends records under load through the real store
// and prints each acknowledged seq on stdout (a pipe: synchronous writes on Linux), until killed.
import { InlineAuditLog, openAudit, WorkerAuditLog } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, allowVerdict, makeEvent } from './support.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child DATA_DIR');
const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 250 } });
process.stdout.write('ready\n');
// `light`: waves of 4 records of ~3 KB, like a gateway at modest load — the audit worker then
// asks its checkpoint thread for WAL passes (src/audit/checkpointer.ts), and their count is
// printed as `passes N` so the parent knows the kill can land while they run.
const light = process.argv[3] === 'light';
const wave = light ? 4 : 200;
const pad = light ? 120 : 20;
let i = 0;
for (;;) {
  // (`writer: auto` picks the inline writer on a 1-CPU machine: its passes count the same way.)
  if (light && i % 200 === 0 && audit.log instanceof WorkerAuditLog) process.stdout.write(`passes ${(await audit.log.stats()).walPasses?.length ?? 0}\n`);
  else if (light && i % 200 === 0 && audit.log instanceof InlineAuditLog) process.stdout.write(`passes ${audit.log.walPasses.length}\n`);
  const wave_: Promise<void>[] = [];
  for (let k = 0; k < wave; k++, i++) {
    const p =
      i % 5 === 0
        ? audit.log.appendRecord({ kind: 'approval.decided', principal: 'key:admin', decision: 'allow', data: { approval: `a${i}` } })
        : audit.sink.append(makeEvent(i, `payload ${i} `.repeat(pad)), allowVerdict());
    wave_.push(p.then((r) => void process.stdout.write(`${r.seq}\n`)));
  }
  await Promise.all(wave_);
}
