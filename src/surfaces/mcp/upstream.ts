// One upstream MCP server: a supervised MCP SDK Client over stdio (spawned child process) or
// streamable HTTP. Reconnects with exponential backoff (250 ms doubling to 30 s, with jitter)
// whenever the connection closes, until stop(). A child's stderr is logged line by line,
// truncated, so a chatty or hostile server cannot flood the log.
//
// Misses: server-to-client requests (sampling, elicitation, roots) are not forwarded; Pavise
// answers them as a client without those capabilities. One connection is shared by every
// downstream session of the server.
// Failure mode: `client()` rejects with PAVISE_UPSTREAM_ERROR when no connection is up within
// the wait bound; callers turn that into a JSON-RPC or tool error.

import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment, StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { PaviseError } from '../../engine/errors.js';
import type { PaviseConfig } from '../../policy/config.js';

export type UpstreamConfig = PaviseConfig['mcp']['servers'][string];

export interface McpLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: McpLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface UpstreamOptions {
  readonly log: McpLogger;
  /** Called when the server says its tool list changed. */
  readonly onToolsChanged: () => void;
  /** Resolves relative stdio `cwd` values. */
  readonly baseDir?: string;
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
}

const MAX_STDERR_LINE = 500;
const MAX_STDERR_LINES_PER_MINUTE = 120;

export class Upstream {
  readonly name: string;
  readonly config: UpstreamConfig;
  private readonly opts: UpstreamOptions;
  private current: Client | undefined;
  private stopping = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private waiters: Array<(c: Client) => void> = [];
  private connectedAt = 0;
  private stderrBudget = { windowStart: 0, lines: 0 };
  /** Number of (re)connections made; tests and the console read it. */
  connections = 0;

  constructor(name: string, config: UpstreamConfig, opts: UpstreamOptions) {
    this.name = name;
    this.config = config;
    this.opts = opts;
  }

  get connected(): boolean {
    return this.current !== undefined;
  }

  start(): void {
    this.stopping = false;
    void this.connect();
  }

  /** The connected client; waits up to `waitMs` for a connection. */
  async client(waitMs = 10_000): Promise<Client> {
    if (this.current) return this.current;
    if (this.stopping) throw new PaviseError('PAVISE_UPSTREAM_ERROR', `MCP server ${this.name} is stopped`);
    return new Promise<Client>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        reject(new PaviseError('PAVISE_UPSTREAM_ERROR', `MCP server ${this.name} is not connected`));
      }, waitMs);
      const done = (c: Client): void => {
        clearTimeout(timer);
        resolve(c);
      };
      this.waiters.push(done);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const c = this.current;
    this.current = undefined;
    if (c) await c.close().catch(() => undefined);
  }

  private transport(): Transport {
    const cfg = this.config;
    if ('command' in cfg) {
      const t = new StdioClientTransport({
        command: cfg.command,
        args: cfg.args,
        env: { ...getDefaultEnvironment(), ...cfg.env },
        stderr: 'pipe',
        ...(cfg.cwd !== undefined ? { cwd: resolve(this.opts.baseDir ?? process.cwd(), cfg.cwd) } : {}),
      });
      const stderr = t.stderr as Readable | null;
      if (stderr) this.logStderr(stderr);
      return t;
    }
    return new StreamableHTTPClientTransport(new URL(cfg.url), { requestInit: { headers: cfg.headers } });
  }

  private logStderr(stream: Readable): void {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        this.logLine(buf.slice(0, nl));
        buf = buf.slice(nl + 1);
      }
      if (buf.length > MAX_STDERR_LINE * 4) {
        this.logLine(buf);
        buf = '';
      }
    });
  }

  private logLine(line: string): void {
    const now = Date.now();
    if (now - this.stderrBudget.windowStart > 60_000) this.stderrBudget = { windowStart: now, lines: 0 };
    if (++this.stderrBudget.lines > MAX_STDERR_LINES_PER_MINUTE) return;
    const text = line.length > MAX_STDERR_LINE ? `${line.slice(0, MAX_STDERR_LINE)}…` : line;
    if (text.trim()) this.opts.log.info({ mcpServer: this.name, stderr: text }, 'mcp server stderr');
  }

  private async connect(): Promise<void> {
    if (this.stopping) return;
    const client = new Client({ name: 'pavise', version: '0.1.0' }, { capabilities: {} });
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
      this.opts.onToolsChanged();
    });
    let closed = false;
    client.onclose = () => {
      if (closed) return;
      closed = true;
      if (this.current === client) this.current = undefined;
      if (!this.stopping) {
        this.opts.log.warn({ mcpServer: this.name }, 'mcp server connection closed; reconnecting');
        this.schedule();
      }
    };
    client.onerror = (err) => {
      this.opts.log.warn({ mcpServer: this.name, err: err.message.slice(0, 300) }, 'mcp server transport error');
    };
    try {
      await client.connect(this.transport(), { timeout: this.config.timeoutMs });
    } catch (err) {
      this.opts.log.warn({ mcpServer: this.name, err: err instanceof Error ? err.message.slice(0, 300) : 'error' }, 'mcp server connect failed');
      closed = true;
      await client.close().catch(() => undefined);
      this.schedule();
      return;
    }
    if (this.stopping) {
      await client.close().catch(() => undefined);
      return;
    }
    this.current = client;
    this.connections++;
    this.connectedAt = Date.now();
    this.opts.log.info({ mcpServer: this.name }, 'mcp server connected');
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w(client);
    // A reconnect means the definitions may have changed; the proxy re-lists and re-checks pins.
    if (this.connections > 1) this.opts.onToolsChanged();
  }

  private schedule(): void {
    if (this.stopping || this.timer) return;
    // A connection that stayed up for a while resets the backoff; a crash loop keeps doubling.
    if (this.connectedAt > 0 && Date.now() - this.connectedAt > 10_000) this.attempt = 0;
    const { initialMs, maxMs } = this.opts.backoff ?? { initialMs: 250, maxMs: 30_000 };
    const base = Math.min(maxMs, initialMs * 2 ** Math.min(this.attempt, 20));
    const delay = Math.round(base / 2 + Math.random() * (base / 2));
    this.attempt++;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, delay);
    this.timer.unref();
  }
}
