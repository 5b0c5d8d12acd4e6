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
  // The same text as `path.map(p => number ? [p] : .p).join('')` without its leading dot, '$'
  // when empty; built in one pass (it runs for every string of every call and result).
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : `.${p}`;
  return (s.charCodeAt(0) === 0x2e ? s.slice(1) : s) || '$';
}

/**
 * One walk over `value`, depth first in key order. The path is one stack pushed and popped on the
 * way (a copy is kept per string found), and keys are read with Object.keys, not
 * Object.entries: on the two scans of every tools/call this walk was ≈ 1 % of the main thread and
 * 3 KB of garbage per call when it copied the path at every node (session 8).
 */
export function collectStrings(value: unknown, provenance: Provenance): Collected {
  const parts: ContentPart[] = [];
  const paths: JsonPath[] = [];
  const path: (string | number)[] = [];
  let truncated = false;
  const walk = (v: unknown, depth: number): void => {
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
      paths.push(path.slice());
      return;
    }
    if (Array.isArray(v)) {
      // INVARIANT: every visited index is pushed once and popped once, so `path` is the same on
      // leaving a node as on entering it (also when the walk stops early).
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], depth + 1);
        path.pop();
      }
      return;
    }
    if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const binary = isBinaryItem(obj);
      for (const k of Object.keys(obj)) {
        if (SKIP_KEYS.has(k)) continue;
        if (binary && k === 'data') continue;
        path.push(k);
        walk(obj[k], depth + 1);
        path.pop();
      }
    }
  };
  walk(value, 0);
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
