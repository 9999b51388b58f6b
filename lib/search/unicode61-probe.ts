import Database from "better-sqlite3";

// What SQLite's FTS5 `unicode61 remove_diacritics 2` tokenizer does with each code point, asked of
// SQLite itself (the tokenizer's own tables are not reachable from SQL): the source of the table
// lib/search/unicode61-table.ts and of the test that keeps that table in step with SQLite.

/** How the tokenizer treats a code point: a separator, a token character, or a mark that continues a token but never starts one. */
export const SEPARATOR = 0;
export const TOKEN_CHAR = 1;
export const CONTINUES_ONLY = 2;
export type CodePointKind = typeof SEPARATOR | typeof TOKEN_CHAR | typeof CONTINUES_ONLY;

/** Every code point's kind and, for token characters and marks, what it folds to ("" when removed). */
export type Unicode61Probe = { kinds: Uint8Array; folds: Map<number, string> };

const LAST_CODE_POINT = 0x10ffff;
const CHUNK = 4096;
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

type Instance = { term: string; doc: number; offset: number };

/** Tokenizes each text as one FTS5 row and returns each row's tokens in order, with their positions. */
function tokenizeAll(texts: readonly string[]): Map<number, Instance[]> {
  const sqlite = new Database(":memory:");
  try {
    sqlite.exec("create virtual table t using fts5(x, tokenize = 'unicode61 remove_diacritics 2'); create virtual table v using fts5vocab(t, 'instance');");
    const insert = sqlite.prepare("insert into t (rowid, x) values (?, ?)");
    sqlite.transaction(() => texts.forEach((text, i) => insert.run(i, text)))();
    const byDoc = new Map<number, Instance[]>();
    for (const row of sqlite.prepare("select term, doc, offset from v order by doc, offset").iterate() as Iterable<Instance>) {
      const list = byDoc.get(row.doc) ?? [];
      list.push(row);
      byDoc.set(row.doc, list);
    }
    return byDoc;
  } finally {
    sqlite.close();
  }
}

function chunks(): number[][] {
  const all: number[][] = [];
  for (let start = 0; start <= LAST_CODE_POINT; start += CHUNK) {
    const chunk: number[] = [];
    for (let cp = start; cp < Math.min(start + CHUNK, LAST_CODE_POINT + 1); cp++) if (!isSurrogate(cp)) chunk.push(cp);
    all.push(chunk);
  }
  return all;
}

/**
 * Probes every code point: "a{c}b" is one token "a{fold}b" unless c separates ("a", "b"); " {c}b"
 * tells a token character (starts "{fold}b") from a mark (skipped, "b"); a removed token character
 * and a mark differ only in taking a position, which " a {c} b" shows.
 */
export function probeUnicode61(): Unicode61Probe {
  const kinds = new Uint8Array(LAST_CODE_POINT + 1);
  const folds = new Map<number, string>();
  const groups = chunks();
  const inner = tokenizeAll(groups.map((cps) => cps.map((cp) => `a${String.fromCodePoint(cp)}b`).join(" ")));
  const leading = tokenizeAll(groups.map((cps) => cps.map((cp) => ` ${String.fromCodePoint(cp)}b`).join(" ")));
  const ambiguous: number[] = [];
  groups.forEach((cps, doc) => {
    const tokens = inner.get(doc) ?? [];
    const starts = leading.get(doc) ?? [];
    let t = 0;
    let s = 0;
    for (const cp of cps) {
      const token = tokens[t]?.term;
      if (token === undefined) throw new Error(`probe ran out of tokens at U+${cp.toString(16)}`);
      if (token === "a") {
        if (tokens[t + 1]?.term !== "b") throw new Error(`unexpected tokens around U+${cp.toString(16)}`);
        t += 2;
        kinds[cp] = SEPARATOR;
        // " {c}b" of a separator is just "b"
        s += 1;
        continue;
      }
      if (!token.startsWith("a") || !token.endsWith("b")) throw new Error(`unexpected token ${JSON.stringify(token)} at U+${cp.toString(16)}`);
      t += 1;
      const fold = token.slice(1, -1);
      if (fold !== String.fromCodePoint(cp)) folds.set(cp, fold);
      const start = starts[s++]?.term;
      if (start === `${fold}b` && fold !== "") kinds[cp] = TOKEN_CHAR;
      else if (start === "b") {
        kinds[cp] = CONTINUES_ONLY;
        if (fold === "") ambiguous.push(cp);
      } else throw new Error(`unexpected start token ${JSON.stringify(start)} at U+${cp.toString(16)}`);
    }
    if (t !== tokens.length || s !== starts.length) throw new Error(`probe tokens left over in chunk ${doc}`);
  });
  if (ambiguous.length > 0) {
    const positions = tokenizeAll(ambiguous.map((cp) => `a ${String.fromCodePoint(cp)} b`));
    ambiguous.forEach((cp, doc) => {
      const b = positions.get(doc)?.find((row) => row.term === "b");
      if (b?.offset === 2) kinds[cp] = TOKEN_CHAR;
      else if (b?.offset !== 1) throw new Error(`unexpected position probe at U+${cp.toString(16)}`);
    });
  }
  return { kinds, folds };
}

function numberLines(values: readonly number[], perLine: number): string {
  const lines: string[] = [];
  for (let i = 0; i < values.length; i += perLine) lines.push(`  ${values.slice(i, i + perLine).join(", ")},`);
  return lines.join("\n");
}

/** The probe as the arrays of lib/search/unicode61-table.ts: kinds as runs, folds as pairs (0: removed). */
export function unicode61TableData(probe: Unicode61Probe): { kindRuns: number[]; foldPairs: number[] } {
  const kindRuns: number[] = [];
  probe.kinds.forEach((kind, cp) => {
    if (cp === 0 || kind !== probe.kinds[cp - 1]) kindRuns.push(cp, kind);
  });
  const foldPairs = [...probe.folds].sort(([a], [b]) => a - b).flatMap(([cp, fold]) => {
    if ([...fold].length > 1) throw new Error(`U+${cp.toString(16)} folds to more than one character`);
    return [cp, fold === "" ? 0 : fold.codePointAt(0)!];
  });
  return { kindRuns, foldPairs };
}

/** The source of lib/search/unicode61-table.ts. */
export function renderUnicode61Table(probe: Unicode61Probe, sqliteVersion: string): string {
  const { kindRuns: runs, foldPairs: folds } = unicode61TableData(probe);
  return [
    `// Generated by \`npx tsx jobs/cli/generate-unicode61-table.ts\` from SQLite ${sqliteVersion}'s FTS5 tokenizer`,
    "// `unicode61 remove_diacritics 2` (lib/search/unicode61-probe.ts). Do not edit by hand.",
    "",
    "/** Pairs (first code point, kind) of the runs of code points of one kind: 0 separator, 1 token character, 2 continues a token only. */",
    "export const KIND_RUNS: readonly number[] = [",
    numberLines(runs, 16),
    "];",
    "",
    "/** Pairs (code point, what it folds to; 0 when dropped) for every token code point that does not fold to itself. */",
    "export const FOLD_PAIRS: readonly number[] = [",
    numberLines(folds, 16),
    "];",
    "",
  ].join("\n");
}
