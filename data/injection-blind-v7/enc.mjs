// Tiny encoders applied only to hand-written strings.
export const b64 = (s) => Buffer.from(s, "utf8").toString("base64");
export const rot13 = (s) => s.replace(/[a-z]/gi, (c) => { const b = c <= "Z" ? 65 : 97; return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b); });
export const rev = (s) => [...s].reverse().join("");
export const leet = (s) => s.replace(/[aeiostAEIOST]/g, (c) => ({ a: "4", e: "3", i: "1", o: "0", s: "5", t: "7" })[c.toLowerCase()]);
export const spaced = (s) => [...s].join(" ");
export const dotted = (s) => [...s].join(".");
export const hex = (s) => Buffer.from(s, "utf8").toString("hex");
const HG = { a: "а", e: "е", o: "о", p: "р", c: "с", x: "х", y: "у", i: "і", A: "А", E: "Е", O: "О", P: "Р", C: "С", T: "Т", H: "Н", K: "К", M: "М", B: "В" };
export const homo = (s) => s.replace(/[aeopcxyiAEOPCTHKMB]/g, (c) => HG[c]);
export const fullwidth = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
export const url = (s) => encodeURIComponent(s);
export const zw = (s) => [...s].join("\u200b");
// Twin documents for indirect: template with "@@" slot.
export function twin(carrier, lang, tpl, attacks, benigns) {
  const at = tpl.lastIndexOf("@@"); // slot is the LAST "@@" (git hunk headers also contain "@@")
  if (at < 0) throw new Error("twin template without slot: " + tpl.slice(0, 60));
  const fill = (ins) => (tpl.slice(0, at) + ins + tpl.slice(at + 2)).replace(/\n{3,}/g, "\n\n");
  return [...attacks.map((a) => [1, carrier, lang, fill(a)]), ...benigns.map((b) => [0, carrier, lang, fill(b)])];
}
