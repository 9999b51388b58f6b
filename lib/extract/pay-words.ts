import type { PayPeriod } from "@/lib/money/pay-period";

// Currency markers as postings write them, longest first so "US$" wins over "$".
export const CURRENCY_SIGNS: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"],
  ["CA$", "CAD"],
  ["C$", "CAD"],
  ["AU$", "AUD"],
  ["A$", "AUD"],
  ["NZ$", "NZD"],
  ["S$", "SGD"],
  ["HK$", "HKD"],
  ["MX$", "MXN"],
  ["R$", "BRL"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["₹", "INR"],
  ["Rs.", "INR"],
  ["Rs", "INR"],
  ["¥", "JPY"],
  ["zł", "PLN"],
];
export const CURRENCY_CODES = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "SGD", "HKD", "INR", "CHF", "PLN", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "JPY", "MXN", "BRL", "ILS", "ZAR", "TRY"];

/** Words right after a figure that make it something other than base pay. */
export const NOT_BASE_AFTER =
  /^\s*(?:[A-Z]{3}\b\s*)?(?:OTE\b|on[- ]target|(?:in |of )?(?:equity|stock|options|bonus|commission)|sign(?:ing|-on)\b|total comp|TC\b|ARR\b|in (?:ARR|revenue|funding|sales)|revenue|funding|raised|valuation|seed\b|series [a-h]\b|budget|stipend|allowance|grant|per (?:user|seat))/i;
/** Words right before a figure that make it something other than base pay ("OTE $25k", "raised $20m"). */
export const NOT_BASE_BEFORE =
  /(?:\bOTE|on[- ]target(?: earnings)?|\braised|\brevenue(?: of)?|\bARR(?: of)?|valued at|valuation of|funding of|bonus(?: of)?|equity of|commission of|budget of|stipend of|total comp(?:ensation)?(?: of)?|\bTC)\s*(?:of\s*)?(?:up to\s*)?$/i;

const PERIOD_WORDS: ReadonlyArray<readonly [RegExp, PayPeriod]> = [
  [/^(?:year|yr|annum|annual|annually|yearly|p\.?\s?a\.?|pa|LPA)\b/i, "year"],
  [/^(?:month|mo|monthly|mth)\b/i, "month"],
  [/^(?:week|wk|weekly)\b/i, "week"],
  [/^(?:day|daily|diem)\b/i, "day"],
  [/^(?:hour|hr|h|hourly)\b/i, "hour"],
];

// What may stand between a figure and its period: "$80k USD base per year", "€60k gross p.a.".
const PERIOD_LEAD = new RegExp(
  String.raw`^\s*(?:(?:${CURRENCY_CODES.join("|")})\s*)?(?:(?:base|gross|salary|total)\s*)?(?:\/|per\b|a\b|an\b|each\b|p\/)?\s*`,
  "i",
);
const RATE_BEFORE = /\b(hourly|daily|weekly|monthly|annual|yearly)\s+(?:rate|salary|pay|wage|compensation)?\s*(?:of|:|is)?\s*$/i;
const ADVERB_PERIODS: Record<string, PayPeriod> = { hourly: "hour", daily: "day", weekly: "week", monthly: "month", annual: "year", yearly: "year" };

/** The pay period written right after a figure, if any. */
export function periodAfter(rest: string): PayPeriod | null {
  const lead = PERIOD_LEAD.exec(rest)?.[0] ?? "";
  const after = rest.slice(lead.length);
  return PERIOD_WORDS.find(([pattern]) => pattern.test(after))?.[1] ?? null;
}

/** "hourly rate of $50", "daily rate: €600": the period written just before a figure. */
export function periodBefore(before: string): PayPeriod | null {
  const word = RATE_BEFORE.exec(before)?.[1]?.toLowerCase();
  return word ? (ADVERB_PERIODS[word] ?? null) : null;
}
