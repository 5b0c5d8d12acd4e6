// Strings in MCP JSON values (tool arguments, tool results, resource contents, prompt messages)
// as engine content parts, and the way back: replace the strings a verdict redacted.
//
// Every string value is collected with its JSON path; object keys are not (they are schema
// names). Binary payloads (`data` of image/audio content, `blob` of resources) and protocol
// fields (`type`, `mimeType`, `_meta`) are skipped: they are not text a model reads.
// Misses: text inside binary payloads (an image with an instruction in it).
// Cost: one walk, bounded by MAX_STRINGS strings and MAX_DEPTH levels; past either bound the
// walk reports `truncated` and the caller refuses the content (fail closed).

import type { ContentPart, Provenance } from '../../engine/types.js';

export const MAX_STRINGS = 10_000;
export const MAX_DEPTH = 64;

export type JsonPath = readonly (string | number)[];

export interface Collected {
  readonly parts: ContentPart[];
  readonly paths: JsonPath[];
  readonly truncated: boolean;
}

const SKIP_KEYS = new Set(['type', 'mimeType', '_meta', 'blob']);

function isBinaryItem(obj: Record<string, unknown>): boolean {
  return obj.type === 'image' || obj.type === 'audio';
}

export function pathLabel(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '') || '$';
}

export function collectStrings(value: unknown, provenance: Provenance): Collected {
  const parts: ContentPart[] = [];
  const paths: JsonPath[] = [];
  let truncated = false;
  const walk = (v: unknown, path: (string | number)[], depth: number): void => {
    if (truncated) return;
    if (depth > MAX_DEPTH) {
      truncated = true;
      return;
    }
    if (typeof v === 'string') {
      if (parts.length >= MAX_STRINGS) {
        truncated = true;
        return;
      }
      if (v.length === 0) return;
      parts.push({ text: v, provenance, label: pathLabel(path) });
      paths.push([...path]);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i], depth + 1));
      return;
    }
    if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const binary = isBinaryItem(obj);
      for (const [k, child] of Object.entries(obj)) {
        if (SKIP_KEYS.has(k)) continue;
        if (binary && k === 'data') continue;
        walk(child, [...path, k], depth + 1);
      }
    }
  };
  walk(value, [], 0);
  return { parts, paths, truncated };
}

/** A deep copy of `value` with the string at each path replaced by the matching part's text. */
export function replaceStrings(value: unknown, paths: readonly JsonPath[], parts: readonly ContentPart[]): unknown {
  if (typeof value === 'string') return parts[0]?.text ?? value;
  const copy = structuredClone(value);
  paths.forEach((path, i) => {
    const part = parts[i];
    const last = path[path.length - 1];
    if (!part || last === undefined) return;
    let node: unknown = copy;
    for (const seg of path.slice(0, -1)) {
      if (node === null || typeof node !== 'object') return;
      node = (node as Record<string | number, unknown>)[seg];
    }
    if (node !== null && typeof node === 'object') (node as Record<string | number, unknown>)[last] = part.text;
  });
  return copy;
}
