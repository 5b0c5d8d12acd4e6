// `pavise check [TEXT | -] [--direction input|output|tool_result] [--json]`
// Runs the content pipeline on one text. Exit 0 allowed (possibly redacted), 1 blocked or held,
// 2 usage error. Human output names each finding with its original span; --json adds the text
// after redaction.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { createEngine } from '../../runtime.js';
import { loadCliConfig, parseDirection, textEvent } from '../shared.js';

interface CheckOptions {
  direction?: string;
  json?: boolean;
  config?: string;
}

export function registerCheck(program: Command, ctx: CliContext): void {
  program
    .command('check')
    .description('check one text (argument, or stdin with - or no argument) and print the verdict')
    .argument('[text]', 'the text to check; - or absent reads stdin')
    .option('--direction <d>', 'input | output | tool_result', 'input')
    .option('--json', 'print the verdict as JSON')
    .option('--config <file>', 'pavise.yaml to use')
    .action(async (text: string | undefined, opts: CheckOptions) => {
      const direction = parseDirection(opts.direction);
      const loaded = loadCliConfig(ctx, opts.config);
      const input = text === undefined || text === '-' ? await ctx.stdin() : text;
      const engine = createEngine(loaded.config);
      const event = textEvent(input, direction, 'cli-check');
      const verdict = await engine.inspect(event);
      const outText = verdict.parts?.[0]?.text ?? input;
      if (opts.json) {
        ctx.stdout(
          `${JSON.stringify(
            {
              decision: verdict.decision,
              ...(verdict.code ? { code: verdict.code } : {}),
              message: verdict.message,
              direction,
              findings: verdict.findings,
              reasons: verdict.reasons,
              redactions: verdict.redactions.map(({ part, start, end, entity, replacement }) => ({ part, start, end, entity, replacement })),
              text: verdict.decision === 'block' || verdict.decision === 'hold' ? null : outText,
              policyVersion: verdict.policyVersion,
            },
            null,
            2,
          )}\n`,
        );
      } else {
        ctx.stdout(`${verdict.decision}${verdict.code ? ` (${verdict.code})` : ''}: ${verdict.message}\n`);
        for (const f of verdict.findings) {
          ctx.stdout(`  ${f.detector}/${f.kind} score=${f.score.toFixed(2)} span=${f.span.start}-${f.span.end} view=${f.view}: ${f.evidence}\n`);
        }
        if (verdict.decision === 'redact') ctx.stdout(`--- redacted text ---\n${outText}\n`);
      }
      ctx.exitCode = verdict.decision === 'block' || verdict.decision === 'hold' ? 1 : 0;
    });
}
