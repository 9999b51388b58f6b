import { describe, expect, test } from "vitest";
import type { PostedPay } from "@/lib/money/annual-pay";
import { combineRanges, extractSalary, type SalaryInput } from "@/lib/extract/salary";

type Expected = Omit<PostedPay, "text"> | null;
const fromText = (text: string, countries: string[] = []): SalaryInput => ({ structuredPay: [], payText: null, text, countries });
const strip = (pay: PostedPay | null): Expected => (pay ? { min: pay.min, max: pay.max, currency: pay.currency, period: pay.period } : null);
const year = (min: number, max: number, currency = "USD"): Expected => ({ min, max, currency, period: "year" });

describe("salary written in the text", () => {
  test.each<[string, SalaryInput, Expected]>([
    ["a range with k", fromText("Acme | Remote | $140k - $220k"), year(140_000, 220_000)],
    ["k on the upper bound only", fromText("Acme | $150-200K | Remote"), year(150_000, 200_000)],
    ["pounds with k", fromText("Compensation: £50k base."), year(50_000, 50_000, "GBP")],
    ["£100–140k", fromText("Count | REMOTE | £100–140k (or local equivalent) + Equity"), year(100_000, 140_000, "GBP")],
    ["EU thousands separators", fromText("Gehalt: €60.000–80.000 brutto"), year(60_000, 80_000, "EUR")],
    ["an EU decimal comma with k", fromText("Salary: $31,2k - $52k"), year(31_200, 52_000)],
    ["a single figure with a plus", fromText("€160.000+ | Full-Time | ONSITE"), year(160_000, 160_000, "EUR")],
    ["a code before the range", fromText("SuppMatch | CTO | USD 85K–102K + Equity"), year(85_000, 102_000)],
    ["a code after the range", fromText("Ford | SRE | Remote (US) | 113k-190k USD"), year(113_000, 190_000)],
    ["a code before a dollar sign", fromText("Commit 16 hours a week at a CAD $30/hour contract rate."), { min: 30, max: 30, currency: "CAD", period: "hour" }],
    ["hourly", fromText("Part time hourly work (US$100-300/hr)."), { min: 100, max: 300, currency: "USD", period: "hour" }],
    ["daily", fromText("Contract rate: €600 per day."), { min: 600, max: 600, currency: "EUR", period: "day" }],
    ["monthly", fromText("Compensation: $8K – $12K per month"), { min: 8_000, max: 12_000, currency: "USD", period: "month" }],
    ["a figure with no period in the yearly range", fromText("Compensation: $80k"), year(80_000, 80_000)],
    ["lakh", fromText("Comp: ₹40L–₹70L base + meaningful equity."), year(4_000_000, 7_000_000, "INR")],
    ["lakh on the upper bound only", fromText("Comp: ₹40–60L + ESOPs (flexible)"), year(4_000_000, 6_000_000, "INR")],
    ["LPA without a currency sign", fromText("CTC: 12-18 LPA", ["IN"]), year(1_200_000, 1_800_000, "INR")],
    ["no currency sign: the job country's currency", fromText("Berlin | Salary 70-90k | Hybrid", ["DE"]), year(70_000, 90_000, "EUR")],
    ["several tiers: lowest min, highest max", fromText("Acme | $150K-$250K\n- Senior Engineer | $150K-$220K\n- Staff Engineer | $200K-$250K"), year(150_000, 250_000)],
    ["tiers in two currencies: the most common one", fromText("Salary (US): $150k-$200k\nSalary (US, senior): $180k-$240k\nSalary (UK): £90k-£120k"), year(150_000, 240_000)],
    ["base beside total compensation", fromText("TextQL | ONSITE | New York City | $200k Salary - $400k Total Compensation"), year(200_000, 200_000)],
    ["base beside a bonus", fromText("Compensation: $175K–$250K + Bonus"), year(175_000, 250_000)],
  ])("%s", (_, given, expected) => {
    expect(strip(extractSalary(given))).toEqual(expected);
  });

  test.each<[string, SalaryInput]>([
    ["depends on experience", fromText("Salary: DOE")],
    ["OTE before", fromText("OTE $25k - $35k")],
    ["OTE after", fromText("Compensation: €50k-65k OTE + Stock-Options")],
    ["equity only", fromText("0.5%–1.0% EMI equity")],
    ["commission only", fromText("Comp: Uncapped commission (20-30% of first-year ACV) + early equity.")],
    ["company money", fromText("We raised a $180 million Series C and surpassed $200 million ARR. We recently raised $15mm in funding.")],
    ["a fee that is not pay", fromText("We pay $300 for take-home exercises because your time has value.")],
    ["a signing bonus", fromText("We offer substantial support for relocation (10k€ signing bonus).")],
    ["a perk budget", fromText("€400 per month co-working space stipend")],
    ["a retirement plan", fromText("Competitive compensation, company stock options and 401k")],
    ["deal sizes", fromText("Keep velocity for smaller deals ($10k-$100k).")],
    ["a count", fromText("Vantage | Engineers | NYC | Vantage helps 15,000+ organizations")],
    ["a figure without currency or multiplier", fromText("Salary 120000", [])],
    ["a range below the yearly band with no period", fromText("Salary: $3k - $10k")],
  ])("no salary: %s", (_, given) => {
    expect(extractSalary(given)).toBeNull();
  });
});

describe("structured pay wins", () => {
  const base: PostedPay = { min: 190_900, max: 355_000, currency: "USD", period: "year", text: "Base Compensation $190.9K – $355K" };

  test("over the text and the pay field", () => {
    expect(strip(extractSalary({ structuredPay: [base], payText: "$10 - $20/hr", text: "Compensation: $50k", countries: [] }))).toEqual(year(190_900, 355_000));
  });

  test("a board's pay field over the text", () => {
    expect(strip(extractSalary({ structuredPay: [], payText: "$170k - $200k", text: "Compensation: $50k", countries: [] }))).toEqual(year(170_000, 200_000));
  });

  test("the pay field's OTE is not pay", () => {
    expect(extractSalary({ structuredPay: [], payText: "OTE $25k - $35k", text: "", countries: [] })).toBeNull();
  });

  test("tiers combine within the most common currency and period", () => {
    const tiers: PostedPay[] = [
      { ...base, min: 100_000, max: 150_000 },
      { ...base, min: 140_000, max: 200_000 },
      { ...base, min: 80_000, max: 90_000, currency: "EUR" },
      { ...base, min: 50, max: 60, period: "hour" },
    ];
    expect(strip(combineRanges(tiers))).toEqual(year(100_000, 200_000));
  });
});
