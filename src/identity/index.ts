// Principal resolution for every network surface: `Authorization: Bearer pvs_…` (Pavise keys),
// `Authorization: Bearer <JWT>` (when `identity.jwt` is configured) and, where the surface allows
// it (the Anthropic route), `x-api-key`. One Identity per Runtime, shared by the LLM gateway and
// the MCP gateway (`identityFor(runtime)`), so both resolve the same caller the same way.
//
// Misses: mTLS client certificates; OAuth flows (tokens are verified, never issued here).
// Cost: one SHA-256 and a cache hit (a SQLite lookup on a miss) or one JWT signature check per
// request.
// Failure mode: anything missing, malformed, unknown, revoked or unverifiable throws
// PaviseError PAVISE_UNAUTHENTICATED. Callers' credentials are never forwarded anywhere.

import { join } from 'node:path';
import { PaviseError } from '../engine/errors.js';
import type { Principal } from '../engine/types.js';
import type { Runtime } from '../runtime.js';
import { JwtVerifier } from './jwt.js';
import { KeyStore, looksLikePaviseKey, principalOfKey } from './keys.js';

export { KeyStore, principalOfKey, digestKey, KEY_PREFIX } from './keys.js';
export type { KeyRecord, CreatedKey } from './keys.js';
export { JwtVerifier } from './jwt.js';

/** The part of an HTTP request identity reads (fastify's request and node's IncomingMessage fit). */
export interface CredentialSource {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface AuthenticateOptions {
  /** Accept `x-api-key` as well as `Authorization` (the Anthropic wire format). */
  readonly allowApiKeyHeader?: boolean;
}

function header(src: CredentialSource, name: string): string | undefined {
  const v = src.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.trim() : undefined;
}

/** The presented credential, or undefined. Never logged. */
export function presentedCredential(src: CredentialSource, opts: AuthenticateOptions = {}): string | undefined {
  const auth = header(src, 'authorization');
  if (auth) {
    const m = /^Bearer[ \t]+(\S{1,8192})$/i.exec(auth);
    return m?.[1];
  }
  if (opts.allowApiKeyHeader) {
    const k = header(src, 'x-api-key');
    if (k && k.length <= 8192) return k;
  }
  return undefined;
}

export class Identity {
  constructor(
    readonly keys: KeyStore,
    private readonly jwt: JwtVerifier | undefined,
  ) {}

  /** Resolve a request to a Principal or throw PAVISE_UNAUTHENTICATED. */
  async authenticate(src: CredentialSource, opts: AuthenticateOptions = {}): Promise<Principal> {
    const now = this.authenticateNow(src, opts);
    if (now !== undefined) return now;
    const token = presentedCredential(src, opts);
    const p = token !== undefined && this.jwt ? await this.jwt.verify(token) : undefined;
    if (p) return p;
    throw new PaviseError('PAVISE_UNAUTHENTICATED', 'invalid credentials');
  }

  /**
   * The synchronous part of `authenticate`: the Principal of a Pavise key, a throw for a missing,
   * malformed, unknown or revoked credential, or undefined when the credential is a JWT whose
   * signature check is asynchronous (then call `authenticate`). Lets the HTTP hook skip a promise
   * per request on the common path (API keys).
   */
  authenticateNow(src: CredentialSource, opts: AuthenticateOptions = {}): Principal | undefined {
    const token = presentedCredential(src, opts);
    if (token === undefined) throw new PaviseError('PAVISE_UNAUTHENTICATED', 'no credentials');
    if (looksLikePaviseKey(token)) {
      const rec = this.keys.verify(token);
      if (rec) return principalOfKey(rec);
    } else if (this.jwt && token.split('.').length === 3) return undefined;
    throw new PaviseError('PAVISE_UNAUTHENTICATED', 'invalid credentials');
  }
}

/** `recheckMs`: see `server.revocationCheckMs` (0, the default, checks on every lookup: the CLI). */
export function openKeyStore(dataDir: string, recheckMs = 0): KeyStore {
  return new KeyStore(join(dataDir, 'state.db'), { recheckMs });
}

const perRuntime = new WeakMap<Runtime, Identity>();

/** The runtime's Identity, created on first use; its store closes with the runtime. */
export function identityFor(runtime: Runtime): Identity {
  let id = perRuntime.get(runtime);
  if (!id) {
    const keys = openKeyStore(runtime.dataDir, runtime.config.server.revocationCheckMs);
    const jwtCfg = runtime.config.identity.jwt;
    id = new Identity(keys, jwtCfg ? new JwtVerifier(jwtCfg) : undefined);
    perRuntime.set(runtime, id);
    runtime.closers.push(() => keys.close());
  }
  return id;
}

/** For other surfaces (MCP gateway): `authenticate(runtime, request)` -> Principal or 401. */
export function authenticate(runtime: Runtime, request: CredentialSource, opts: AuthenticateOptions = {}): Promise<Principal> {
  return identityFor(runtime).authenticate(request, opts);
}

/** `Identity.authenticateNow` for a runtime: a Principal, a 401 throw, or undefined (a JWT: use `authenticate`). */
export function authenticateNow(runtime: Runtime, request: CredentialSource, opts: AuthenticateOptions = {}): Principal | undefined {
  return identityFor(runtime).authenticateNow(request, opts);
}
