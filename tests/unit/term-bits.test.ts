import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { EDGE_RUNTIME_TERMS, EDGE_TERMS, ENTERPRISE_TERMS, PRODUCTION_TERMS } from "@/lib/evidence/proxies";
import { TERM_GROUPS, termBits, termBitsMatcher, termGroupMask, type PostingText } from "@/lib/evidence/term-bits";
import { toFtsQuery } from "@/lib/search/fts-query";

// Every case is decided twice, by termBits and by SQLite's FTS5 with the tokenizer of
// db/migrations/0004_postings_fts.sql; the expectation written here must agree with both.

const sqlite = new Database(":memory:");
sqlite.exec("create virtual table t using fts5(title, company, description, tokenize = 'unicode61 remove_diacritics 2')");
afterAll(() => sqlite.close());

/** The FTS5 query scopeConditions (db/queries/framework-evidence.ts) runs for a term list; null: it matches nothing. */
function ftsQueryOf(terms: readonly string[]): string | null {
  const queries = terms.map(toFtsQuery).filter((q): q is string => q !== null);
  return queries.length > 0 ? queries.map((q) => `(${q})`).join(" OR ") : null;
}

let rowid = 0;
function sqliteMatches(posting: PostingText, terms: readonly string[]): boolean {
  const id = ++rowid;
  sqlite.prepare("insert into t (rowid, title, company, description) values (?, ?, ?, ?)").run(id, posting.title, posting.company, posting.description);
  // Not `match ? and rowid = ?`: with the rowid bound from a JS number (a REAL), FTS5 returns other rows.
  const query = ftsQueryOf(terms);
  if (query === null) return false;
  const matched = sqlite.prepare("select rowid from t where t match ?").all(query) as Array<{ rowid: number }>;
  return matched.some((row) => row.rowid === id);
}

type Case = [terms: string[], text: string | Partial<PostingText>, matches: boolean];
const posting = (text: Case[1]): PostingText => (typeof text === "string" ? { title: "Job", company: "Acme", description: text } : { title: "", company: null, description: "", ...text });

const CASES: Case[] = [
  // case and diacritics
  [["enterprise"], "Énterprise customers", true],
  [["enterprise"], "ENTERPRISE", true],
  [["enterprise"], "enterpriſe", true],
  [["mobile"], "mobilé apps", true],
  [["mobile"], "mobile\u0301 apps", true],
  [["mobile"], "\u0301mobile", true],
  [["mobile"], "mob\u0301ile", true],
  [["mobile"], "mobile\u0332", true],
  [["mobile"], "mob\u0332ile", false],
  [["mobile"], "mob\u0308ile", true],
  [["mobile"], "mob\u0346ile", false],
  [["mobile"], "MOBİLE", true],
  [["mobile"], "mоbile (Cyrillic o)", false],
  [["mobile"], "ｍｏｂｉｌｅ", false],
  [["mobile"], "mobiles", false],
  [["móvil"], "MOVIL", true],
  [["móvil"], "móvil", true],
  // hyphens, punctuation, whitespace
  [["on-device"], "on-device", true],
  [["on-device"], "on device", true],
  [["on-device"], "on—device", true],
  [["on-device"], "on\n\ndevice", true],
  [["on-device"], "on_device", true],
  [["on-device"], "on\u00addevice", true],
  [["on-device"], "on\u200ddevice", true],
  [["on-device"], "ondevice", false],
  [["on-device"], "on-devices", false],
  [["on-device"], "device on", false],
  [["on-device"], "on on-device", true],
  [["on-device"], "on\u0301 device", true],
  [["on-device"], "on \u0301device", true],
  [["on-device"], { title: "Work on", description: "device drivers" }, false],
  [["on-device"], { title: "Work on", company: "Device Co", description: "" }, false],
  // several words in one term: every word, anywhere
  [["edge devices"], "devices at the edge", true],
  [["edge devices"], { title: "Edge AI", description: "for devices" }, true],
  [["edge devices"], "edge-device", false],
  [["model serving"], { title: "Model", company: "Serving Inc", description: "" }, true],
  // digits, underscores, apostrophes
  [["tflite"], "tflite2", false],
  [["tflite"], "2tflite", false],
  [["tflite"], "tflite-2", true],
  [["tflite"], "tf lite", false],
  [["tflite"], "tflite_convert", true],
  [["tflite"], "convert_tflite", true],
  [["on-device"], "run__on-device", true],
  [["enterprise"], "enterprise's", true],
  [["enterprise"], "enterprise’s", true],
  [["mlops"], "ML Ops", false],
  // emoji, CJK, private use
  [["mobile"], "📱mobile", true],
  [["mobile"], "mobile📱", true],
  [["mobile"], "移动 mobile 端", true],
  [["mobile"], "移动mobile端", false],
  [["mobile"], "\ue000mobile", false],
  // NUL and a lone surrogate (stored as U+FFFD) separate
  [["on-device"], "on\0device", true],
  [["mobile"], "mob\0ile", false],
  [["mobile"], "\ud800mobile", true],
  [["mobile"], "mob\udc00ile", false],
  // query words the tokenizer reads as nothing, and quotes
  [["x \u19b0"], "x", true],
  [["\u19b0"], "x \u19b0", false],
  [["\u19b0", "x"], "x", true],
  [['say "hi"'], 'say "hi"', true],
  [["c++"], "C++ and c", true],
  [["--"], "-- --", false],
  [["ΣΑΣ"], "σας", true],
];

