// Shared SQLite opener: every embedded store (audit, state, approvals, keys) opens its file here so
// the durability settings are decided once.
//
// Settings: WAL (readers never block the single writer, so `pavise audit verify` can run against a
// live gateway), synchronous=FULL (every commit is fsynced: a record acknowledged to a client
// survives a process crash AND a power loss; see docs/audit.md for the measured cost),
// busy_timeout so a second process waits briefly for the write lock instead of failing at once.
//
// Misses: nothing here guards against a disk that lies about fsync. Cost: opening is O(1) plus
// WAL recovery, which is bounded by the WAL size (auto-checkpointed at 1000 pages).
// Failure mode: throws (better-sqlite3's SqliteError) when the file cannot be opened or is not a
// database; callers turn that into their own PAVISE_ code.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type SqliteDatabase = Database.Database;

export interface OpenDatabaseOptions {
  /** Open read-only (no schema changes, no file creation). */
  readonly readonly?: boolean;
  /** Milliseconds to wait for a lock held by another connection (default 2000). */
  readonly busyTimeoutMs?: number;
  /** `FULL` (default) or `NORMAL`; NORMAL in WAL mode survives process crashes but may lose the
   * last commits on power loss. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

export function openDatabase(path: string, opts: OpenDatabaseOptions = {}): SqliteDatabase {
  if (!opts.readonly) mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 2000))}`);
    if (!opts.readonly) {
      // INVARIANT: journal_mode=WAL is persistent in the file; set it before any table exists.
      db.pragma('journal_mode = WAL');
    }
    db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`);
    db.pragma('foreign_keys = ON');
    // better-sqlite3 opens connections with a 16 MB page cache (cache_size = -16000); the audit
    // store is append-only and state.db is small, so SQLite's own default of 2 MB suffices, and
    // the append-only audit file otherwise fills the 16 MB over time (gateway RSS under load:
    // 223 -> 173 MB measured with a 1 MB cache on every connection, /work/brief/report-perf-rss.md).
    db.pragma('cache_size = -2000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Change tokens: let a hot read (API-key lookup, active blocks) be served from memory while the
// database has not changed. SQLite's `PRAGMA data_version` changes when ANOTHER connection (e.g.
// `pavise keys revoke` in another process) commits; writes through this same connection do not
// change it, so every writer here calls `noteWrite(db)`, which bumps a process-wide counter (so a
// write through one connection also invalidates the caches of every other connection this process
// holds to the same file: the gateway's key store and its state store are two connections).
// A token equal to the one a cache entry was filled under means nothing was written since.
//
// The PRAGMA is a read transaction (two fcntl lock calls) and was ~4% of the gateway's CPU when
// run on every request, so a ChangeScopedCache may run it at most once per `recheckMs`: a write
// by ANOTHER process is then seen within `recheckMs` (config `server.revocationCheckMs`), a write
// by this process at once (the counter is checked on every get).

let processWrites = 0;
const versionStatements = new WeakMap<SqliteDatabase, Database.Statement>();

/** Record a write made through `db` (invalidates every change token and cache of this process). */
export function noteWrite(_db: SqliteDatabase): void {
  processWrites++;
}

function dataVersion(db: SqliteDatabase): number {
  let st = versionStatements.get(db);
  if (st === undefined) {
    st = db.prepare('PRAGMA data_version').pluck();
    versionStatements.set(db, st);
  }
  return Number(st.get());
}

/** A value that differs from any earlier one whenever the database may have changed since. */
export function changeToken(db: SqliteDatabase): string {
  return `${dataVersion(db)}:${processWrites}`;
}

export interface ChangeScopedCacheOptions {
  /** Run the cross-process check (`PRAGMA data_version`) at most once per this many ms (default
   * 0: on every get). Writes noted by this process are seen at once whatever the value. */
  readonly recheckMs?: number;
  /** Clock for `recheckMs` (tests). */
  readonly now?: () => number;
}

/**
 * A bounded map whose entries are dropped as soon as the database may have changed: at once for
 * writes this process noted, within `recheckMs` for commits by other processes. For reads on
 * every request whose rows other processes can rewrite. Past `max` entries the map starts over.
 */
export class ChangeScopedCache<V> {
  private readonly map = new Map<string, V>();
  private writes = -1;
  private version = -1;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly recheckMs: number;
  private readonly now: () => number;

  constructor(
    private readonly db: SqliteDatabase,
    private readonly max: number,
    opts: ChangeScopedCacheOptions = {},
  ) {
    this.recheckMs = Math.max(0, opts.recheckMs ?? 0);
    this.now = opts.now ?? performance.now.bind(performance);
  }

  get(key: string): V | undefined {
    if (this.writes !== processWrites) {
      this.map.clear();
      this.writes = processWrites;
    }
    // INVARIANT: with recheckMs 0 the version is read on every get (t - checkedAt >= 0).
    const t = this.recheckMs === 0 ? 0 : this.now();
    if (this.recheckMs === 0 || t - this.checkedAt >= this.recheckMs) {
      this.checkedAt = t;
      const v = dataVersion(this.db);
      if (v !== this.version) {
        this.map.clear();
        this.version = v;
      }
    }
    return this.map.get(key);
  }

  /** Call right after a `get` of the same key that missed (the state it checked is still valid). */
  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
  }
}
