// The audit log's two keys, both in the data dir with mode 0600, created on first start:
//   audit-signing.key  Ed25519 private key (PKCS#8 PEM) that signs checkpoints
//   audit-hmac.key     32 random bytes (hex) keying the digests of secrets, PII and bodies
//
// Misses: keys on the same disk as the log protect against accidental or partial tampering and
// against readers of the log, not against an attacker who owns the data dir; export the public key
// and checkpoints elsewhere for that (docs/audit.md). Cost: one file read each at open.
// Failure mode: throws when a key file is unreadable or malformed; a key is never overwritten.

import { createHash, createHmac, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_FILE = 'audit-signing.key';
export const HMAC_KEY_FILE = 'audit-hmac.key';

export interface AuditSigner {
  readonly keyId: string;
  readonly publicKey: KeyObject;
  sign(data: string): string;
}

export interface AuditKeys {
  readonly signer: AuditSigner;
  /** Keyed digest (HMAC-SHA256, base64url) of a value that must not be stored in clear. */
  digest(value: string): string;
}

/** Write `data` only if the file does not exist yet (O_EXCL), mode 0600. */
function createOnce(path: string, data: string): void {
  try {
    writeFileSync(path, data, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

export function keyIdOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

export function signerFromPrivateKey(privateKey: KeyObject): AuditSigner {
  const publicKey = createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKey,
    sign: (data) => sign(null, Buffer.from(data, 'utf8'), privateKey).toString('base64url'),
  };
}

export function verifySignature(publicKey: KeyObject, data: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(data, 'utf8'), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}

/** Load the keys from `dataDir`, creating them on first start. */
export function loadOrCreateKeys(dataDir: string): AuditKeys {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const signingPath = join(dataDir, SIGNING_KEY_FILE);
  const hmacPath = join(dataDir, HMAC_KEY_FILE);
  if (!existsSync(signingPath)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    createOnce(signingPath, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  if (!existsSync(hmacPath)) createOnce(hmacPath, randomBytes(32).toString('hex') + '\n');
  // Tighten modes of keys created by an older version or copied in with a loose umask.
  for (const p of [signingPath, hmacPath]) {
    try {
      chmodSync(p, 0o600);
    } catch {
      // Best effort (read-only mounts); the key still loads.
    }
  }
  return loadKeys(dataDir);
}

/** Load existing keys (read-only use, e.g. `pavise audit verify`). */
export function loadKeys(dataDir: string): AuditKeys {
  const privateKey = createPrivateKey(readFileSync(join(dataDir, SIGNING_KEY_FILE)));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${SIGNING_KEY_FILE} is not an Ed25519 key`);
  const hmacHex = readFileSync(join(dataDir, HMAC_KEY_FILE), 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hmacHex)) throw new Error(`${HMAC_KEY_FILE} is malformed`);
  const hmacKey = Buffer.from(hmacHex, 'hex');
  return {
    signer: signerFromPrivateKey(privateKey),
    digest: (value) => createHmac('sha256', hmacKey).update(value, 'utf8').digest('base64url'),
  };
}

/** The public key that verifies checkpoints: from a PEM file, or derived from the data dir's key. */
export function loadPublicKey(dataDir: string, pemPath?: string): KeyObject {
  if (pemPath !== undefined) return createPublicKey(readFileSync(pemPath));
  return createPublicKey(createPrivateKey(readFileSync(join(dataDir, SIGNING_KEY_FILE))));
}

export function publicKeyPem(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}
