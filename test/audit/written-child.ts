// Child process for test/audit/two-phase.test.ts: appends records through AuditLog over the real
// SQLite store whose WAL syncs never finish, and prints each seq once WRITTEN (append resolved) —
// none is ever durable — then `stuck`; the parent SIGKILLs it there, between written and durable.
import { AuditLog } from '../../src/audit/log.js';
import { loadOrCreateKeys } from '../../src/audit/keys.js';
import { SqliteAuditStore } from '../../src/store/audit-sqlite.js';
import { allowVerdict, makeEvent } from './support.js';
import { join } from 'node:path';

class NeverSyncs extends SqliteAuditStore {
  protected override walSync(): Promise<void> {
    return new Promise<void>(() => undefined);
  }
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: written-child DATA_DIR');
const log = new AuditLog(new NeverSyncs(join(dir, 'audit.db')), loadOrCreateKeys(dir), { timer: false, overlap: true });
let durable = 0;
// Two waves of 50 (two transactions: both sync slots), each record printed when written.
for (const wave of [0, 1]) {
  const acks = [];
  for (let k = 0; k < 50; k++) {
    const i = wave * 50 + k;
    acks.push(
      log.append(makeEvent(i, `payload ${i} `.repeat(40)), allowVerdict()).then((r) => {
        void r.durable?.then(() => durable++);
        process.stdout.write(`${r.seq}\n`);
      }),
    );
  }
  await Promise.all(acks);
}
process.stdout.write(`stuck ${durable}\n`);
setInterval(() => undefined, 1000);
