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
// change it, so every writer here calls `noteWrite(db)`, which bumps a per-connection counter.
// A token equal to the one a cache entry was filled under means nothing was written since.

const localWrites = new WeakMap<SqliteDatabase, number>();
const versionStatements = new WeakMap<SqliteDatabase, Database.Statement>();

/** Record a write made through `db` (invalidates every change token of that connection). */
export function noteWrite(db: SqliteDatabase): void {
  localWrites.set(db, (localWrites.get(db) ?? 0) + 1);
}

/** A value that differs from any earlier one whenever the database may have changed since. */
export function changeToken(db: SqliteDatabase): string {
  let st = versionStatements.get(db);
  if (st === undefined) {
    st = db.prepare('PRAGMA data_version').pluck();
    versionStatements.set(db, st);
  }
  return `${String(st.get())}:${localWrites.get(db) ?? 0}`;
}

/**
 * A bounded map whose entries are dropped as soon as the database may have changed (its change
 * token moved): for reads on every request whose rows other processes can rewrite. `get` checks
 * the token once per call; past `max` entries the map starts over.
 */
export class ChangeScopedCache<V> {
  private readonly map = new Map<string, V>();
  private under = '';

  constructor(
    private readonly db: SqliteDatabase,
    private readonly max: number,
  ) {}

  get(key: string): V | undefined {
    const token = changeToken(this.db);
    if (token !== this.under) {
      this.map.clear();
      this.under = token;
    }
    return this.map.get(key);
  }

  /** Call right after a `get` of the same key that missed (the token it checked is still valid). */
  set(key: string, value: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
  }
}
