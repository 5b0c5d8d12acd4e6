// Tool-definition pinning for the MCP gateway: a tool's name, title, description, input and
// output schemas and annotations are hashed (sha256 of RFC 8785 canonical JSON) the first time
// Pavise trusts them; a later listing with a different hash is withheld until an admin approves
// the change (`pavise mcp approve`). Stored in SQLite `<dataDir>/state.db`, table `mcp_pins`.
//
// Misses: it pins what the server *says*, not what the tool *does* — a server can change its
// behaviour without changing its definition. Fields outside the pinned set (icons, _meta) are
// never forwarded to clients, so they cannot carry a payload past the pin.
// Cost: one indexed row read per tool per listing; writes only on change.
// Failure mode: a database error throws; callers treat it as "not approved" (fail closed).

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import canonicalizeModule from 'canonicalize';
import type { SqliteDatabase } from '../../store/sqlite.js';
import { openDatabase } from '../../store/sqlite.js';

// The package is CommonJS (`module.exports = fn`) with typings that declare an ES default export;
// under NodeNext the default import is the function at runtime.
const canonicalize = canonicalizeModule as unknown as (value: unknown) => string | undefined;

/** The fields of a tool definition that reach a client; exactly these are pinned and forwarded. */
export interface PinnedDefinition {
  readonly name: string;
  readonly title?: string;
  readonly description?: string;
  readonly inputSchema: Readonly<Record<string, unknown>>;
  readonly outputSchema?: Readonly<Record<string, unknown>>;
  readonly annotations?: Readonly<Record<string, unknown>>;
}

/** Project an upstream tool onto the pinned fields (drops icons, _meta and unknown keys). */
export function pinnedDefinition(tool: {
  name: string;
  title?: string | undefined;
  description?: string | undefined;
  inputSchema: Record<string, unknown>;
  outputSchema?: Record<string, unknown> | undefined;
  annotations?: Record<string, unknown> | undefined;
}): PinnedDefinition {
  return {
    name: tool.name,
    ...(tool.title !== undefined ? { title: tool.title } : {}),
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    inputSchema: tool.inputSchema,
    ...(tool.outputSchema !== undefined ? { outputSchema: tool.outputSchema } : {}),
    ...(tool.annotations !== undefined ? { annotations: tool.annotations } : {}),
  };
}

