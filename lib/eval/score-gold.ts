import { FRAMEWORKS, ROLES, USE_CASES } from "@/lib/taxonomy";
import type { ContractFields } from "./contract";
import { scoreSets, type LabelScore } from "./score-sets";

export type GoldPair = { id: string; expected: ContractFields; got: ContractFields };

export type Disagreement = { id: string; expected: string; got: string };

/** One field's score: exact accuracy, per-label precision/recall for set fields, and every disagreement. */
export type FieldScore = { field: string; total: number; exact: number; accuracy: number; labels: LabelScore[]; disagreements: Disagreement[] };

type SalaryFields = ContractFields["salary"];

// Salaries agree when both are missing, or both bounds are within 1% with the same currency and period.
const SALARY_TOLERANCE = 0.01;

export function salariesAgree(expected: SalaryFields, got: SalaryFields): boolean {
  if (expected === null || got === null) return expected === got;
  const near = (a: number, b: number) => Math.abs(a - b) <= SALARY_TOLERANCE * Math.abs(a);
  return expected.currency === got.currency && expected.period === got.period && near(expected.min, got.min) && near(expected.max, got.max);
}

/** Scores every contract field of the extracted lines against the gold labels. */
export function scoreGold(pairs: readonly GoldPair[]): FieldScore[] {
  const countries = [...new Set(pairs.flatMap(({ expected, got }) => [...expected.countries, ...got.countries]))].sort();
  return [
    setField(pairs, "frameworks", FRAMEWORKS),
    setField(pairs, "roles", ROLES),
    singleField(pairs, "seniority", (fields) => fields.seniority),
    singleField(pairs, "remote", (fields) => fields.remote),
    salaryField(pairs),
    setField(pairs, "useCases", USE_CASES),
    setField(pairs, "countries", countries),
  ];
}

type SetKey = "frameworks" | "roles" | "useCases" | "countries";

function setField(pairs: readonly GoldPair[], field: SetKey, labels: readonly string[]): FieldScore {
  const scores = scoreSets(
    pairs.map(({ id, expected, got }) => ({ id, expected: expected[field], got: got[field] })),
    labels,
  );
  const disagreements = scores.disagreements.map(({ id, expected, got }) => ({ id, expected: `[${expected.join(", ")}]`, got: `[${got.join(", ")}]` }));
  return { field, total: scores.total, exact: scores.exact, accuracy: scores.accuracy, labels: scores.labels, disagreements };
}

function singleField(pairs: readonly GoldPair[], field: string, valueOf: (fields: ContractFields) => string): FieldScore {
  return tally(field, pairs, (pair) => valueOf(pair.expected) === valueOf(pair.got), valueOf);
}

function salaryField(pairs: readonly GoldPair[]): FieldScore {
  const show = ({ salary }: ContractFields) => (salary ? `${salary.min}–${salary.max} ${salary.currency}/${salary.period}` : "none");
  return tally("salary", pairs, ({ expected, got }) => salariesAgree(expected.salary, got.salary), show);
}

function tally(field: string, pairs: readonly GoldPair[], agrees: (pair: GoldPair) => boolean, show: (fields: ContractFields) => string): FieldScore {
  const disagreements = pairs.filter((pair) => !agrees(pair)).map(({ id, expected, got }) => ({ id, expected: show(expected), got: show(got) }));
  const exact = pairs.length - disagreements.length;
  return { field, total: pairs.length, exact, accuracy: pairs.length === 0 ? 0 : exact / pairs.length, labels: [], disagreements };
}
