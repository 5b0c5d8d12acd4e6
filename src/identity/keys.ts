// Pavise API keys: `pvs_` + 32 random bytes (base64url). Only a SHA-256 digest is stored, in the
// `keys` table of `<dataDir>/state.db` (better-sqlite3, WAL). A presented key is looked up by
// its digest and then compared with crypto.timingSafeEqual, so neither the lookup nor the
// comparison leaks how much of a guess was right.
//
// Misses: no expiry or rotation schedule (revoke + create); the digest is unsalted, which is
// sound only because keys carry 256 bits of entropy (no dictionary to precompute).
// Cost: one SHA-256 per request and a `PRAGMA data_version` at most once per `recheckMs`
// (store/sqlite.ts ChangeScopedCache); one indexed lookup when the key's record is not cached or
// the database changed. A revocation by another process applies within `recheckMs`.
// Failure mode: an unreadable store throws (the gateway answers 5xx; it never admits a caller
// it could not check). The clear key exists only in create()'s return value.

import { createHash, hash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Principal } from '../engine/types.js';
import type { ChangeScopedCacheOptions, SqliteDatabase } from '../store/sqlite.js';
import { ChangeScopedCache, noteWrite, openDatabase } from '../store/sqlite.js';

export const KEY_PREFIX = 'pvs_';
// INVARIANT: 32 bytes of base64url without padding is exactly 43 characters.
const KEY_RE = /^pvs_[A-Za-z0-9_-]{43}$/;
/** Most live key records kept in memory per store. */
const CACHE_MAX = 1024;

export interface KeyRecord {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly tenant?: string;
  /** `pvs_` and the first 4 characters: enough to recognise a key, useless to an attacker. */
  readonly hint: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

export interface CreatedKey {
  readonly record: KeyRecord;
  /** The clear key: shown once, never stored. */
  readonly key: string;
}

interface Row {
  id: string;
  name: string;
  digest: Buffer;
  roles: string;
  tenant: string | null;
  hint: string;
  created_at: string;
  revoked_at: string | null;
}

export function digestKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** digestKey in base64 with the one-shot `crypto.hash` (no Hash object: the cache lookup per
 * request needs only this string). */
function digestKeyBase64(key: string): string {
  return hash('sha256', key, 'base64');
}

export function looksLikePaviseKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

function toRecord(r: Row): KeyRecord {
  const roles = JSON.parse(r.roles) as unknown;
  return {
    id: r.id,
    name: r.name,
    roles: Array.isArray(roles) ? roles.filter((x): x is string => typeof x === 'string') : [],
    ...(r.tenant !== null ? { tenant: r.tenant } : {}),
    hint: r.hint,
    createdAt: r.created_at,
    ...(r.revoked_at !== null ? { revokedAt: r.revoked_at } : {}),
  };
}

// One Principal per (cached) key record: verify() serves the same record object while the
// database is unchanged, so every request of a key shares it instead of building a new one.
// INVARIANT: Principals are never mutated (readonly everywhere); the record's roles array was
// already shared the same way.
const principalsOfKeys = new WeakMap<KeyRecord, Principal>();

export function principalOfKey(k: KeyRecord): Principal {
  let p = principalsOfKeys.get(k);
  if (p === undefined) {
    p = { id: `key:${k.id}`, kind: 'service', roles: k.roles, name: k.name, ...(k.tenant !== undefined ? { tenant: k.tenant } : {}) };
    principalsOfKeys.set(k, p);
  }
  return p;
}

export class KeyStore {
  private readonly db: SqliteDatabase;
  private readonly owned: boolean;

  /** A file path (opened with the shared settings: WAL, busy timeout), `:memory:`, or an open db. */
  private byDigest: Database.Statement | undefined;
  /** Live records by digest, dropped whenever the database may have changed. */
  private readonly cache: ChangeScopedCache<KeyRecord>;

  /** `cache.recheckMs`: how stale the key cache may be against OTHER processes' writes. */
  constructor(fileOrDb: string | SqliteDatabase, cache: ChangeScopedCacheOptions = {}) {
    this.owned = typeof fileOrDb === 'string';
    this.db = typeof fileOrDb !== 'string' ? fileOrDb : fileOrDb === ':memory:' ? new Database(':memory:') : openDatabase(fileOrDb);
    this.cache = new ChangeScopedCache(this.db, CACHE_MAX, cache);
    this.db.exec(`CREATE TABLE IF NOT EXISTS keys (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      digest BLOB NOT NULL UNIQUE,
      roles TEXT NOT NULL,
      tenant TEXT,
      hint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    )`);
  }

  create(input: { name: string; roles: readonly string[]; tenant?: string | undefined }, now = new Date()): CreatedKey {
    if (!/^[A-Za-z0-9_.@-]{1,128}$/.test(input.name)) throw new Error('key name must be 1-128 characters of A-Z a-z 0-9 _ . @ -');
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const id = randomUUID().replace(/-/g, '').slice(0, 16);
    const row: Row = {
      id,
      name: input.name,
      digest: digestKey(key),
      roles: JSON.stringify([...new Set(input.roles)]),
      tenant: input.tenant ?? null,
      hint: key.slice(0, KEY_PREFIX.length + 4),
      created_at: now.toISOString(),
      revoked_at: null,
    };
    try {
      this.db
        .prepare('INSERT INTO keys (id, name, digest, roles, tenant, hint, created_at, revoked_at) VALUES (@id, @name, @digest, @roles, @tenant, @hint, @created_at, @revoked_at)')
        .run(row);
      noteWrite(this.db);
    } catch (err) {
      if (err instanceof Error && /UNIQUE/.test(err.message)) throw new Error(`a key named ${input.name} already exists`);
      throw err;
    }
    return { record: toRecord(row), key };
  }

  list(): KeyRecord[] {
    return (this.db.prepare('SELECT * FROM keys ORDER BY created_at, name').all() as Row[]).map(toRecord);
  }

  /** Revoke by id or name. Returns the record, or undefined when no such key exists. */
  revoke(idOrName: string, now = new Date()): KeyRecord | undefined {
    const row = this.db.prepare('SELECT * FROM keys WHERE id = ? OR name = ?').get(idOrName, idOrName) as Row | undefined;
    if (!row) return undefined;
    if (row.revoked_at === null) {
      row.revoked_at = now.toISOString();
      this.db.prepare('UPDATE keys SET revoked_at = ? WHERE id = ?').run(row.revoked_at, row.id);
      noteWrite(this.db);
    }
    return toRecord(row);
  }

  /** The live key record for a presented key, or undefined. Constant-time on the digest. */
  verify(presented: string): KeyRecord | undefined {
    if (!KEY_RE.test(presented)) return undefined;
    const cacheKey = digestKeyBase64(presented);
    // Served from memory while nothing was written to the database (by this process: at once; by
    // another, e.g. `pavise keys revoke`: within the cache's recheckMs). Only live keys are
    // cached, at most CACHE_MAX, so unknown keys cannot grow it.
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const d = Buffer.from(cacheKey, 'base64');
    // Prepared once: this runs on every request, and preparing costs more than the lookup.
    this.byDigest ??= this.db.prepare('SELECT * FROM keys WHERE digest = ?');
    const row = this.byDigest.get(d) as Row | undefined;
    if (!row || row.digest.length !== d.length || !timingSafeEqual(row.digest, d)) return undefined;
    if (row.revoked_at !== null) return undefined;
    const rec = toRecord(row);
    this.cache.set(cacheKey, rec);
    return rec;
  }

  close(): void {
    if (this.owned && this.db.open) this.db.close();
  }
}
