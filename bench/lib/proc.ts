// A bench child process that announces itself with one JSON line on stdout (`{"url", "key"?}`):
// wait for that line, and stop the child with SIGTERM (SIGKILL after 5 s).
import type { ChildProcess } from 'node:child_process';
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
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code ?? 'signal'}`)));
  });
  rl.close();
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
