// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

/** The text with a leading `'` when a spreadsheet would read it as a formula; other text unchanged. */
export function defuseCell(text: string): string {
  return FORMULA_START.has(text.charAt(0)) ? `'${text}` : text;
}

/** A CSV cell: numbers and booleans stay as they are (a negative number is data), text is defused. */
export function csvCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (Array.isArray(value)) return defuseCell(value.join("; "));
  return defuseCell(String(value));
}
