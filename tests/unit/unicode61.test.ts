import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { unicode61Canonical, unicode61Tokens } from "@/lib/search/unicode61";
import { CONTINUES_ONLY, SEPARATOR, TOKEN_CHAR, probeUnicode61, unicode61TableData } from "@/lib/search/unicode61-probe";
import { FOLD_PAIRS, KIND_RUNS } from "@/lib/search/unicode61-table";

/** SQLite's own tokens of each text (FTS5 `unicode61 remove_diacritics 2`, as postings_fts). */
function sqliteTokens(texts: readonly string[]): string[][] {
  const sqlite = new Database(":memory:");
  sqlite.exec("create virtual table t using fts5(x, tokenize = 'unicode61 remove_diacritics 2'); create virtual table v using fts5vocab(t, 'instance');");
  const insert = sqlite.prepare("insert into t (rowid, x) values (?, ?)");
  texts.forEach((text, i) => insert.run(i + 1, text));
  const rows = sqlite.prepare("select term, doc from v order by doc, offset").all() as Array<{ term: string; doc: number }>;
  sqlite.close();
  return texts.map((_, i) => rows.filter((row) => row.doc === i + 1).map((row) => row.term));
}

describe("the unicode61 table", () => {
  it("is what SQLite's tokenizer does with every code point today (else rerun jobs/cli/generate-unicode61-table.ts)", () => {
    const probe = probeUnicode61();
    const fresh = unicode61TableData(probe);
    expect(KIND_RUNS).toEqual(fresh.kindRuns);
    expect(FOLD_PAIRS).toEqual(fresh.foldPairs);
    const kinds = [SEPARATOR, TOKEN_CHAR, CONTINUES_ONLY].map((kind) => probe.kinds.filter((k) => k === kind).length);
    expect(kinds.every((n) => n > 0)).toBe(true);
  }, 60_000);

  it("folds as unicode61Canonical assumes: to one character, never an ASCII separator; to nothing only marks that cannot start a token", () => {
    const kindAt = (cp: number) => {
      let kind = -1;
      for (let i = 0; i < KIND_RUNS.length && KIND_RUNS[i]! <= cp; i += 2) kind = KIND_RUNS[i + 1]!;
      return kind;
    };
    let removed = 0;
    for (let i = 0; i < FOLD_PAIRS.length; i += 2) {
      const [cp, fold] = [FOLD_PAIRS[i]!, FOLD_PAIRS[i + 1]!];
      if (fold === 0) {
        removed++;
        expect(kindAt(cp)).toBe(CONTINUES_ONLY);
      } else {
        expect(kindAt(cp)).toBe(TOKEN_CHAR);
        if (fold < 0x80) expect(String.fromCodePoint(fold)).toMatch(/[a-z0-9]/);
      }
    }
    expect(removed).toBeGreaterThan(0);
  });
});

describe("unicode61Tokens", () => {
  const edgeTexts = [
    "Énterprise mobilé ÀÉÎÕÜ ß ẞ İstanbul ΣΑΣ ς Ǆ ǅ ǆ ﬁ Ⅻ ½ ²",
    "on-device on—device on\u00addevice on_device it's it’s tflite2 C++",
    "a\u0301b \u0301x y\u0301 \u0301 z\u0332w q\u20ddr",
    "😀emoji 👩‍💻 中文字 日本語テキスト 한국어 \ue000pua \u{f0000}x",
    "line\nbreak\ttab\r\ncrlf \u00a0nbsp \u2028sep \u200bzw",
    "ｆｕｌｌｗｉｄｔｈ ＡＢＣ ①② ㈱ ℃ Å K",
    "\u19b0\u19b1 x\u19b0y",
  ];
  it("gives SQLite's tokens for scripts, marks, emoji, punctuation and whitespace", () => {
    expect(edgeTexts.map(unicode61Tokens)).toEqual(sqliteTokens(edgeTexts));
  });

  it("gives SQLite's tokens for random mixes of every kind of code point", () => {
    const pool = [..."aZ9 -_'’—\n\t", "\u0301", "\u0308", "\u0332", "\u00e9", "\u00c9", "\u0130", "\u017f", "\u03a3", "中", "😀", "\ue000", "\u00ad", "\u200d", "ｍ", "\u19b0", "\u{10400}", "\u{1d400}"];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 400 }, () => Array.from({ length: 24 }, () => pool[Math.floor(random() * pool.length)]!).join(""));
    const expected = sqliteTokens(texts);
    expect(expected.flat().length).toBeGreaterThan(1000);
    expect(texts.map(unicode61Tokens)).toEqual(expected);
  });

  it("keeps ASCII text as it is in the canonical form", () => {
    const text = "On-Device ML, TFLite_2 & PyTorch!";
    expect(unicode61Canonical(text)).toBe(text);
  });
});
