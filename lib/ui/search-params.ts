import type { z } from "zod";

export type RawSearchParams = Record<string, string | string[] | undefined>;
export type ParsedSearchParams<T> = { values: T; problems: string[] };

/**
 * Parses each field of `schema` on its own, so one bad value falls back to that field's default
 * (every field must have one, or be optional) and is reported instead of failing the page.
 * An empty value, as a GET form sends for an untouched control, counts as absent.
 */
export function parseSearchParams<S extends z.ZodObject>(schema: S, raw: RawSearchParams): ParsedSearchParams<z.output<S>> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const given = raw[key];
    const value = (Array.isArray(given) ? given[0] : given)?.trim() || undefined;
    const parsed = field.safeParse(value);
    if (parsed.success) {
      values[key] = parsed.data;
      continue;
    }
    problems.push(`Ignored ${key} = “${truncate(value ?? "")}”: ${parsed.error.issues[0]?.message ?? "invalid value"}.`);
    values[key] = field.parse(undefined);
  }
  return { values: values as z.output<S>, problems };
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A `from` after `to` selects nothing: both are dropped and the reason reported. */
export function checkMonthRange<T extends { from?: string; to?: string }>(parsed: ParsedSearchParams<T>): ParsedSearchParams<T> {
  const { from, to } = parsed.values;
  if (!from || !to || from <= to) return parsed;
  return { values: { ...parsed.values, from: undefined, to: undefined }, problems: [...parsed.problems, `Ignored from = “${from}” and to = “${to}”: from is after to.`] };
}
