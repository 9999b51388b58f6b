import { expect, test } from "vitest";
import { scoreSets, type SetRow } from "@/lib/eval/score-sets";

const LABELS = ["tensorflow", "pytorch", "jax"] as const;

test.each<[string, SetRow[], { exact: number; accuracy: number; disagreeing: string[] }]>([
  ["no rows", [], { exact: 0, accuracy: 0, disagreeing: [] }],
  ["all empty sets agree", [{ id: "a", expected: [], got: [] }], { exact: 1, accuracy: 1, disagreeing: [] }],
  ["order does not matter", [{ id: "a", expected: ["jax", "pytorch"], got: ["pytorch", "jax"] }], { exact: 1, accuracy: 1, disagreeing: [] }],
  [
    "a missing and an extra label",
    [
      { id: "a", expected: ["pytorch"], got: ["pytorch"] },
      { id: "b", expected: ["pytorch", "jax"], got: ["pytorch"] },
      { id: "c", expected: [], got: ["tensorflow"] },
      { id: "d", expected: ["tensorflow"], got: ["tensorflow"] },
    ],
    { exact: 2, accuracy: 0.5, disagreeing: ["b", "c"] },
  ],
])("exact-set accuracy: %s", (_, rows, expected) => {
  const scores = scoreSets(rows, LABELS);
  expect({ exact: scores.exact, accuracy: scores.accuracy, disagreeing: scores.disagreements.map((row) => row.id) }).toEqual(expected);
  expect(scores.total).toBe(rows.length);
});

const rows: SetRow[] = [
  { id: "a", expected: ["pytorch"], got: ["pytorch"] },
  { id: "b", expected: ["pytorch", "jax"], got: ["pytorch"] },
  { id: "c", expected: [], got: ["tensorflow"] },
  { id: "d", expected: ["tensorflow"], got: ["tensorflow"] },
  { id: "e", expected: ["pytorch"], got: [] },
];

test.each([
  ["tensorflow", { truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1, support: 1 }],
  ["pytorch", { truePositives: 2, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 2 / 3, support: 3 }],
  ["jax", { truePositives: 0, falsePositives: 0, falseNegatives: 1, precision: null, recall: 0, support: 1 }],
  ["keras", { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: null, recall: null, support: 0 }],
])("per-label scores: %s", (label, expected) => {
  const scores = scoreSets(rows, [...LABELS, "keras"]);
  expect(scores.labels.find((score) => score.label === label)).toEqual({ label, ...expected });
});
