// A bench child process that announces itself with one JSON line on stdout (`{"url", "key"?}`):
// wait for that line, and stop the child with SIGTERM (SIGKILL after 5 s).
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ReadyChild {
  readonly child: ChildProcess;
  readonly info: { url: string; key?: string };
  stop(): Promise<void>;
}

/** Resolves once `child` printed its JSON line; rejects when it exits first (`name` in the error). */
export async function whenReady(child: ChildProcess, name: string): Promise<ReadyChild> {
  const rl = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const line = await new Promise<string>((resolve, reject) => {
    // Lines before the JSON one are skipped: node flags such as --trace-deopt print to stdout.
    const onLine = (l: string): void => {
      if (!l.startsWith('{')) return;
      rl.off('line', onLine);
      resolve(l);
    };
    rl.on('line', onLine);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code ?? 'signal'}`)));
  });
  rl.close();
  // Keep draining: a child that goes on printing (trace flags) must not block on a full pipe.
  child.stdout?.resume();
  return {
    child,
    info: JSON.parse(line) as { url: string; key?: string },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

interface Esbuild {
  build(opts: Record<string, unknown>): Promise<unknown>;
}
type Resolver = { onResolve(o: { filter: RegExp }, cb: (a: { path: string }) => { path: string; external: boolean }): void };

/**
 * Bundle a bench script (path relative to `root`) into plain ESM whose `../src/…` imports point
 * at a compiled tree (`dist`, e.g. <root>/dist or another build for A/B runs), so the system
 * under test runs as plain node, not under the tsx loader. Written to
 * <root>/node_modules/.cache/<cacheDir>/<script>{tag}.mjs.
 */
export async function bundleForDist(root: string, script: string, dist: string, cacheDir: string, tag = ''): Promise<string> {
  const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
  const outDir = join(root, 'node_modules', '.cache', cacheDir);
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, basename(script).replace(/\.ts$/, `${tag}.mjs`));
  const toDist = {
    name: 'src-to-dist',
    setup(b: Resolver): void {
      b.onResolve({ filter: /^\.\.\/src\// }, (a) => ({ path: join(dist, a.path.slice('../src/'.length)), external: true }));
    },
  };
  await esbuild.build({ entryPoints: [join(root, script)], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, plugins: [toDist], logLevel: 'error' });
  return outfile;
}

/** utime + stime of a process, in ms, from /proc/<pid>/stat (Linux; clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
}
