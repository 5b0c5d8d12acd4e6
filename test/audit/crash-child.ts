// Child process for test/audit/crash.test.ts: appends records under load through the real store
// and prints each acknowledged seq on stdout (a pipe: synchronous writes on Linux), until killed.
import { openAudit } from '../../src/audit/index.js';
import { AUDIT_DEFAULTS, allowVerdict, makeEvent } from './support.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child DATA_DIR');
const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: 250 } });
process.stdout.write('ready\n');
let i = 0;
for (;;) {
  const wave: Promise<void>[] = [];
  for (let k = 0; k < 200; k++, i++) {
    const p =
      i % 5 === 0
        ? audit.log.appendRecord({ kind: 'approval.decided', principal: 'key:admin', decision: 'allow', data: { approval: `a${i}` } })
        : audit.sink.append(makeEvent(i, `payload ${i} `.repeat(20)), allowVerdict());
    wave.push(p.then((r) => void process.stdout.write(`${r.seq}\n`)));
  }
  await Promise.all(wave);
}