describe("termBitsMatcher agrees with FTS5", () => {
  it.each(CASES)("%j in %j → %s", (terms, text, matches) => {
    const p = posting(text);
    expect(sqliteMatches(p, terms)).toBe(matches);
    expect(termBitsMatcher([{ bit: 1, terms }])(p)).toBe(matches ? 1 : 0);
  });
});

describe("termBits", () => {
  const texts: Array<[string, number]> = [
    ["We ship TensorFlow Lite and ExecuTorch models on-device for enterprise customers; MLOps owns inference.", 0b11111],
    ["PyTorch mobile apps", 0b10100],
    ["Embedded systems", 0b00100],
    ["tensorflow", 0b00000],
    ["LiteRT", 0b01000],
    ["Model training; serving lunch", 0b00001],
  ];
  it.each(texts)("%j → %i, as FTS5 reads each group", (description, bits) => {
    const p = posting(description);
    const fromSqlite = Object.values(TERM_GROUPS).reduce((mask, group) => mask | (sqliteMatches(p, group.terms) ? group.bit : 0), 0);
    expect(fromSqlite).toBe(bits);
    expect(termBits(p)).toBe(bits);
  });

  it("agrees with FTS5 on every group for random mixes of the terms' words, marks, separators and other scripts", () => {
    const pool = ["on", "device", "devices", "edge", "mobile", "MOBİLE", "mobil", "embedded", "enterprise", "ENTERPRİSE", "mlops", "model", "serving", "inference", "tflite", "TFLite", "tensorflow", "lite", "litert", "executorch", "pytorch", "PyTorch", "2", "é", "\u0301", "\u0332", "ſ", "中", "😀", "\ue000", " ", " ", " ", "-", "_", "—", "\n", "’", "\u00ad", "\u00a0"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = (words: number) => Array.from({ length: words }, () => pool[Math.floor(random() * pool.length)]!).join("");
    const postings = Array.from({ length: 3000 }, (): PostingText => ({ title: text(4), company: random() < 0.2 ? null : text(2), description: text(12) }));
    const first = rowid + 1;
    const insert = sqlite.prepare("insert into t (rowid, title, company, description) values (?, ?, ?, ?)");
    postings.forEach((p) => insert.run(++rowid, p.title, p.company, p.description));
    for (const group of Object.values(TERM_GROUPS)) {
      const matched = new Set((sqlite.prepare("select rowid from t where t match ?").all(ftsQueryOf(group.terms)!) as Array<{ rowid: number }>).map((r) => r.rowid));
      const expected = postings.map((_, i) => matched.has(first + i));
      expect(expected.filter(Boolean).length).toBeGreaterThan(20);
      expect(expected.filter((m) => !m).length).toBeGreaterThan(20);
      expect(postings.map((p) => (termBits(p) & group.bit) !== 0)).toEqual(expected);
    }
  });

  it("gives every group its own bit", () => {
    const bits = Object.values(TERM_GROUPS).map((group) => group.bit);
    expect(new Set(bits).size).toBe(bits.length);
    expect(bits.every((bit) => Number.isInteger(Math.log2(bit)))).toBe(true);
  });
});

describe("termGroupMask", () => {
  const { production, enterprise, edge, edgeRuntimeTensorflow, edgeRuntimePytorch } = TERM_GROUPS;
  it.each([
    [[...PRODUCTION_TERMS], production.bit],
    [[...ENTERPRISE_TERMS], enterprise.bit],
    [[...EDGE_TERMS].reverse(), edge.bit],
    [[...EDGE_RUNTIME_TERMS.tensorflow, ...EDGE_RUNTIME_TERMS.pytorch], edgeRuntimeTensorflow.bit | edgeRuntimePytorch.bit],
    [[...EDGE_RUNTIME_TERMS.pytorch, ...EDGE_TERMS, ...EDGE_RUNTIME_TERMS.tensorflow], edge.bit | edgeRuntimeTensorflow.bit | edgeRuntimePytorch.bit],
    [[...ENTERPRISE_TERMS, " enterprise ", ...PRODUCTION_TERMS], enterprise.bit | production.bit],
    [[], null],
    [["mobile"], null],
    [[...ENTERPRISE_TERMS, "mobile"], null],
    [["Enterprise"], null],
    [["tflite", "tensorflow lite"], null],
  ] as Array<[string[], number | null]>)("%j → %s", (terms, mask) => {
    expect(termGroupMask(terms)).toBe(mask);
  });

  it("selects the postings the terms' FTS5 query matches", () => {
    const terms = [...EDGE_RUNTIME_TERMS.pytorch, ...ENTERPRISE_TERMS];
    const mask = termGroupMask(terms)!;
    const texts = ["ExecuTorch runtime", "Enterprise-grade", "PyTorch Mobile", "PyTorch and edge", "nothing here"];
    const selected = texts.map((description) => (termBits(posting(description)) & mask) !== 0);
    expect(selected).toEqual(texts.map((description) => sqliteMatches(posting(description), terms)));
    expect(selected).toEqual([true, true, true, false, false]);
  });
});
