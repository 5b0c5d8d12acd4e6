// Shared fixtures for the audit suites: events, verdicts and generated logs.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenedAudit } from '../../src/audit/index.js';
import { openAudit } from '../../src/audit/index.js';
import assert from 'node:assert/strict';
import type { Engine } from '../../src/engine/pipeline.js';
import type { Event, Finding, Verdict } from '../../src/engine/types.js';

export const AUDIT_DEFAULTS = { failOpen: false, storeBodies: false, checkpointEvery: 1000, checkpointSeconds: 60, deadlineMs: 2000 };

export function tempDir(prefix = 'pavise-audit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function makeEvent(i: number, text = `hello ${i}`, extra: Partial<Event> = {}): Event {
  return {
    id: `ev-${i}`,
    time: 1_700_000_000_000 + i,
    principal: { id: `key:p${i % 3}`, kind: 'user', roles: ['admin'] },
    session: `s-${i % 5}`,
    action: i % 2 === 0 ? 'chat.input' : 'tool.call',
    resource: i % 2 === 0 ? { kind: 'model', id: 'gpt-4o' } : { kind: 'tool', id: 'files/read', server: 'files' },
    parts: [{ text, provenance: 'user' }],
    surface: 'sdk',
    ...extra,
  };
}

export function allowVerdict(findings: readonly Finding[] = []): Verdict {
  return { decision: 'allow', message: 'allowed', reasons: [], findings, redactions: [], policyVersion: 'pv-1', obligations: [] };
}

/** Open a fresh log, append `n` records (mixed request and generic), close it (sealing the tip). */
export async function generateLog(n: number, opts: { checkpointEvery?: number; dir?: string } = {}): Promise<string> {
  const dir = opts.dir ?? tempDir();
  const audit = openAudit({ dataDir: dir, config: { ...AUDIT_DEFAULTS, checkpointEvery: opts.checkpointEvery ?? 4 } });
  await appendMany(audit, n);
  await audit.close();
  return dir;
}

export async function appendMany(audit: OpenedAudit, n: number, start = 0): Promise<number[]> {
  const ps: Promise<{ seq: number }>[] = [];
  for (let i = start; i < start + n; i++) {
    ps.push(
      i % 7 === 3
        ? audit.log.appendRecord({ kind: 'policy.change', principal: 'cli:admin', data: { from: `v${i}`, to: `v${i + 1}`, diff: `+permit ${i}` } })
        : audit.sink.append(makeEvent(i), allowVerdict()),
    );
  }
  return (await Promise.all(ps)).map((r) => r.seq);
}

/**
 * Inspect 20 KB events through `engine` until the audit refuses one (a small `maxBytes` store):
 * each refusal must come within `promptMs`, not at the audit deadline. Returns the refusal code
 * and how many records were written before it.
 */
export async function fillUntilRefused(engine: Engine, promptMs: number): Promise<{ refused: string | undefined; written: number }> {
  const big = 'x'.repeat(20_000);
  let refused: string | undefined;
  let written = 0;
  for (let i = 0; i < 50 && !refused; i++) {
    const t0 = performance.now();
    const v = await engine.inspect(makeEvent(i, big + i));
    assert.ok(performance.now() - t0 < promptMs, 'an audit failure is reported promptly, not at the deadline');
    if (v.decision === 'block') refused = v.code;
    else written += 1;
  }
  return { refused, written };
}

/**
 * Runs `node --import tsx script …args`, hands every complete stdout line to `onLine` with a
 * `kill` (SIGKILL, once), kills the child after `maxMs` anyway, and resolves with how it exited
 * and its stderr (the crash tests' children print one acknowledged seq per line).
 */
export function runChildLines(
  script: string,
  args: readonly string[],
  onLine: (line: string, kill: () => void) => void,
  maxMs: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let stderr = '';
    let killed = false;
    const kill = (): void => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(kill, maxMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const l of lines) onLine(l, kill);
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}
