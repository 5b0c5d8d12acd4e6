// The one registry of Pavise's error codes (ENGINEERING.md habit 7).
//
// Every failure a user or operator can see has a stable `PAVISE_…` code, an HTTP status and a
// client-safe message here. docs/errors.md lists them; src/engine/errors.test.ts fails when the
// two disagree in either direction. Surfaces lower-case the code for provider-shaped bodies
// (`pavise_content_blocked`), per DESIGN.md's contract.

export const ERRORS = {
  PAVISE_CONFIG_INVALID: { status: 500, message: 'the configuration is invalid' },
  PAVISE_CONFIG_NOT_FOUND: { status: 500, message: 'the configuration file was not found' },
  PAVISE_USAGE: { status: 400, message: 'invalid command-line usage' },
  PAVISE_CONTENT_BLOCKED: { status: 400, message: 'the request was refused for its content' },
  PAVISE_OUTPUT_BLOCKED: { status: 400, message: 'the response was refused for its content' },
  PAVISE_UNAUTHENTICATED: { status: 401, message: 'missing or invalid credentials' },
  PAVISE_FORBIDDEN: { status: 403, message: 'the request is not permitted by policy' },
  PAVISE_PRINCIPAL_BLOCKED: { status: 403, message: 'this principal is temporarily blocked' },
  PAVISE_APPROVAL_REQUIRED: { status: 403, message: 'the action is held for human approval' },
  PAVISE_APPROVAL_DENIED: { status: 403, message: 'the held action was denied or expired' },
  PAVISE_SERVER_QUARANTINED: { status: 403, message: 'the tool server is quarantined' },
  PAVISE_TOOL_WITHHELD: { status: 403, message: 'the tool definition is withheld pending review' },
  PAVISE_SESSION_TAINTED: { status: 403, message: 'the action is not permitted in a session holding untrusted content and private data' },
  PAVISE_TENANT_MIX: { status: 403, message: 'the session would mix data of different tenants' },
  PAVISE_RATE_LIMITED: { status: 429, message: 'rate limit exceeded' },
  PAVISE_OVERLOADED: { status: 503, message: 'the gateway is overloaded; retry later' },
  PAVISE_BODY_TOO_LARGE: { status: 413, message: 'the request body is too large' },
  PAVISE_HEADERS_TOO_LARGE: { status: 431, message: 'the request headers are too large' },
  PAVISE_REQUEST_TIMEOUT: { status: 408, message: 'the request was not received in time' },
  PAVISE_JSON_TOO_DEEP: { status: 400, message: 'the request JSON is nested too deeply' },
  PAVISE_BAD_REQUEST: { status: 400, message: 'the request is malformed' },
  PAVISE_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'unsupported content type' },
  PAVISE_NOT_FOUND: { status: 404, message: 'not found' },
  PAVISE_MODEL_UNKNOWN: { status: 404, message: 'the model is not configured' },
  PAVISE_DETECTOR_FAILED: { status: 503, message: 'a content check failed; the request was refused' },
  PAVISE_DETECTOR_TIMEOUT: { status: 503, message: 'a content check ran over its budget; the request was refused' },
  PAVISE_POLICY_ERROR: { status: 503, message: 'a policy could not be evaluated; the request was refused' },
  PAVISE_POLICY_INVALID: { status: 500, message: 'the policy set is invalid' },
  PAVISE_AUDIT_UNAVAILABLE: { status: 503, message: 'the audit log cannot record this request; it was refused' },
  PAVISE_AUDIT_TAMPERED: { status: 500, message: 'the audit log failed verification' },
  PAVISE_UPSTREAM_ERROR: { status: 502, message: 'the upstream failed' },
  PAVISE_UPSTREAM_TIMEOUT: { status: 504, message: 'the upstream timed out' },
  PAVISE_INTERNAL: { status: 500, message: 'internal error' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

const BRAND = Symbol.for('pavise.error');

/** The one error class; `code` is the stable contract, `message` is client-safe. */
export class PaviseError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Operator-facing detail (file, line, key path …). Never carries secrets. */
  readonly detail: string | undefined;
  readonly [BRAND] = true;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown; message?: string }) {
    super(options?.message ?? (detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message), {
      cause: options?.cause,
    });
    this.name = 'PaviseError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.detail = detail;
  }

  static override [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[BRAND] === true;
  }
}

export function isErrorCode(x: string): x is ErrorCode {
  return Object.hasOwn(ERRORS, x);
}
