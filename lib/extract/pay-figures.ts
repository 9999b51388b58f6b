import type { PayPeriod } from "@/lib/money/pay-period";
import { figureContext } from "./pay-context";
import { CURRENCY_CODES, CURRENCY_SIGNS, NOT_BASE_AFTER, NOT_BASE_BEFORE, periodAfter, periodBefore } from "./pay-words";

/** A pay figure or range as written; currency and period are null when the text does not say. */
export type PayFigure = { min: number; max: number; currency: string | null; period: PayPeriod | null; text: string };

type Amount = { start: number; end: number; value: number; currency: string | null; multiplier: Multiplier; grouped: boolean };
type Multiplier = "none" | "thousand" | "lakh" | "lakhPerAnnum" | "large";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SIGNS = CURRENCY_SIGNS.map(([sign]) => escape(sign)).join("|");
const CODES = CURRENCY_CODES.join("|");
const AMOUNT = new RegExp(
  // "CAD $30/hour": a code before a sign names the currency the sign leaves open.
  String.raw`(?<code>\b(?:${CODES})\b)?\s?(?<sign>${SIGNS})?\s?` +
    // "190,900", "160.000", "120'000" group thousands; "190.9" and "31,2" carry decimals.
    String.raw`(?<![\p{L}\p{N}.,])(?<number>\d{1,3}(?:[.,'’\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d{1,2})?)` +
    String.raw`(?:\s?(?<multiplier>k|K|thousand|LPA|L|lakhs?|lacs?|MM|mm|M|mn|million|billion|bn|B)(?![\p{L}]))?` +
    String.raw`(?:\s?(?<post>€|£|\b(?:${CODES})\b))?`,
  // Sticky: tried at one start at a time.
  "yu",
);
// An amount's number starts at most this many characters after the amount ("CAD $30": code, space, sign, space).
const MAX_PREFIX = Math.max(...CURRENCY_CODES.map((code) => code.length)) + Math.max(...CURRENCY_SIGNS.map(([sign]) => sign.length)) + 2;
const DIGIT = /\d/g;
const RANGE_JOIN = /^\s*(?:-|–|—|to|~|and|bis)\s*$/i;
// Money for perks beside the pay: "relocation support (up to 10k€)", "€400 per month co-working stipend".
const PERK_MONEY = /\b(?:relocation|budget|stipend|grant|allowance|reimburs\w*|sign(?:ing|-on)|referral|credits?|learning|home office|co-?working|match|donation)\b/i;

/**
 * Every base-pay figure or range in a text, in order; equity, bonus, OTE and company money are left out.
 * `payField`: the text is a field that holds pay and nothing else (a board's "salary" field).
 */
export function findPayFigures(text: string, payField = false): PayFigure[] {
  // A US retirement plan, not an amount ("401(k) matching"); blanked so positions stay put.
  const readable = text.includes("401") ? text.replace(/\b401\s?\(?k\)?/gi, (plan) => " ".repeat(plan.length)) : text;
  const amounts = amountMatches(readable).flatMap((match) => toAmount(match) ?? []);
  const figures: PayFigure[] = [];
  for (let i = 0; i < amounts.length; i += 1) {
    const first = amounts[i];
    const next = amounts[i + 1];
    if (!first) continue;
    const isRange = next !== undefined && RANGE_JOIN.test(text.slice(first.end, next.start));
    const last = isRange && next ? next : first;
    if (isRange) i += 1;
    const figure = toFigure(text, first, last, payField);
    if (figure) figures.push(figure);
  }
  return figures;
}

/**
 * The AMOUNT matches of a text, as matchAll finds them. An amount starts at most MAX_PREFIX characters
 * before a digit, so only those starts are tried (anchored): no scan crosses the text between digits.
 */
function amountMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    DIGIT.lastIndex = from;
    const digit = DIGIT.exec(text);
    if (digit === null) return matches;
    const match = amountStartingNear(text, Math.max(from, digit.index - MAX_PREFIX), digit.index);
    if (match === null) {
      from = digit.index + 1;
      continue;
    }
    matches.push(match);
    from = AMOUNT.lastIndex;
  }
}

/** The first amount that starts between `first` and `last` (inclusive). */
function amountStartingNear(text: string, first: number, last: number): RegExpExecArray | null {
  for (let start = first; start <= last; start += 1) {
    AMOUNT.lastIndex = start;
    const match = AMOUNT.exec(text);
    if (match !== null) return match;
  }
  return null;
}

function toAmount(match: RegExpMatchArray): Amount | null {
  const groups = match.groups ?? {};
  const number = groups.number ?? "";
  const grouped = /\d[.,'’\u00a0\u202f]\d{3}(?!\d)/.test(number) && !/^\d+[.,]\d{1,2}$/.test(number);
  const value = grouped ? Number(number.replace(/[.,'’\u00a0\u202f]/g, "")) : Number(number.replace(",", "."));
  if (!Number.isFinite(value) || match.index === undefined) return null;
  const currency = currencyOf(groups.code) ?? currencyOf(groups.sign) ?? currencyOf(groups.post);
  const start = match.index + match[0].length - match[0].trimStart().length;
  return { start, end: match.index + match[0].length, value, currency, multiplier: multiplierOf(groups.multiplier), grouped };
}

function toFigure(text: string, first: Amount, last: Amount, payField: boolean): PayFigure | null {
  const multiplier = first.multiplier === "none" && !first.grouped ? last.multiplier : first.multiplier;
  if (multiplier === "large" || last.multiplier === "large") return null;
  const currency = first.currency ?? last.currency;
  // Without a currency only "70-90k" or "40L" reads as pay; "15,000+ organisations" does not (most numbers
  // of a text: decided before their context is read).
  if (currency === null && multiplier === "none") return null;
  const { before, after, talksPay } = figureContext(text, { start: first.start, end: last.end });
  if (NOT_BASE_BEFORE.test(before) || NOT_BASE_AFTER.test(after) || PERK_MONEY.test(before) || PERK_MONEY.test(after)) return null;
  const period = multiplier === "lakhPerAnnum" ? "year" : (periodAfter(after) ?? periodBefore(before));
  if (!(payField || period !== null || talksPay)) return null;
  const min = scaled(first.value, first.multiplier === "none" && !first.grouped ? multiplier : first.multiplier);
  const max = scaled(last.value, last.multiplier === "none" && !last.grouped ? multiplier : last.multiplier);
  const lakhs = multiplier === "lakh" || multiplier === "lakhPerAnnum";
  return {
    min: Math.min(min, max),
    max: Math.max(min, max),
    currency: currency ?? (lakhs ? "INR" : null),
    period,
    text: text.slice(first.start, last.end).trim(),
  };
}

function currencyOf(marker: string | undefined): string | null {
  if (!marker) return null;
  return CURRENCY_SIGNS.find(([sign]) => sign === marker)?.[1] ?? (CURRENCY_CODES.includes(marker) ? marker : null);
}

function multiplierOf(word: string | undefined): Multiplier {
  if (!word) return "none";
  if (/^(?:k|thousand)$/i.test(word)) return "thousand";
  if (word === "LPA") return "lakhPerAnnum";
  if (/^(?:L|lakhs?|lacs?)$/.test(word)) return "lakh";
  return "large";
}

function scaled(value: number, multiplier: Multiplier): number {
  if (multiplier === "thousand") return value * 1_000;
  if (multiplier === "lakh" || multiplier === "lakhPerAnnum") return value * 100_000;
  return value;
}
