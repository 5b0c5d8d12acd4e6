import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { test } from 'node:test';
import { resolveWriter } from '../audit/index.js';
import type { ReadText } from './cpus.js';
import { cgroupCpuLimit, parseCpuMax, usableCpus } from './cpus.js';

const fs = (files: Record<string, string>): ReadText => (p) => files[p];

test('parseCpuMax: "max" is no limit, a quota is quota/period', () => {
  assert.equal(parseCpuMax('max 100000\n'), undefined);
  assert.equal(parseCpuMax('150000 100000\n'), 1.5);
  assert.equal(parseCpuMax('50000 100000'), 0.5);
  assert.equal(parseCpuMax(undefined), undefined);
  assert.equal(parseCpuMax('garbage'), undefined);
  assert.equal(parseCpuMax('0 100000'), undefined, 'a zero quota is malformed, not "no CPU"');
});

test('cgroup v2: the smallest quota of the cgroup and its ancestors applies', () => {
  const read = fs({
    '/proc/self/cgroup': '0::/kubepods/pod1/ctr\n',
    '/r/kubepods/pod1/ctr/cpu.max': 'max 100000\n',
    '/r/kubepods/pod1/cpu.max': '100000 100000\n',
    '/r/kubepods/cpu.max': '400000 100000\n',
  });
  assert.equal(cgroupCpuLimit(read, '/r'), 1);
});

test('cgroup v2 inside a container (its cgroup is the mount root) and on a hybrid host', () => {
  assert.equal(cgroupCpuLimit(fs({ '/proc/self/cgroup': '0::/\n', '/r/cpu.max': '150000 100000\n' }), '/r'), 1.5);
  assert.equal(
    cgroupCpuLimit(fs({ '/proc/self/cgroup': '1:cpu:/\n0::/app\n', '/r/unified/app/cpu.max': '200000 100000\n' }), '/r'),
    2,
  );
});

test('cgroup v1: cfs quota / period under the cpu mount; -1 is no limit', () => {
  const v1 = (quota: string): ReadText =>
    fs({
      '/proc/self/cgroup': '11:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n',
      '/r/cpu,cpuacct/docker/abc/cpu.cfs_quota_us': quota,
      '/r/cpu,cpuacct/docker/abc/cpu.cfs_period_us': '100000\n',
    });
  assert.equal(cgroupCpuLimit(v1('50000\n'), '/r'), 0.5);
  assert.equal(cgroupCpuLimit(v1('-1\n'), '/r'), undefined);
  // A container sees its own cgroup at the mount root while /proc/self/cgroup names the host path.
  const inContainer = fs({
    '/proc/self/cgroup': '4:cpu,cpuacct:/docker/abc\n',
    '/r/cpu,cpuacct/cpu.cfs_quota_us': '100000\n',
    '/r/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
  });
  assert.equal(cgroupCpuLimit(inContainer, '/r'), 1);
});

test('nothing readable or no cpu controller: no limit', () => {
  assert.equal(cgroupCpuLimit(() => undefined, '/r'), undefined);
  assert.equal(cgroupCpuLimit(fs({ '/proc/self/cgroup': '4:memory:/x\n' }), '/r'), undefined);
});

test('usableCpus never exceeds the affinity mask and is positive', () => {
  const n = usableCpus();
  assert.ok(n > 0 && n <= availableParallelism(), String(n));
});

test('resolveWriter: a fractional quota below two CPUs runs inline', () => {
  assert.equal(resolveWriter('auto', 1.5), 'inline');
  assert.equal(resolveWriter('auto', 0.5), 'inline');
  assert.equal(resolveWriter('auto', 2), 'worker');
});
