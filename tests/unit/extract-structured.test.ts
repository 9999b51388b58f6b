import { expect, test } from "vitest";
import { structuredFacts } from "@/lib/extract/structured";

const tier = (components: object[], title: string | null = null) => ({ title, tierSummary: null, components });
const salary = (min: number | null, max: number | null, extra: object = {}) => ({
  compensationType: "Salary",
  interval: "1 YEAR",
  currencyCode: "USD",
  minValue: min,
  maxValue: max,
  summary: null,
  ...extra,
});
const ashby = (over: object) => ({ id: "1", title: "Engineer", location: "London", secondaryLocations: [{ location: "Paris" }], isRemote: false, ...over });

test("ashby locations, address, flag and workplace type", () => {
  const facts = structuredFacts("ashby", ashby({ address: { postalAddress: { addressCountry: "United Kingdom" } }, workplaceType: "Hybrid" }));
  expect(facts).toMatchObject({ locations: ["London", "Paris"], addressCountry: "United Kingdom", remoteFlag: false, workplace: "hybrid", remoteOnlyBoard: false });
});

test.each<[string, object, Array<[number, number, string]>]>([
  ["a salary tier", { compensationTiers: [tier([salary(190_900, 355_000), { compensationType: "EquityPercentage", interval: "NONE" }])] }, [[190_900, 355_000, "year"]]],
  ["a monthly salary", { compensationTiers: [tier([salary(8_000, 12_000, { interval: "1 MONTH" })])] }, [[8_000, 12_000, "month"]]],
  ["several tiers", { compensationTiers: [tier([salary(100, 120)]), tier([salary(130, 150)])] }, [[100, 120, "year"], [130, 150, "year"]]],
  ["one bound given", { compensationTiers: [tier([salary(300_000, null)])] }, [[300_000, 300_000, "year"]]],
  ["bonus and commission are not base", { compensationTiers: [tier([{ compensationType: "Bonus", interval: "1 YEAR", currencyCode: "USD", minValue: 10, maxValue: 20 }])] }, []],
  ["OTE filed as salary", { compensationTiers: [tier([salary(340_000, 350_000, { summary: "OTE $340K – $350K" })])] }, []],
  ["OTE named by the tier", { compensationTiers: [tier([salary(300_000, 300_000)], "The target salary for this role is $300,000 OTE")] }, []],
  ["a malformed compensation field", { compensationTiers: "n/a" }, []],
])("ashby pay: %s", (_, compensation, expected) => {
  const pay = structuredFacts("ashby", ashby({ compensation })).pay;
  expect(pay.map((range) => [range.min, range.max, range.period])).toEqual(expected);
});

test("remotive: a remote-only board whose location field is a candidate rule", () => {
  const facts = structuredFacts("remotive", { id: 1, candidate_required_location: "USA", salary: "$18 - $22/hr" });
  expect(facts).toMatchObject({ locations: ["USA"], payText: "$18 - $22/hr", remoteOnlyBoard: true, locationsAreCandidateRule: true });
});

test("sources without structured fields state nothing", () => {
  expect(structuredFacts("hn", { id: 1, text: "hi" })).toMatchObject({ locations: [], pay: [], remoteFlag: null, payText: null });
});
