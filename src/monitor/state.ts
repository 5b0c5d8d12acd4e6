// Block list and quarantine list, shared between the gateway and the CLI through SQLite
// (`<dataDir>/state.db`, tables `monitor_blocks` and `monitor_quarantine`).
//
// The gateway checks blocks on every request and quarantines on every MCP event, from caches
// (store/sqlite.ts ChangeScopedCache): a block or quarantine by this process applies at once, one
// from another process (`pavise principals block`, `pavise mcp quarantine`) within
// `server.revocationCheckMs`. Blocks expire
// by time; quarantines last until released. Failure mode: a read error throws, and the engine's
// gate turns it into a refusal (fail closed).

import type { ChangeScopedCacheOptions, SqliteDatabase } from '../store/sqlite.js';
import { ChangeScopedCache, noteWrite } from '../store/sqlite.js';

export interface BlockEntry {
  readonly principal: string;
  readonly until: number;
  readonly reason: string;
  readonly by: string;
  readonly createdAt: number;
}

export interface QuarantineEntry {
  readonly server: string;
  readonly reason: string;
  readonly by: string;
  readonly createdAt: number;
}

type BlockRow = { until: number; reason: string; by: string; created_at: number };

/** What is known about one id: its block row as a principal, its quarantine as a server (null = none; absent = not read yet). */
interface Slot {
  block?: BlockRow | null;
  quarantine?: QuarantineEntry | null;
}

export class MonitorState {
  /**
   * Block and quarantine rows by id (a principal's and a server's are separate fields of its
   * slot), dropped whenever the database may have changed. One cache for both: every MCP event
   * reads both, and one cache runs the cross-process check (`PRAGMA data_version`, a read
   * transaction) half as often as two would (store/sqlite.ts ChangeScopedCache).
   * INVARIANT: a slot's field is filled right after a `get` that returned the slot or after the
   * `set` that followed a miss, i.e. under the database state that `get` checked.
   */
  private readonly cache: ChangeScopedCache<Slot>;
  private readonly getBlock;
  private readonly getQuarantine;

  /** `cache.recheckMs`: how stale the block cache may be against OTHER processes' writes. */
  constructor(
    private readonly db: SqliteDatabase,
    cache: ChangeScopedCacheOptions = {},
  ) {
    this.cache = new ChangeScopedCache(db, 4096 + 1024, cache);
    db.exec(`
      CREATE TABLE IF NOT EXISTS monitor_blocks (
        principal TEXT PRIMARY KEY, until INTEGER NOT NULL, reason TEXT NOT NULL, by TEXT NOT NULL, created_at INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS monitor_quarantine (
        server TEXT PRIMARY KEY, reason TEXT NOT NULL, by TEXT NOT NULL, created_at INTEGER NOT NULL);
    `);
    this.getBlock = db.prepare<[string], { principal: string; until: number; reason: string; by: string; created_at: number }>(
      'SELECT principal, until, reason, by, created_at FROM monitor_blocks WHERE principal = ?',
    );
    this.getQuarantine = db.prepare<[string], { server: string; reason: string; by: string; created_at: number }>(
      'SELECT server, reason, by, created_at FROM monitor_quarantine WHERE server = ?',
    );
  }

  block(principal: string, seconds: number, reason: string, by: string, now: number): BlockEntry {
    const e: BlockEntry = { principal, until: now + seconds * 1000, reason, by, createdAt: now };
    this.db
      .prepare('INSERT INTO monitor_blocks (principal, until, reason, by, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(principal) DO UPDATE SET until = excluded.until, reason = excluded.reason, by = excluded.by, created_at = excluded.created_at')
      .run(principal, e.until, reason, by, now);
    noteWrite(this.db);
    return e;
  }

  unblock(principal: string): boolean {
    const removed = this.db.prepare('DELETE FROM monitor_blocks WHERE principal = ?').run(principal).changes > 0;
    noteWrite(this.db);
    return removed;
  }

  private slot(id: string): Slot {
    let slot = this.cache.get(id);
    if (slot === undefined) {
      slot = {};
      this.cache.set(id, slot);
    }
    return slot;
  }

  /** The active block, or undefined when none or expired. */
  blocked(principal: string, now: number): BlockEntry | undefined {
    // Checked on every request: served from memory until something writes to the database (this
    // process: at once; `pavise principals block|unblock` in another one: within recheckMs).
    const slot = this.slot(principal);
    let r = slot.block;
    if (r === undefined) {
      r = this.getBlock.get(principal) ?? null;
      slot.block = r;
    }
    if (!r || r.until <= now) return undefined;
    return { principal, until: r.until, reason: r.reason, by: r.by, createdAt: r.created_at };
  }

  listBlocks(now: number): BlockEntry[] {
    return this.db
      .prepare<[number], { principal: string; until: number; reason: string; by: string; created_at: number }>('SELECT * FROM monitor_blocks WHERE until > ? ORDER BY created_at')
      .all(now)
      .map((r) => ({ principal: r.principal, until: r.until, reason: r.reason, by: r.by, createdAt: r.created_at }));
  }

  quarantine(server: string, reason: string, by: string, now: number): QuarantineEntry {
    this.db
      .prepare('INSERT INTO monitor_quarantine (server, reason, by, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(server) DO UPDATE SET reason = excluded.reason, by = excluded.by, created_at = excluded.created_at')
      .run(server, reason, by, now);
    noteWrite(this.db);
    return { server, reason, by, createdAt: now };
  }

  release(server: string): boolean {
    const removed = this.db.prepare('DELETE FROM monitor_quarantine WHERE server = ?').run(server).changes > 0;
    noteWrite(this.db);
    return removed;
  }

  quarantined(server: string): QuarantineEntry | undefined {
    // Checked on every MCP event (two per tools/call): from memory while the database is unchanged,
    // like blocks (this process's writes at once, another process's within recheckMs).
    const slot = this.slot(server);
    let e = slot.quarantine;
    if (e === undefined) {
      const r = this.getQuarantine.get(server);
      e = r ? { server: r.server, reason: r.reason, by: r.by, createdAt: r.created_at } : null;
      slot.quarantine = e;
    }
    return e ?? undefined;
  }

  listQuarantine(): QuarantineEntry[] {
    return this.db
      .prepare<[], { server: string; reason: string; by: string; created_at: number }>('SELECT * FROM monitor_quarantine ORDER BY created_at')
      .all()
      .map((r) => ({ server: r.server, reason: r.reason, by: r.by, createdAt: r.created_at }));
  }
}
