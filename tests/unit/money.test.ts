import { expect, test } from "vitest";
import { annualPay } from "@/lib/money/annual-pay";
import { RATES_DATE, UNITS_PER_EURO } from "@/lib/money/exchange-rates";
import { annualise, type PayPeriod } from "@/lib/money/pay-period";
import { toUsd } from "@/lib/money/to-usd";

test.each<[number, PayPeriod, number]>([
  [100_000, "year", 100_000],
  [8_000, "month", 96_000],
  [2_000, "week", 104_000],
  [600, "day", 156_000],
  [50, "hour", 104_000],
])("%d a %s is %d a year", (amount, period, expected) => {
  expect(annualise(amount, period)).toBe(expected);
});

test.each<[number, string, number | null]>([
  [100, "USD", 100],
  [100, "usd", 100],
  [100, "EUR", 104.11],
  [82.608, "GBP", 104.11],
  [90.971, "INR", 1.0411],
  [100, "XYZ", null],
])("%d %s in USD", (amount, currency, expected) => {
  const usd = toUsd(amount, currency);
  if (expected === null) expect(usd).toBeNull();
  else expect(usd).toBeCloseTo(expected, 6);
});

test("annual pay keeps what was posted beside the converted figures", () => {
  const posted = { min: 70_000, max: 85_000, currency: "GBP", period: "year" as const, text: "£70,000 – £85,000 base" };
  expect(annualPay(posted)).toEqual({
    posted,
    annualMin: 70_000,
    annualMax: 85_000,
    usdMin: Math.round((70_000 / 0.82608) * 1.0411),
    usdMax: Math.round((85_000 / 0.82608) * 1.0411),
    ratesDate: RATES_DATE,
  });
});

test("an hourly rate in a currency the table lacks keeps its annual figure without USD", () => {
  const pay = annualPay({ min: 20, max: 30, currency: "AED", period: "hour", text: "AED 20-30/hr" });
  expect([pay.annualMin, pay.annualMax, pay.usdMin, pay.usdMax]).toEqual([41_600, 62_400, null, null]);
});

test("the rate table is dated and quotes units per euro", () => {
  expect(RATES_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(UNITS_PER_EURO.EUR).toBe(1);
  for (const rate of Object.values(UNITS_PER_EURO)) expect(rate).toBeGreaterThan(0);
});
