// Embedded StateStore: session taint and the cross-tenant fingerprint table in SQLite
// (`<dataDir>/state.db`, tables `sessions`, `session_values`, `session_tenant_fingerprints`).
//
// The caller (src/session/state.ts) keeps a write-through cache, so this store is read once per
// session per process (on the first event after a restart or a cache eviction) and written only
// when a session gains a value. Values are fingerprints (HMAC), tenant names, tool ids and
// provenance labels: nothing here is a secret in clear.
//
// Misses: one process per file (another gateway on the same file sees new sessions but not values
// added after it cached a session). Cost: `load` is one indexed range read of the session's rows
// (≤ ~10,100 rows by Sessions' bounds); `save` one transaction of one upsert plus one INSERT OR
// IGNORE per new value; `prune` two indexed deletes. Failure mode: better-sqlite3 throws
// (SqliteError); Sessions lets reads throw (the engine refuses the event) and keeps writes in its
// cache when they fail.

import type { SessionValue, SessionValueKind, StateStore, StoredSession } from './types.js';
import type { SqliteDatabase } from './sqlite.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created INTEGER NOT NULL,
  touched INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sessions_touched ON sessions(touched);
CREATE TABLE IF NOT EXISTS session_values (
  session TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (session, kind, value)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS session_tenant_fingerprints (
  fingerprint TEXT PRIMARY KEY,
  tenant TEXT NOT NULL,
  created INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS session_tenant_fingerprints_created ON session_tenant_fingerprints(created);
`;

const KINDS: ReadonlySet<string> = new Set<SessionValueKind>(['untrusted', 'sensitive', 'tenant', 'tool', 'fingerprint']);

interface SessionRow {
  id: string;
  created: number;
  touched: number;
}
interface ValueRow {
  kind: string;
  value: string;
  detail: string;
}

export class SqliteStateStore implements StateStore {
  private readonly getSession;
  private readonly getValues;
  private readonly upsertSession;
  private readonly insertValue;
  private readonly deleteSession;
  private readonly getTenant;
  private readonly insertTenant;
  private readonly saveTx;

  /** `db` is shared (runtime.stateDb); the caller closes it. */
  constructor(private readonly db: SqliteDatabase) {
    // INVARIANT: foreign_keys=ON (openDatabase) so deleting a session deletes its values.
    db.exec(SCHEMA);
    this.getSession = db.prepare<[string], SessionRow>('SELECT id, created, touched FROM sessions WHERE id = ?');
    this.getValues = db.prepare<[string], ValueRow>('SELECT kind, value, detail FROM session_values WHERE session = ?');
    this.upsertSession = db.prepare<[string, number, number]>(
      'INSERT INTO sessions (id, created, touched) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET touched = max(touched, excluded.touched)',
    );
    this.insertValue = db.prepare<[string, string, string, string]>('INSERT OR IGNORE INTO session_values (session, kind, value, detail) VALUES (?, ?, ?, ?)');
    this.deleteSession = db.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
    this.getTenant = db.prepare<[string], { tenant: string }>('SELECT tenant FROM session_tenant_fingerprints WHERE fingerprint = ?');
    this.insertTenant = db.prepare<[string, string, number]>('INSERT OR IGNORE INTO session_tenant_fingerprints (fingerprint, tenant, created) VALUES (?, ?, ?)');
    this.saveTx = db.transaction((session: string, touched: number, values: readonly SessionValue[]) => {
      this.upsertSession.run(session, touched, touched);
      for (const v of values) this.insertValue.run(session, v.kind, v.value, v.detail);
    });
  }

  load(session: string): StoredSession | undefined {
    const row = this.getSession.get(session);
    if (!row) return undefined;
    const values: SessionValue[] = [];
    for (const v of this.getValues.all(session)) {
      // A kind written by a newer version is skipped rather than misread.
      if (KINDS.has(v.kind)) values.push({ kind: v.kind as SessionValueKind, value: v.value, detail: v.detail });
    }
    return { id: row.id, created: row.created, touched: row.touched, values };
  }

  save(session: string, touched: number, values: readonly SessionValue[]): void {
    this.saveTx(session, touched, values);
  }

  delete(session: string): void {
    this.deleteSession.run(session);
  }

  prune(cutoff: number, maxSessions: number, maxFingerprints: number): number {
    return this.db.transaction(() => {
      let deleted = this.db.prepare<[number]>('DELETE FROM sessions WHERE touched < ?').run(cutoff).changes;
      const over = this.count() - maxSessions;
      if (over > 0) {
        deleted += this.db
          .prepare<[number]>('DELETE FROM sessions WHERE id IN (SELECT id FROM sessions ORDER BY touched ASC LIMIT ?)')
          .run(over).changes;
      }
      const fpCount = this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM session_tenant_fingerprints').get()?.n ?? 0;
      if (fpCount > maxFingerprints) {
        this.db
          .prepare<[number]>('DELETE FROM session_tenant_fingerprints WHERE fingerprint IN (SELECT fingerprint FROM session_tenant_fingerprints ORDER BY created ASC LIMIT ?)')
          .run(fpCount - maxFingerprints);
      }
      return deleted;
    })();
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sessions').get()?.n ?? 0;
  }

  firstTenant(fingerprint: string): string | undefined {
    return this.getTenant.get(fingerprint)?.tenant;
  }

  setFirstTenant(fingerprint: string, tenant: string, time: number): void {
    this.insertTenant.run(fingerprint, tenant, time);
  }
}
