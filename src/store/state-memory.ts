// In-memory StateStore for the SDK without a data directory and for tests: the same contract as
// SqliteStateStore (src/store/state-sqlite.ts), gone when the process exits.
//
// Misses: persistence. Cost: O(1) per value; `prune` O(sessions). Failure mode: none (no I/O).

import type { SessionValue, StateStore, StoredSession } from './types.js';

interface Entry {
  created: number;
  touched: number;
  /** `kind\0value` -> value */
  values: Map<string, SessionValue>;
}

export class MemoryStateStore implements StateStore {
  private readonly sessions = new Map<string, Entry>();
  private readonly tenants = new Map<string, string>();

  load(session: string): StoredSession | undefined {
    const e = this.sessions.get(session);
    if (!e) return undefined;
    return { id: session, created: e.created, touched: e.touched, values: [...e.values.values()] };
  }

  save(session: string, touched: number, values: readonly SessionValue[]): void {
    let e = this.sessions.get(session);
    if (!e) {
      e = { created: touched, touched, values: new Map() };
      this.sessions.set(session, e);
    }
    e.touched = Math.max(e.touched, touched);
    for (const v of values) {
      const k = `${v.kind}\0${v.value}`;
      if (!e.values.has(k)) e.values.set(k, v);
    }
  }

  delete(session: string): void {
    this.sessions.delete(session);
  }

  prune(cutoff: number, maxSessions: number, maxFingerprints: number): number {
    let deleted = 0;
    for (const [id, e] of this.sessions) {
      if (e.touched < cutoff) {
        this.sessions.delete(id);
        deleted++;
      }
    }
    if (this.sessions.size > maxSessions) {
      const oldest = [...this.sessions].sort((a, b) => a[1].touched - b[1].touched).slice(0, this.sessions.size - maxSessions);
      for (const [id] of oldest) this.sessions.delete(id);
      deleted += oldest.length;
    }
    // INVARIANT: Map iteration is insertion order, so the first keys are the oldest entries.
    for (const fp of this.tenants.keys()) {
      if (this.tenants.size <= maxFingerprints) break;
      this.tenants.delete(fp);
    }
    return deleted;
  }

  count(): number {
    return this.sessions.size;
  }

  firstTenant(fingerprint: string): string | undefined {
    return this.tenants.get(fingerprint);
  }

  setFirstTenant(fingerprint: string, tenant: string): void {
    if (!this.tenants.has(fingerprint)) this.tenants.set(fingerprint, tenant);
  }
}
