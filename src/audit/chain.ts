// The hash chain and its signed checkpoints.
//
// Record hash: SHA-256 (hex) over the RFC 8785 canonical JSON of the record, which includes `seq`
// and `prev` (the previous record's hash; 64 zeros for the first), encoded by jcs.ts (byte-identical
// to the `canonicalize` package, proven by a property test). The stored body IS that canonical
// text, so verification hashes the stored bytes and needs no re-encoding.
// Checkpoint: an Ed25519 signature over the canonical JSON of
// `{"hash","keyId","seq","time","type":"pavise.audit.checkpoint","v":1}`; it commits to every
// record up to `seq` through the chain.
//
// Misses: records after the newest checkpoint are protected by the chain only; an attacker who can
// rewrite the tail and holds the signing key can forge anything — external copies of checkpoints
// (export, SIEM) are the remedy. Cost: one SHA-256 + one canonicalization per record (request
// records from requestRecord: one native JSON.stringify, see record.ts `isPresorted`); one
// Ed25519 signature (~50 µs) per checkpoint. Failure mode: pure; throws on non-JSON content, which
// fails the whole batch (and so the requests in it — fail closed).

import { hash } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { AuditBatch, AuditCheckpointRow, AuditHead, AuditRow } from '../store/types.js';
import type { AuditSigner } from './keys.js';
import { verifySignature } from './keys.js';
import type { RecordContent } from './record.js';
import { isPresorted } from './record.js';
import { canonical, canonicalRecord, canonicalRecordPresorted } from './jcs.js';

/** One-shot SHA-256 (crypto.hash, Node ≥ 20.12: half the cost of createHash for small inputs). */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** The exact text a checkpoint signature covers. */
export function checkpointStatement(cp: { seq: number; hash: string; time: number; keyId: string }): string {
  return canonical({ type: 'pavise.audit.checkpoint', v: 1, seq: cp.seq, hash: cp.hash, time: cp.time, keyId: cp.keyId });
}

export function signCheckpoint(signer: AuditSigner, seq: number, hash: string, time: number): AuditCheckpointRow {
  const base = { seq, hash, time, keyId: signer.keyId };
  return { ...base, signature: signer.sign(checkpointStatement(base)) };
}

export function checkpointValid(publicKey: KeyObject, keyId: string, cp: AuditCheckpointRow): boolean {
  return cp.keyId === keyId && verifySignature(publicKey, checkpointStatement(cp), cp.signature);
}

export interface SealOptions {
  readonly signer: AuditSigner;
  /** Checkpoint at least every this many records. */
  readonly checkpointEvery: number;
  /** Checkpoint when the newest one is older than this (ms) and there are new records. */
  readonly checkpointMs: number;
  readonly now: number;
  /** Time the checkpoint clock starts from when the log has no checkpoint yet. */
  readonly since: number;
  /** Checkpoint the tip even if no threshold is reached (timer, close). */
  readonly force?: boolean;
}

/**
 * Chain `items` onto `head` and add the checkpoints the policy calls for.
 * INVARIANT: runs inside the store's transaction with the committed head, so seq is dense and
 * `prev` always names the hash of the record stored at seq - 1.
 */
export function seal(head: AuditHead, items: readonly RecordContent[], opts: SealOptions): AuditBatch {
  const records: AuditRow[] = [];
  const checkpoints: AuditCheckpointRow[] = [];
  let seq = head.seq;
  let prev = head.hash;
  let cpSeq = head.checkpointSeq;
  const cpTime = head.checkpointTime > 0 ? head.checkpointTime : opts.since;
  for (const item of items) {
    seq += 1;
    // Request records built by requestRecord are already in canonical key order: serialised
    // natively (same bytes, proven by record.test.ts); anything else takes the walk.
    const body = isPresorted(item) ? canonicalRecordPresorted(item, seq, prev) : canonicalRecord(item, seq, prev);
    const hash = sha256Hex(body);
    records.push({ seq, time: item.time, kind: item.kind, hash, body });
    prev = hash;
    if (seq - cpSeq >= opts.checkpointEvery) {
      checkpoints.push(signCheckpoint(opts.signer, seq, hash, opts.now));
      cpSeq = seq;
    }
  }
  const due = opts.force === true || (checkpoints.length === 0 && opts.now - cpTime >= opts.checkpointMs);
  if (due && seq > cpSeq) checkpoints.push(signCheckpoint(opts.signer, seq, prev, opts.now));
  return { records, checkpoints };
}
