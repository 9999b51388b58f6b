import { expect, test } from "vitest";
import type { ContractFields } from "@/lib/eval/contract";
import { salariesAgree, scoreGold } from "@/lib/eval/score-gold";

type Salary = ContractFields["salary"];
const pay = (min: number, max: number, currency = "USD", period: "year" | "hour" = "year"): Salary => ({ min, max, currency, period });

test.each<[string, Salary, Salary, boolean]>([
  ["both missing", null, null, true],
  ["one missing", pay(100, 200), null, false],
  ["equal", pay(100_000, 200_000), pay(100_000, 200_000), true],
  ["within 1%", pay(100_000, 200_000), pay(100_900, 198_100), true],
  ["beyond 1%", pay(100_000, 200_000), pay(102_000, 200_000), false],
  ["another currency", pay(100_000, 200_000), pay(100_000, 200_000, "EUR"), false],
  ["another period", pay(100, 200), pay(100, 200, "USD", "hour"), false],
])("salaries agree: %s", (_, expected, got, agree) => {
  expect(salariesAgree(expected, got)).toBe(agree);
});

const fields = (over: Partial<ContractFields>): ContractFields => ({
  id: "a",
  frameworks: [],
  roles: ["software_engineer"],
  seniority: "unspecified",
  remote: "remote",
  salary: null,
  useCases: [],
  countries: [],
  ...over,
});

test("every field is scored and disagreements name the id with both values", () => {
  const scores = scoreGold([
    { id: "a", expected: fields({}), got: fields({}) },
    { id: "b", expected: fields({ remote: "hybrid", countries: ["US"] }), got: fields({ remote: "remote", countries: ["CA", "US"] }) },
  ]);
  expect(scores.map((score) => score.field)).toEqual(["frameworks", "roles", "seniority", "remote", "salary", "useCases", "countries"]);
  const remote = scores.find((score) => score.field === "remote");
  expect(remote).toMatchObject({ exact: 1, total: 2, accuracy: 0.5, disagreements: [{ id: "b", expected: "hybrid", got: "remote" }] });
  const countries = scores.find((score) => score.field === "countries");
  expect(countries?.labels.find((label) => label.label === "CA")).toMatchObject({ falsePositives: 1, precision: 0 });
  expect(countries?.disagreements).toEqual([{ id: "b", expected: "[US]", got: "[CA, US]" }]);
});
