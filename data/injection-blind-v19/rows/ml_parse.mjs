// Parse compact per-language blocks: "A|family|text" (attack, input), "B|family|text" (benign, input),
// "AT|family|text" (attack, tool_result), "BT|family|text" (benign, tool_result). "⏎" = newline.
export function parse(lang, block) {
  const out = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('//')) continue;
    const i = line.indexOf('|'), j = line.indexOf('|', i + 1);
    const kind = line.slice(0, i), family = line.slice(i + 1, j), text = line.slice(j + 1).replace(/⏎/g, '\n');
    if (!['A', 'B', 'AT', 'BT'].includes(kind)) throw new Error(`bad line in ${lang}: ${line}`);
    out.push({ text, label: kind.startsWith('A') ? 1 : 0, family, lang, direction: kind.endsWith('T') ? 'tool_result' : 'input' });
  }
  return out;
}
