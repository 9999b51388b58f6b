import { describe, expect, it } from "vitest";
import { csvCell, defuseCell } from "@/lib/export/defuse";

describe("defuseCell", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.test\",\"click\")", "'=HYPERLINK(\"http://evil.test\",\"click\")"],
    ["=1+1", "'=1+1"],
    ["+49 30 1234", "'+49 30 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=cmd", "'\t=cmd"],
    ["\r=cmd", "'\r=cmd"],
    ["ML Engineer (PyTorch)", "ML Engineer (PyTorch)"],
    ["a=b", "a=b"],
    [" =spaced", " =spaced"],
    ["", ""],
    ["'already quoted", "'already quoted"],
    ["Zürich — Ingénieur", "Zürich — Ingénieur"],
  ])("%j → %j", (input, expected) => {
    expect(defuseCell(input)).toBe(expected);
  });
});

describe("csvCell", () => {
  it.each([
    [-12.5, -12.5],
    [0, 0],
    [Number.NaN, null],
    [null, null],
    [undefined, null],
    [true, true],
    ["-12.5", "'-12.5"],
    [["pytorch", "jax"], "pytorch; jax"],
    [["=evil", "jax"], "'=evil; jax"],
  ])("%j → %j", (input, expected) => {
    expect(csvCell(input)).toEqual(expected);
  });
});
