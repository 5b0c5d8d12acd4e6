// `pavise init [--dir D] [--force]`: writes a commented pavise.yaml and the default Cedar policy
// files (policies/*.cedar and the schema) so the user can edit what the built-in defaults do.
// Refuses to overwrite existing files unless --force.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { PaviseError } from '../../engine/errors.js';
import type { CliContext } from '../context.js';

/** The package root (works from src/ under tsx and from dist/). */
export const PACKAGE_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export const SAMPLE_CONFIG = `# pavise.yaml — Pavise gateway configuration. Unknown keys are errors.
# \${VAR} expands from the environment (\${VAR:-default} gives a fallback).

server:
  listen: 127.0.0.1:8787        # where \`pavise serve\` listens
  bodyLimit: 4194304            # bytes, after decompression
  maxJsonDepth: 64

dataDir: ./.pavise              # embedded store (SQLite), signing key; created on first start

providers:                      # upstream LLM APIs; keys stay here, never with agents
  openai:
    baseUrl: https://api.openai.com/v1
    apiKey: "\${OPENAI_API_KEY:-}"
  anthropic:
    baseUrl: https://api.anthropic.com
    apiKey: "\${ANTHROPIC_API_KEY:-}"

mcp:
  servers: {}
  # files:                      # stdio: command, args, env, cwd
  #   command: npx
  #   args: ["-y", "@modelcontextprotocol/server-filesystem", "./docs"]
  # office:                     # streamable HTTP: url, headers
  #   url: http://127.0.0.1:9000/mcp
  #   tools:
  #     send_email: { labels: [external_egress] }
  #     read_notes: { labels: [reads_sensitive] }
  #     fetch_page: { labels: [untrusted_content] }

policies: ./policies            # Cedar files written by \`pavise init\`; remove to use the built-in set

guard:
  replaceDefaults: false        # true: only the rules below apply
  rules: []
  # - id: block-pii-in-prompts
  #   detector: pii
  #   directions: [input]
  #   threshold: 0.8
  #   verdict: block

redaction:
  default: mask                 # mask | hash | placeholder | block
  entities: {}
  #   email: placeholder        # replaced before the model sees it, restored in its answer

audit:
  failOpen: false               # refuse requests that cannot be recorded
  storeBodies: false            # prompt/completion bodies are stored only when true, redacted
`;

interface InitOptions {
  dir?: string;
  force?: boolean;
}

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('write a commented pavise.yaml and the default Cedar policies')
    .option('--dir <dir>', 'where to write', '.')
    .option('--force', 'overwrite existing files')
    .action((opts: InitOptions) => {
      const dir = resolve(ctx.cwd, opts.dir ?? '.');
      mkdirSync(dir, { recursive: true });
      const configPath = join(dir, 'pavise.yaml');
      const policyDir = join(dir, 'policies');
      const sourceDir = join(PACKAGE_ROOT, 'policies', 'default');
      const policyFiles = existsSync(sourceDir) ? readdirSync(sourceDir).filter((f) => f.endsWith('.cedar') || f.endsWith('.cedarschema')) : [];
      const targets = [configPath, ...policyFiles.map((f) => join(policyDir, f))];
      const clash = targets.filter((t) => existsSync(t));
      if (clash.length > 0 && !opts.force) {
        throw new PaviseError('PAVISE_USAGE', `refusing to overwrite ${clash.join(', ')} (use --force)`);
      }
      writeFileSync(configPath, SAMPLE_CONFIG);
      ctx.stdout(`wrote ${configPath}\n`);
      if (policyFiles.length > 0) {
        mkdirSync(policyDir, { recursive: true });
        for (const f of policyFiles) {
          copyFileSync(join(sourceDir, f), join(policyDir, f));
          ctx.stdout(`wrote ${join(policyDir, f)}\n`);
        }
      }
    });
}
