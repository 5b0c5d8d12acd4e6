// Behaviour baselines per principal (agent): which tools it uses, how fast it calls them, how much
// data its tool results carry. Deviations raise alerts with evidence; they do not block (risk and
// policy do that). A new principal's first `warmupCalls` calls are its baseline, so a fresh agent
// does not alert on every tool.
//
// Cost: O(1) amortised per call; memory bounded per principal (a 60 s window of timestamps capped
// at 4 × burstPerMinute, a set of tool ids capped at 1,000) and in principals (`maxTracked`).

import type { Event } from '../engine/types.js';
import type { PaviseConfig } from '../policy/config.js';
import type { Alerts } from './alerts.js';

type BaselineConfig = PaviseConfig['monitor']['baseline'];

interface Profile {
  calls: number;
  tools: Set<string>;
  window: number[];
  lastBurstAlert: number;
  volumeMean: number;
  volumeSamples: number;
}

const MIN_SPIKE_BYTES = 64 * 1024;

export class Baselines {
  private readonly profiles = new Map<string, Profile>();

  constructor(
    private readonly cfg: BaselineConfig,
    private readonly alerts: Alerts,
    private readonly maxTracked = 50_000,
  ) {}

  private profile(id: string): Profile {
    let p = this.profiles.get(id);
    if (!p) {
      p = { calls: 0, tools: new Set(), window: [], lastBurstAlert: 0, volumeMean: 0, volumeSamples: 0 };
      this.profiles.set(id, p);
      if (this.profiles.size > this.maxTracked) {
        const oldest = this.profiles.keys().next();
        if (!oldest.done) this.profiles.delete(oldest.value);
      }
    }
    return p;
  }

  observeCall(event: Event, now: number): void {
    const who = event.principal.id;
    const p = this.profile(who);
    const tool = event.resource.id;
    if (!p.tools.has(tool)) {
      if (p.calls >= this.cfg.warmupCalls) {
        this.alerts.raise({
          severity: 'warning',
          kind: 'tool_first_use',
          message: `${who} called ${tool} for the first time after ${p.calls} calls`,
          principal: who,
          ...(event.resource.server !== undefined ? { server: event.resource.server } : {}),
          evidence: { tool, previousCalls: p.calls, knownTools: p.tools.size },
        });
      }
      if (p.tools.size < 1000) p.tools.add(tool);
    }
    p.calls++;
    p.window.push(now);
    while (p.window.length > 0 && (p.window[0] ?? now) <= now - 60_000) p.window.shift();
    if (p.window.length > this.cfg.burstPerMinute * 4) p.window.splice(0, p.window.length - this.cfg.burstPerMinute * 4);
    if (p.window.length > this.cfg.burstPerMinute && now - p.lastBurstAlert > 60_000) {
      p.lastBurstAlert = now;
      this.alerts.raise({
        severity: 'warning',
        kind: 'burst',
        message: `${who} made ${p.window.length} tool calls in the last minute`,
        principal: who,
        evidence: { callsLastMinute: p.window.length, threshold: this.cfg.burstPerMinute },
      });
    }
  }

  observeVolume(event: Event, bytes: number): void {
    const who = event.principal.id;
    const p = this.profile(who);
    if (p.volumeSamples >= this.cfg.warmupCalls && bytes >= MIN_SPIKE_BYTES && bytes > this.cfg.volumeFactor * p.volumeMean) {
      this.alerts.raise({
        severity: 'warning',
        kind: 'volume_spike',
        message: `${who} received ${bytes} bytes from ${event.resource.id}, ${(bytes / Math.max(1, p.volumeMean)).toFixed(1)}× its mean`,
        principal: who,
        ...(event.resource.server !== undefined ? { server: event.resource.server } : {}),
        evidence: { bytes, mean: Math.round(p.volumeMean), factor: this.cfg.volumeFactor },
      });
    }
    p.volumeSamples++;
    p.volumeMean += (bytes - p.volumeMean) / p.volumeSamples;
  }
}
