import { FOLD_PAIRS, KIND_RUNS } from "./unicode61-table";

// SQLite's FTS5 tokenizer `unicode61 remove_diacritics 2` (db/migrations/0004_postings_fts.sql) in
// TypeScript, from the table SQLite itself gave (lib/search/unicode61-probe.ts). A token is a run
// of token characters (letters, digits, private-use, unassigned...), each folded (lower case, no
// diacritic); a few combining marks continue a token but never start one, and fold to nothing.

const SEPARATOR = 0;
const TOKEN_CHAR = 1;
const BMP = 0x10000;

const runStarts: number[] = [];
const runKinds: number[] = [];
for (let i = 0; i < KIND_RUNS.length; i += 2) {
  runStarts.push(KIND_RUNS[i]!);
  runKinds.push(KIND_RUNS[i + 1]!);
}

function kindBySearch(cp: number): number {
  let lo = 0;
  let hi = runStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return runKinds[lo]!;
}

const bmpKinds = new Uint8Array(BMP);
for (let cp = 0; cp < BMP; cp++) bmpKinds[cp] = kindBySearch(cp);

const folds = new Map<number, string>();
for (let i = 0; i < FOLD_PAIRS.length; i += 2) folds.set(FOLD_PAIRS[i]!, FOLD_PAIRS[i + 1] === 0 ? "" : String.fromCodePoint(FOLD_PAIRS[i + 1]!));

/** 0 separator, 1 token character, 2 continues a token only; lone surrogates separate. */
function kindOf(cp: number): number {
  return cp < BMP ? bmpKinds[cp]! : kindBySearch(cp);
}

const foldOf = (cp: number, char: string) => folds.get(cp) ?? char;

/**
 * Characters outside ASCII replaced as the tokenizer reads them: separators by a space, token
 * characters and marks within a token by their fold, marks outside one by nothing. ASCII is kept
 * as it is (upper case included): in the result a token is a run of ASCII letters and digits and
 * non-ASCII code units, and it folds to the tokenizer's token by lower-casing its ASCII letters.
 */
export function unicode61Canonical(text: string): string {
  if (!/[^\0-\x7f]/.test(text)) return text;
  return text.replace(/[^\0-\x7f]+/g, (run: string, offset: number) => {
    const inToken = offset > 0 && isAsciiTokenChar(text.charCodeAt(offset - 1));
    const key = (inToken ? "t" : "s") + run;
    let out = canonicalRuns.get(key);
    if (out === undefined) {
      out = canonicalRun(run, inToken);
      // The same few runs (quotes, dashes, bullets, accented letters) recur in every posting.
      if (canonicalRuns.size >= MAX_CACHED_RUNS) canonicalRuns.clear();
      canonicalRuns.set(key, out);
    }
    return out;
  });
}

const MAX_CACHED_RUNS = 4096;
const canonicalRuns = new Map<string, string>();

function canonicalRun(run: string, startsInToken: boolean): string {
  let inToken = startsInToken;
  let out = "";
  for (const char of run) {
    const cp = char.codePointAt(0)!;
    const kind = kindOf(cp);
    if (kind === SEPARATOR) {
      out += " ";
      inToken = false;
    } else if (kind === TOKEN_CHAR) {
      out += foldOf(cp, char);
      inToken = true;
    } else if (inToken) out += foldOf(cp, char);
  }
  return out;
}

function isAsciiTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The tokens FTS5 `unicode61 remove_diacritics 2` makes of a text, in order. */
export function unicode61Tokens(text: string): string[] {
  return (unicode61Canonical(text).match(/[A-Za-z0-9\u0080-\uffff]+/g) ?? []).map((token) => token.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()));
}
