const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (value: number): string => integer.format(value);
export const formatShare = (value: number): string => percent.format(value);

// One formatter each, made once: toLocaleDateString and a new Intl.NumberFormat build a formatter on
// every call, which cost a /trends render ~100 ms over its few thousand month labels. An invalid
// date still reads "Invalid Date", as toLocaleDateString wrote it (format() would throw).
const monthYear = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
const dayMonthYear = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const formatDate = (format: Intl.DateTimeFormat, date: Date): string => (Number.isNaN(date.getTime()) ? String(date) : format.format(date));

export function formatMonth(month: string): string {
  return formatDate(monthYear, new Date(`${month}-01T00:00:00Z`));
}

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatUsd = (value: number): string => usd.format(value);

/** A value already in percent units (Indeed's "percent of postings"), e.g. 3.2 → "3.2%". */
export const formatPercentValue = (value: number): string => `${oneDecimal.format(value)}%`;

/** An amount in its own currency; a code Intl does not know is written after the number. */
export function formatMoney(value: number, currency: string): string {
  const format = moneyFormat(currency);
  return format ? format.format(value) : `${integer.format(value)} ${currency}`;
}

// Per currency code, null for a code Intl rejects; the codes are the few the sources state.
const moneyFormats = new Map<string, Intl.NumberFormat | null>();
function moneyFormat(currency: string): Intl.NumberFormat | null {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
    } catch {
      format = null;
    }
    moneyFormats.set(currency, format);
  }
  return format;
}

/** A range "min–max" (one figure when equal), each end formatted by `format`. */
export function formatRange(min: number, max: number, format: (value: number) => string): string {
  return min === max ? format(min) : `${format(min)}–${format(max)}`;
}

/** An ISO timestamp or date as its UTC day, e.g. "Mar 5, 2026". */
export function formatDay(iso: string): string {
  return formatDate(dayMonthYear, new Date(iso));
}

/** An ISO timestamp to the minute, UTC. */
export function formatTimestamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** A demand/supply index, e.g. 1.69 → "1.69×". */
export const formatIndex = (value: number): string => `${value.toFixed(2)}×`;

/** A 95% interval of a share, e.g. "6.4–10.9%". */
export function formatShareInterval(low: number, high: number): string {
  return `${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)}%`;
}
