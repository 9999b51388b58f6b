import type { PostedPay } from "@/lib/money/annual-pay";
import { annualise, type PayPeriod } from "@/lib/money/pay-period";
import { toUsd } from "@/lib/money/to-usd";
import { findPayFigures, type PayFigure } from "./pay-figures";

export type SalaryInput = {
  /** Base pay from structured fields, OTE and bonus already left out. */
  structuredPay: PostedPay[];
  /** Pay the source files as free text in a field of its own. */
  payText: string | null;
  /** Header line or title first, then the description. */
  text: string;
  /** The job's countries, for a figure written without a currency sign. */
  countries: string[];
};

// A figure without a period is yearly only inside this band, in USD (a "$300 take-home fee" is not).
const YEARLY_USD = { min: 10_000, max: 1_500_000 };
// Anything outside this band per year is not a salary, whatever its period says ($50/month stipends).
const ANNUAL_USD = { min: 4_000, max: 3_000_000 };

/** Base pay as posted: structured fields first, then the source's pay field, then the text. */
export function extractSalary(input: SalaryInput): PostedPay | null {
  if (input.structuredPay.length > 0) return combineRanges(input.structuredPay);
  const fallback = currencyOfCountries(input.countries);
  const fromField = findPayFigures(input.payText ?? "", true).flatMap((figure) => asPostedPay(figure, fallback) ?? []);
  if (fromField.length > 0) return combineRanges(fromField);
  const fromText = findPayFigures(input.text).flatMap((figure) => asPostedPay(figure, fallback) ?? []);
  return fromText.length > 0 ? combineRanges(fromText) : null;
}

function asPostedPay(figure: PayFigure, fallbackCurrency: string | null): PostedPay | null {
  const currency = figure.currency ?? fallbackCurrency;
  if (currency === null || figure.min <= 0) return null;
  const usdMin = toUsd(figure.min, currency);
  const usdMax = toUsd(figure.max, currency);
  if (usdMin === null || usdMax === null) return null;
  const period: PayPeriod | null = figure.period ?? (usdMin >= YEARLY_USD.min && usdMax <= YEARLY_USD.max ? "year" : null);
  if (period === null) return null;
  if (annualise(usdMin, period) < ANNUAL_USD.min || annualise(usdMax, period) > ANNUAL_USD.max) return null;
  return { min: figure.min, max: figure.max, currency, period, text: figure.text };
}

/**
 * Several ranges (roles, zones, levels): the lowest min and highest max of those sharing the most
 * common currency, and within it the most common period.
 */
export function combineRanges(ranges: PostedPay[]): PostedPay | null {
  const currency = mostCommon(ranges.map((range) => range.currency));
  const inCurrency = ranges.filter((range) => range.currency === currency);
  const period = mostCommon(inCurrency.map((range) => range.period));
  const chosen = inCurrency.filter((range) => range.period === period);
  const first = chosen[0];
  if (!first) return null;
  return {
    min: Math.min(...chosen.map((range) => range.min)),
    max: Math.max(...chosen.map((range) => range.max)),
    currency: first.currency,
    period: first.period,
    text: [...new Set(chosen.map((range) => range.text))].join("; "),
  };
}

/** The most frequent value; a tie goes to the one mentioned first. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

const EURO_COUNTRIES = "AT BE BG CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK".split(" ");
const COUNTRY_CURRENCIES: Record<string, string> = {
  US: "USD", GB: "GBP", CA: "CAD", AU: "AUD", NZ: "NZD", IN: "INR", CH: "CHF", PL: "PLN", SE: "SEK", NO: "NOK", DK: "DKK",
  CZ: "CZK", HU: "HUF", RO: "RON", JP: "JPY", SG: "SGD", HK: "HKD", IL: "ILS", BR: "BRL", MX: "MXN", KR: "KRW", CN: "CNY",
  ZA: "ZAR", TR: "TRY", IS: "ISK", ID: "IDR", MY: "MYR", PH: "PHP", TH: "THB",
  ...Object.fromEntries(EURO_COUNTRIES.map((code) => [code, "EUR"])),
};

/** No currency sign: the currency of the job's country, when all its countries share one. */
function currencyOfCountries(countries: string[]): string | null {
  const currencies = new Set(countries.map((country) => COUNTRY_CURRENCIES[country] ?? null));
  const [only] = currencies;
  return currencies.size === 1 && only ? only : null;
}
