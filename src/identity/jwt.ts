// JWT bearer tokens verified against a JWKS (jose `createRemoteJWKSet`), with issuer and
// audience checked, mapped to a Principal (`jwt:<iss>|<sub>`, roles and tenant from claims).
//
// Misses: no token introspection or revocation list (short-lived tokens are the remedy);
// symmetric algorithms are not accepted (a JWKS publishes public keys).
// Cost: one signature check; the key set is fetched once and cached by jose (refetched on an
// unknown `kid`, rate-limited by jose's cooldown).
// Failure mode: any verification failure, including an unreachable JWKS, yields undefined
// (the caller answers 401) — never an unverified principal.

import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { Principal } from '../engine/types.js';

export interface JwtOptions {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  readonly rolesClaim: string;
  readonly tenantClaim: string;
}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function claimPath(payload: JWTPayload, path: string): unknown {
  let cur: unknown = payload;
  for (const seg of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

export class JwtVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    private readonly opts: JwtOptions,
    keys?: JWTVerifyGetKey,
  ) {
    this.keys = keys ?? createRemoteJWKSet(new URL(opts.jwksUrl), { timeoutDuration: 5000 });
  }

  async verify(token: string): Promise<Principal | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.keys, { issuer: this.opts.issuer, audience: this.opts.audience, algorithms: ALGORITHMS });
      if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
      const rawRoles = claimPath(payload, this.opts.rolesClaim);
      const roles = Array.isArray(rawRoles)
        ? rawRoles.filter((r): r is string => typeof r === 'string')
        : typeof rawRoles === 'string'
          ? rawRoles.split(/\s+/).filter(Boolean)
          : [];
      const tenant = claimPath(payload, this.opts.tenantClaim);
      return {
        id: `jwt:${payload.iss ?? this.opts.issuer}|${payload.sub}`,
        kind: 'user',
        roles,
        name: payload.sub,
        ...(typeof tenant === 'string' && tenant !== '' ? { tenant } : {}),
      };
    } catch {
      return undefined;
    }
  }
}
