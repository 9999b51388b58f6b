import type { z } from "zod";
import { InvalidParametersError } from "./errors";

/** URL parameters as pages receive them: a repeated key becomes a list. */
export type RawParams = Record<string, string | string[] | undefined>;

export function rawParams(search: URLSearchParams): RawParams {
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    raw[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return raw;
}

/** As a page reads its address: values trimmed, an empty value (`?from=`, an untouched form control) absent. */
function present(raw: RawParams): RawParams {
  const kept: RawParams = {};
  for (const [key, value] of Object.entries(raw)) {
    const trimmed = typeof value === "string" ? value.trim() : value;
    if (trimmed !== undefined && trimmed !== "") kept[key] = trimmed;
  }
  return kept;
}

/** The parameters through `schema`, or an InvalidParametersError naming each bad one. */
export function parseParams<T>(schema: z.ZodType<T, unknown>, raw: RawParams): T {
  const parsed = schema.safeParse(present(raw));
  if (!parsed.success) throw InvalidParametersError.fromZod(parsed.error);
  return parsed.data;
}

type PageParse<T> = (raw: RawParams) => { values: T; problems: string[] };

/**
 * A page's own parameters, strictly: every key must be one of the page's (`schema`, its
 * search-params.ts schema), every value must pass, and the page's own parser (`parse`: defaults,
 * cross-field checks) must have nothing to ignore. Where the page would show "ignored …", an
 * export or the API answers 400; otherwise it selects exactly what the page shows.
 */
export function strictPageParams<T>(schema: z.ZodObject, raw: RawParams, parse: PageParse<T>): T {
  return withoutProblems(parse(strictRaw(schema, raw)));
}

/** The address checked against the page's schema, as the page parser takes it (for a parser that needs the database too). */
export function strictRaw(schema: z.ZodObject, raw: RawParams): RawParams {
  const given = present(raw);
  const checked = schema.strict().safeParse(given);
  if (!checked.success) throw InvalidParametersError.fromZod(checked.error);
  return given;
}

/** The page parser's result, or a 400 naming what it would have ignored. */
export function withoutProblems<T>({ values, problems }: { values: T; problems: string[] }): T {
  if (problems.length) throw new InvalidParametersError(problems.map((message) => ({ param: /^Ignored (?:the )?([a-z_]+)/.exec(message)?.[1] ?? "parameters", message })));
  return values;
}
