// Confusable letters folded to their Latin look-alike for the `normalized` view.
//
// What it does: maps single BMP code points that render like an ASCII letter (Cyrillic, Greek,
// Armenian, Cherokee, a few Latin extensions) to that ASCII letter, one UTF-16 unit to one unit.
// Full-width forms, mathematical alphanumerics, circled letters and ligatures are NOT here: NFKC
// already folds them before this table is consulted.
// What it misses: the long tail of UTS #39 `confusables.txt` (multi-character skeletons, symbols,
// rare scripts). The table is the set attackers actually use to dodge keyword filters ("ѕуѕtеm",
// "іgnоrе"); extend it from garak's badchars homoglyph list when a bypass shows up.
// Cost: one Map lookup per non-ASCII letter. Failure mode: none (pure table).
//
// INVARIANT: every key and value is a single UTF-16 unit, so folding never changes lengths and the
// normalizer can rewrite characters in place without touching its offset maps.

const PAIRS =
  // Cyrillic lower / upper
  'аaеeіiјjоoрpсcуyхxѕsһhԁdԛqԝwӏlɑa' +
  'АAВBЕEІIЈJКKМMНHОOРPСCТTУYХXЅSҮYԌGԜW' +
  // Greek lower / upper
  'αaοoρpιiκkνvυuχxϲcϳjγy' +
  'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹCϺM' +
  // Armenian, Latin extensions
  'օoսuզqհhոnıiȷjɡgʏyꞮI' +
  // Cherokee capitals that look like Latin capitals
  'ᎪAᏴBᏟCᎬEᎻHᏃZᎫJᏦKᎷMᏢPᏚSᎢTᏔWᎳWᎠD';

const TABLE = new Map<number, number>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TABLE.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));
}

/** The ASCII letter a confusable code unit stands for, or -1. */
export function confusableOf(code: number): number {
  return TABLE.get(code) ?? -1;
}

/** Number of entries (for tests). */
export const CONFUSABLE_COUNT = TABLE.size;
