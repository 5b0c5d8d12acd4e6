// Raw-socket client for the adversarial suites: writes exact bytes (no HTTP library in the way,
// so malformed framing reaches the server as written) and collects everything the server sends
// until it closes the connection or `timeoutMs` passes. 127.0.0.1 only; every call is bounded.
import { connect } from 'node:net';

export interface RawResult {
  /** Everything received, as latin1 (byte-preserving). */
  readonly text: string;
  /** Status codes of every response in `text`, in order. */
  readonly statuses: number[];
  /** True when the server closed the connection (false: our timeout fired first). */
  readonly closedByServer: boolean;
  readonly ms: number;
}

export function parseStatuses(text: string): number[] {
  return [...text.matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));
}

/**
 * Send `pieces` (each written separately, `gapMs` apart) to 127.0.0.1:`port`; resolve when the
 * server closes or after `timeoutMs`.
 */
export function rawRequest(port: number, pieces: ReadonlyArray<string | Buffer>, opts: { timeoutMs?: number; gapMs?: number; endAfterWrite?: boolean } = {}): Promise<RawResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const sock = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closedByServer: boolean): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ text, statuses: parseStatuses(text), closedByServer, ms: Date.now() - started });
    };
    const timer: NodeJS.Timeout = setTimeout(() => finish(false), opts.timeoutMs ?? 3000);
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('close', () => finish(true));
    sock.on('error', () => finish(true));
    sock.on('connect', () => {
      void (async () => {
        for (const p of pieces) {
          if (done || sock.destroyed) return;
          sock.write(p);
          if (opts.gapMs) await new Promise((r) => setTimeout(r, opts.gapMs));
        }
        if (opts.endAfterWrite && !sock.destroyed) sock.end();
      })();
    });
  });
}

/** The JSON body of the last response in `text`, if it has one. */
export function lastJsonBody(text: string): unknown {
  const idx = text.lastIndexOf('\r\n\r\n');
  if (idx < 0) return undefined;
  let body = text.slice(idx + 4);
  // chunked bodies: strip the size lines
  if (/transfer-encoding: chunked/i.test(text.slice(0, idx))) body = body.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n|\r\n0\r\n\r\n$/gi, '');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
