// How many CPUs this process may actually use: the smaller of the affinity mask
// (os.availableParallelism()) and a cgroup CPU quota (Kubernetes `resources.limits.cpu`, Docker
// `--cpus`), which the affinity mask does not show — a pod limited to one CPU on a 32-core node
// sees 32 CPUs in its mask.
//
// Hand-written because Node has no API for the quota and the npm packages that read it either
// pull in a dependency tree for ~40 lines or read only one cgroup version. Reads, best effort:
// cgroup v2 `cpu.max` ("<quota> <period>" or "max <period>") of the process's cgroup and every
// ancestor up to the root (a limit set on a parent applies), and cgroup v1
// `cpu.cfs_quota_us` / `cpu.cfs_period_us` (-1 = no limit) under the cpu controller's mount, at the
// process's path and at the mount root (what a container sees).
//
// Misses: CPU shares / weights (relative, not a limit), cpusets expressed only in cgroups (the
// affinity mask already reflects those), quotas changed after start (read once per call).
// Cost: a handful of small file reads; callers read it once at start-up.
// Failure mode: any unreadable or malformed file counts as "no limit" (undefined), never throws.

import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

export type ReadText = (path: string) => string | undefined;

const readText: ReadText = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

function ratio(quota: number, period: number): number | undefined {
  return Number.isFinite(quota) && Number.isFinite(period) && quota > 0 && period > 0 ? quota / period : undefined;
}

/** `cpu.max` of cgroup v2: "max 100000" → undefined, "150000 100000" → 1.5. */
export function parseCpuMax(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const [quota, period] = text.trim().split(/\s+/);
  if (quota === undefined || quota === 'max') return undefined;
  return ratio(Number(quota), Number(period ?? '100000'));
}

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** Ancestors of a cgroup path, itself first: "/a/b" → ["/a/b", "/a", "/"]. */
function lineage(path: string): string[] {
  const out: string[] = [];
  // Trailing slashes stripped by hand: /\/+$/ is quadratic on a long run of slashes (ReDoS gate).
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end--;
  let p = path.slice(0, end) || '/';
  for (;;) {
    out.push(p);
    if (p === '/') return out;
    const cut = p.lastIndexOf('/');
    p = cut <= 0 ? '/' : p.slice(0, cut);
  }
}

function join(root: string, path: string): string {
  return path === '/' ? root : root + path;
}

/**
 * The CPU quota of this process's cgroups in CPUs (1.5 = one and a half), or undefined when none
 * is set or none can be read. `read` and `root` are injectable for tests.
 */
export function cgroupCpuLimit(read: ReadText = readText, root = '/sys/fs/cgroup'): number | undefined {
  const self = read('/proc/self/cgroup');
  if (self === undefined) return undefined;
  let limit: number | undefined;
  for (const line of self.split('\n')) {
    // "hierarchy-id:controllers:path"; the path may itself contain ':'.
    const a = line.indexOf(':');
    const b = a < 0 ? -1 : line.indexOf(':', a + 1);
    if (b < 0) continue;
    const controllers = line.slice(a + 1, b);
    const path = line.slice(b + 1) || '/';
    if (line.slice(0, a) === '0' && controllers === '') {
      // cgroup v2 (unified). Hybrid hosts mount it at <root>/unified.
      for (const base of [root, `${root}/unified`]) {
        for (const p of lineage(path)) limit = min(limit, parseCpuMax(read(`${join(base, p)}/cpu.max`)));
      }
    } else if (controllers.split(',').includes('cpu')) {
      // cgroup v1: the cpu controller is mounted as "cpu", "cpu,cpuacct" or "cpuacct,cpu".
      for (const mount of ['cpu', 'cpu,cpuacct', 'cpuacct,cpu']) {
        for (const p of path === '/' ? ['/'] : [path, '/']) {
          const dir = join(`${root}/${mount}`, p);
          const quota = read(`${dir}/cpu.cfs_quota_us`);
          if (quota === undefined) continue;
          limit = min(limit, ratio(Number(quota.trim()), Number((read(`${dir}/cpu.cfs_period_us`) ?? '').trim())));
        }
      }
    }
  }
  return limit;
}

/** CPUs this process may use: min(affinity mask, cgroup quota); may be fractional. */
export function usableCpus(): number {
  return min(availableParallelism(), cgroupCpuLimit()) ?? availableParallelism();
}