export function definitionHash(def: PinnedDefinition): string {
  // INVARIANT: canonicalize returns a string for any JSON value; a definition from JSON-RPC is one.
  const text = canonicalize(def) ?? JSON.stringify(def);
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export type PendingReason = 'changed' | 'poisoned';

export interface PinRow {
  readonly server: string;
  readonly tool: string;
  /** Approved hash; undefined when the tool was never approved (poisoned on first sight). */
  readonly hash: string | undefined;
  readonly approvedAt: number | undefined;
  /** Last definition seen that differs from the approved one. */
  readonly pendingHash: string | undefined;
  readonly pendingReason: PendingReason | undefined;
  readonly pendingDetail: string | undefined;
  readonly pendingSince: number | undefined;
  readonly pendingDefinition: PinnedDefinition | undefined;
  readonly definition: PinnedDefinition | undefined;
}

interface RawRow {
  server: string;
  tool: string;
  hash: string | null;
  definition: string | null;
  approved_at: number | null;
  pending_hash: string | null;
  pending_definition: string | null;
  pending_reason: string | null;
  pending_detail: string | null;
  pending_since: number | null;
}

function parseDef(s: string | null): PinnedDefinition | undefined {
  if (s === null) return undefined;
  return JSON.parse(s) as PinnedDefinition;
}

function fromRaw(r: RawRow): PinRow {
  return {
    server: r.server,
    tool: r.tool,
    hash: r.hash ?? undefined,
    approvedAt: r.approved_at ?? undefined,
    pendingHash: r.pending_hash ?? undefined,
    pendingReason: r.pending_reason === 'changed' || r.pending_reason === 'poisoned' ? r.pending_reason : undefined,
    pendingDetail: r.pending_detail ?? undefined,
    pendingSince: r.pending_since ?? undefined,
    pendingDefinition: parseDef(r.pending_definition),
    definition: parseDef(r.definition),
  };
}

export class PinStore {
  private readonly db: SqliteDatabase;
  private readonly owned: boolean;

  /** `dataDir` opens `<dataDir>/state.db`; a database handle is used as is (and not closed). */
  constructor(dataDirOrDb: string | SqliteDatabase) {
    this.owned = typeof dataDirOrDb === 'string';
    this.db = typeof dataDirOrDb === 'string' ? openDatabase(join(dataDirOrDb, 'state.db'), { synchronous: 'NORMAL' }) : dataDirOrDb;
    this.db.exec(`CREATE TABLE IF NOT EXISTS mcp_pins (
      server TEXT NOT NULL,
      tool TEXT NOT NULL,
      hash TEXT,
      definition TEXT,
      approved_at INTEGER,
      pending_hash TEXT,
      pending_definition TEXT,
      pending_reason TEXT,
      pending_detail TEXT,
      pending_since INTEGER,
      PRIMARY KEY (server, tool)
    )`);
  }

  get(server: string, tool: string): PinRow | undefined {
    const r = this.db.prepare('SELECT * FROM mcp_pins WHERE server = ? AND tool = ?').get(server, tool) as RawRow | undefined;
    return r ? fromRaw(r) : undefined;
  }

  list(server?: string): PinRow[] {
    const rows = (
      server === undefined
        ? this.db.prepare('SELECT * FROM mcp_pins ORDER BY server, tool').all()
        : this.db.prepare('SELECT * FROM mcp_pins WHERE server = ? ORDER BY tool').all(server)
    ) as RawRow[];
    return rows.map(fromRaw);
  }

  /** Trust a definition (first sight, or an admin's approval). Clears anything pending. */
  approve(server: string, def: PinnedDefinition, now: number): void {
    this.db
      .prepare(
        `INSERT INTO mcp_pins (server, tool, hash, definition, approved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (server, tool) DO UPDATE SET hash = excluded.hash, definition = excluded.definition,
           approved_at = excluded.approved_at, pending_hash = NULL, pending_definition = NULL,
           pending_reason = NULL, pending_detail = NULL, pending_since = NULL`,
      )
      .run(server, def.name, definitionHash(def), JSON.stringify(def), now);
  }

  /** Record a definition that is withheld (changed after pinning, or poisoned). */
  setPending(server: string, def: PinnedDefinition, reason: PendingReason, detail: string, now: number): void {
    const hash = definitionHash(def);
    this.db
      .prepare(
        `INSERT INTO mcp_pins (server, tool, pending_hash, pending_definition, pending_reason, pending_detail, pending_since)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (server, tool) DO UPDATE SET pending_hash = excluded.pending_hash,
           pending_definition = excluded.pending_definition, pending_reason = excluded.pending_reason,
           pending_detail = excluded.pending_detail,
           pending_since = CASE WHEN mcp_pins.pending_hash IS excluded.pending_hash THEN mcp_pins.pending_since ELSE excluded.pending_since END`,
      )
      .run(server, def.name, hash, JSON.stringify(def), reason, detail.slice(0, 500), now);
  }

  /**
   * Approve what is pending for a server (or one tool of it). Returns the tools approved.
   * INVARIANT: approves exactly the pending hash that was reviewed; a definition that changed again
   * since then is a new pending row on the next listing.
   */
  approvePending(server: string, tool: string | undefined, now: number): string[] {
    const rows = this.list(server).filter((r) => r.pendingDefinition !== undefined && (tool === undefined || r.tool === tool));
    const done: string[] = [];
    const tx = this.db.transaction(() => {
      for (const r of rows) {
        if (!r.pendingDefinition) continue;
        this.approve(server, r.pendingDefinition, now);
        done.push(r.tool);
      }
    });
    tx();
    return done;
  }

  close(): void {
    if (this.owned && this.db.open) this.db.close();
  }
}
