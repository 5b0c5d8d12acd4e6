// Deadlines on promises without a timer per call: `withDeadline(p, ms, onTimeout)` settles like
// `p`, or rejects with `onTimeout()` once `ms` have passed. The engine puts one on every audit
// write and every asynchronous policy call; a setTimeout + clearTimeout + Promise.race per call
// was ~3% of the gateway's CPU per request. Here all calls with the same `ms` share one FIFO
// queue (their deadlines are in insertion order) and one timer armed for the oldest pending one.
//
// Misses: a deadline fires when the shared timer runs, so a rejection may come up to one timer
// turn late (never early). Cost: O(1) amortised per call (settled entries are popped from the
// head); the timer fires about once per `ms` and is unref'd while no call is pending.
// Failure mode: none of its own; `onTimeout` must not throw.

interface Entry {
  readonly at: number;
  /** Undefined once settled (by the promise or the deadline). */
  fail: ((err: Error) => void) | undefined;
  readonly onTimeout: () => Error;
}

class Queue {
  private entries: Entry[] = [];
  private head = 0;
  private pending = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ms: number,
    private readonly now: () => number,
  ) {}

  add(e: Entry): void {
    this.entries.push(e);
    if (this.pending++ === 0) this.timer?.ref();
    if (this.timer === undefined) this.arm(this.ms);
  }

  settled(): void {
    this.pending--;
    if (this.pending === 0) {
      // Nothing left to time: the queue is dropped and the timer unref'd (an idle process can
      // exit at once) but kept armed: clearing and re-arming it for every call that settles
      // before the next one starts would be the per-call timer this module avoids.
      this.entries = [];
      this.head = 0;
      this.timer?.unref();
      return;
    }
    this.popSettled();
  }

  private popSettled(): void {
    while (this.head < this.entries.length && this.entries[this.head]?.fail === undefined) this.head++;
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => this.sweep(), Math.max(1, Math.ceil(ms)));
  }

  private sweep(): void {
    this.timer = undefined;
    const t = this.now();
    // INVARIANT: entries are in deadline order (same ms, pushed in time order), so the expired
    // ones are a prefix of the pending ones.
    for (;;) {
      this.popSettled();
      const e = this.entries[this.head];
      if (e === undefined || e.at > t) break;
      const fail = e.fail;
      e.fail = undefined;
      this.head++;
      this.pending--;
      fail?.(e.onTimeout());
    }
    const next = this.entries[this.head];
    if (next !== undefined) this.arm(next.at - t);
    else {
      // INVARIANT: nothing pending (every pending entry sits in the queue after head).
      this.entries = [];
      this.head = 0;
    }
  }
}

const queues = new Map<number, Queue>();
const clock = (): number => performance.now();

/** `p`, or a rejection with `onTimeout()` after `ms` milliseconds, whichever comes first. */
export function withDeadline<T>(p: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let q = queues.get(ms);
  if (q === undefined) {
    q = new Queue(ms, clock);
    queues.set(ms, q);
  }
  const queue = q;
  return new Promise<T>((resolve, reject) => {
    const entry: Entry = { at: clock() + ms, fail: reject, onTimeout };
    queue.add(entry);
    p.then(
      (v) => {
        if (entry.fail === undefined) return;
        entry.fail = undefined;
        queue.settled();
        resolve(v);
      },
      (err: unknown) => {
        if (entry.fail === undefined) return;
        entry.fail = undefined;
        queue.settled();
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
