// `pavise audit verify`: walk the chain and the checkpoints, name the first record that was
// changed, removed, inserted or reordered, or the first one missing behind a checkpoint.
//
// Checks, per stored row in seq order: dense seq (a gap = removed), SHA-256 of the stored body
// equals the stored hash (else changed), the body's own seq equals the row's (else the row was
// moved: reordered if its rightful owner appears later, removed if not, inserted if rows were
// shifted up), `prev` equals the previous row's hash (else the previous row was rewritten and
// rehashed, or the row before it was inserted), a checkpoint at this seq carries this hash. Each
// checkpoint's Ed25519 signature must verify. After the walk: a checkpoint beyond the last row
// means the tail was truncated; a log that does not start at seq 1 must start at a checkpoint and
// no later than the newest `audit.retention` record's `keptFrom`.
//
// Misses: records after the newest checkpoint can be truncated or appended to (with a correctly
// chained forgery) undetected — `unsealed` reports how many there are; an attacker holding the
// signing key can re-sign everything. Cost: O(records) time, O(checkpoints) memory; stops at the
// first problem. Failure mode: returns a result, never throws on bad data (store errors propagate).

import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH } from '../store/audit-sqlite.js';
import type { AuditCheckpointRow, AuditRow } from '../store/types.js';
import { checkpointValid, sha256Hex } from './chain.js';

export type ProblemKind = 'changed' | 'removed' | 'inserted' | 'reordered' | 'truncated' | 'checkpoint';

export interface VerifyProblem {
  /** The first record (or checkpoint, for `checkpoint`) found bad. */
  readonly seq: number;
  readonly kind: ProblemKind;
  readonly message: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly records: number;
  readonly firstSeq?: number;
  readonly lastSeq?: number;
  readonly checkpoints: number;
  readonly lastCheckpointSeq?: number;
  /** Records after the newest checkpoint (chained but not yet signed). */
  readonly unsealed: number;
  readonly problem?: VerifyProblem;
}

interface Parsed {
  readonly seq: unknown;
  readonly prev: unknown;
  readonly kind: unknown;
  readonly time: unknown;
  readonly data?: { readonly keptFrom?: unknown };
}

function parse(body: string): Parsed | undefined {
  try {
    const v: unknown = JSON.parse(body);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Parsed) : undefined;
  } catch {
    return undefined;
  }
}

