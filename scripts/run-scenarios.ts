// `npm run scenarios`: the agent-scenario suite (src/redteam/scenarios) with Pavise off and on.
// Prints the markdown table that docs/detection.md ("Agent scenarios") quotes; `--json` prints
// per-episode results instead. Exit code 0 always when the run completes (the test asserts the
// targets; this script reports).
import { formatReport, runBoth, summarize } from '../src/redteam/scenarios/index.js';

const json = process.argv.includes('--json');
const t0 = performance.now();
const shared = process.argv.includes('--shared');
const { off, on } = await runBoth(shared ? 'shared' : 'episode');
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
if (json) {
  process.stdout.write(`${JSON.stringify({ summary: summarize(off, on), off, on }, null, 2)}\n`);
} else {
  const s = summarize(off, on);
  process.stdout.write(`Agent scenarios: ${s.on.attacks} attack episodes, ${s.on.benign} benign twins, ${shared ? "one shared runtime" : "a fresh runtime per episode"} (${seconds} s)\n\n`);
  process.stdout.write(`${formatReport(off, on)}\n`);
}
