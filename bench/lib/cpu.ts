// CPU-time helpers for in-process micro-benchmarks (process.cpuUsage: holds on a shared machine
// where wall clock does not).

/** CPU milliseconds (user + system) spent running `fn` once. */
export function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** CPU ms per call of `fn(text)` in one run: `fn` repeated until ≥ 20 ms of wall time. */
export function perCallMs(fn: (t: string) => unknown, text: string): number {
  let n = 0;
  const ms = cpuMs(() => {
    const t0 = performance.now();
    do {
      fn(text);
      n++;
    } while (performance.now() - t0 < 20);
  });
  return ms / n;
}