export async function verifyChain(
  rows: AsyncIterable<AuditRow> | Iterable<AuditRow>,
  checkpoints: readonly AuditCheckpointRow[],
  key: { readonly publicKey: KeyObject; readonly keyId: string },
): Promise<VerifyResult> {
  const cps = new Map<number, AuditCheckpointRow>();
  let badCp: VerifyProblem | undefined;
  for (const cp of checkpoints) {
    cps.set(cp.seq, cp);
    if (!badCp && !checkpointValid(key.publicKey, key.keyId, cp)) {
      badCp = { seq: cp.seq, kind: 'checkpoint', message: `checkpoint at record ${cp.seq} has an invalid signature or an unknown key` };
    }
  }
  const lastCp = checkpoints.reduce((m, c) => Math.max(m, c.seq), 0);

  const it: AsyncIterator<AuditRow> | Iterator<AuditRow> = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  let peeked: AuditRow | undefined;
  const next = async (): Promise<AuditRow | undefined> => {
    if (peeked) {
      const p = peeked;
      peeked = undefined;
      return p;
    }
    const r = await it.next();
    return r.done ? undefined : r.value;
  };
  const peek = async (): Promise<AuditRow | undefined> => {
    peeked ??= await next();
    return peeked;
  };

  let count = 0;
  let firstSeq: number | undefined;
  let lastSeq: number | undefined;
  let prevHash: string | undefined;
  let prevPrevHash: string | undefined;
  let keptFrom = 1;
  let problem: VerifyProblem | undefined;
  const fail = (seq: number, kind: ProblemKind, message: string): void => {
    problem = { seq, kind, message };
  };

  try {
    for (let row = await next(); row && !problem; row = await next()) {
      count += 1;
      const expected = lastSeq === undefined ? row.seq : lastSeq + 1;
      if (row.seq !== expected) {
        fail(expected, 'removed', `record ${expected} is missing (the next stored record is ${row.seq})`);
        break;
      }
      if (sha256Hex(row.body) !== row.hash) {
        fail(row.seq, 'changed', `record ${row.seq} does not match its hash`);
        break;
      }
      const body = parse(row.body);
      if (!body) {
        fail(row.seq, 'changed', `record ${row.seq} is not a JSON object`);
        break;
      }
      if (body.seq !== row.seq) {
        const own = typeof body.seq === 'number' ? body.seq : NaN;
        if (own < row.seq) {
          fail(row.seq - 1, 'inserted', `record ${row.seq - 1} was inserted (record ${own} was shifted to position ${row.seq})`);
        } else {
          // Does the record that belongs here appear later? Then rows were swapped.
          let found = false;
          for (let r = await next(); r; r = await next()) {
            if (parse(r.body)?.seq === row.seq) {
              found = true;
              break;
            }
          }
          fail(row.seq, found ? 'reordered' : 'removed', found ? `record ${row.seq} was moved (position ${row.seq} holds record ${own})` : `record ${row.seq} is missing (position ${row.seq} holds record ${own})`);
        }
        break;
      }
      if (body.kind !== row.kind || body.time !== row.time) {
        fail(row.seq, 'changed', `record ${row.seq}'s indexed columns do not match its body`);
        break;
      }
      if (prevHash !== undefined && body.prev !== prevHash) {
        if (prevPrevHash !== undefined && body.prev === prevPrevHash) {
          fail(row.seq - 1, 'inserted', `record ${row.seq - 1} was inserted (record ${row.seq} links to record ${row.seq - 2})`);
        } else {
          // Either the previous row was rewritten and rehashed (this row still holds its old hash),
          // or this row was rewritten with a new `prev`. A rewritten row rarely also fixes its
          // successor's link, so: if this row's successor links to it, blame the previous row.
          const nxt = await peek();
          const nextLinks = nxt === undefined || parse(nxt.body)?.prev === row.hash;
          const at = nextLinks ? row.seq - 1 : row.seq;
          fail(at, 'changed', `record ${at} was changed (the chain breaks between records ${row.seq - 1} and ${row.seq})`);
        }
        break;
      }
      if (prevHash === undefined && row.seq === 1 && body.prev !== GENESIS_HASH) {
        fail(1, 'changed', 'record 1 does not start the chain');
        break;
      }
      const cp = cps.get(row.seq);
      if (cp && cp.hash !== row.hash) {
        // A forged row inserted here (later rows shifted up) also fails the checkpoint: say so.
        const nxt = await peek();
        const shifted = nxt !== undefined && parse(nxt.body)?.seq === row.seq;
        fail(row.seq, shifted ? 'inserted' : 'changed', shifted ? `record ${row.seq} was inserted` : `record ${row.seq} does not match its signed checkpoint`);
        break;
      }
      if (body.kind === 'audit.retention' && typeof body.data?.keptFrom === 'number') keptFrom = Math.max(keptFrom, body.data.keptFrom);
      firstSeq ??= row.seq;
      prevPrevHash = prevHash;
      prevHash = row.hash;
      lastSeq = row.seq;
    }
  } finally {
    // Release the store's cursor when we stop early (SQLite keeps the statement busy otherwise).
    await it.return?.();
  }

  if (!problem) {
    if (firstSeq !== undefined && firstSeq > 1) {
      const anchor = cps.get(firstSeq);
      if (firstSeq > keptFrom) fail(keptFrom, 'removed', `records ${keptFrom}..${firstSeq - 1} are missing (retention kept records from ${keptFrom})`);
      else if (!anchor) fail(firstSeq, 'changed', `the first retained record ${firstSeq} is not anchored by a checkpoint`);
    }
  }
  if (!problem && lastCp > (lastSeq ?? 0)) {
    const missing = (lastSeq ?? 0) + 1;
    fail(missing, 'truncated', `record ${missing} is missing but a checkpoint covers records up to ${lastCp}`);
  }
  const finalProblem = badCp && (!problem || badCp.seq <= problem.seq) ? badCp : problem;
  const unsealed = lastSeq !== undefined ? Math.max(0, lastSeq - Math.max(lastCp, (firstSeq ?? 1) - 1)) : 0;
  return {
    ok: finalProblem === undefined,
    records: count,
    ...(firstSeq !== undefined ? { firstSeq } : {}),
    ...(lastSeq !== undefined ? { lastSeq } : {}),
    checkpoints: checkpoints.length,
    ...(lastCp > 0 ? { lastCheckpointSeq: lastCp } : {}),
    unsealed,
    ...(finalProblem ? { problem: finalProblem } : {}),
  };
}
