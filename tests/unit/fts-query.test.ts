import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { toFtsQuery } from "@/lib/search/fts-query";

describe("toFtsQuery", () => {
  it.each([
    ["pytorch", '"pytorch"'],
    ["  PyTorch   engineer ", '"PyTorch" "engineer"'],
    ["pytorch OR tensorflow", '"pytorch" "OR" "tensorflow"'],
    ["NOT jax", '"NOT" "jax"'],
    ['say "hi"', '"say" """hi"""'],
    ["title:engineer", '"title:engineer"'],
    ["pyt*", '"pyt*"'],
    ["NEAR(a b)", '"NEAR(a" "b)"'],
    ["^start", '"^start"'],
    ["c++ - ( )", '"c++"'],
    ["", null],
    ["   ", null],
    ['" * ( ) -', null],
  ])("%j → %j", (text, expected) => {
    expect(toFtsQuery(text)).toBe(expected);
  });

  it("keeps at most twelve terms", () => {
    expect(toFtsQuery(Array.from({ length: 20 }, (_, i) => `t${i}`).join(" "))?.split(" ")).toHaveLength(12);
  });
});

describe("toFtsQuery against a real FTS5 table", () => {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
  const insert = sqlite.prepare("INSERT INTO docs (rowid, body) VALUES (?, ?)");
  insert.run(1, "Senior PyTorch engineer, Zürich");
  insert.run(2, "TensorFlow or JAX researcher");
  insert.run(3, "We use NOT a framework: plain NumPy");
  afterAll(() => sqlite.close());
  const match = (text: string) => {
    const query = toFtsQuery(text);
    return query === null ? [] : sqlite.prepare("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid").pluck().all(query);
  };

  it.each([
    ["pytorch", [1]],
    ["zurich", [1]],
    // OR is a word to find, so all three words are required.
    ["tensorflow OR pytorch", []],
    ["tensorflow OR jax", [2]],
    ["NOT pytorch", []],
    ["not framework", [3]],
    ['"unbalanced', []],
    // Column filters and NEAR are phrases of their words, not syntax.
    ["body:pytorch", []],
    ["engineer, zürich", [1]],
    ["jax*", [2]],
    ["NEAR(pytorch engineer)", []],
  ])("%j finds %j without a syntax error", (text, rows) => {
    expect(match(text)).toEqual(rows);
  });
});
