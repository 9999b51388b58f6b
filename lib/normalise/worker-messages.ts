import type { NormalisedPosting } from "./types";

/** One batch to normalise; only plain data, so it crosses the thread boundary by structured clone. */
export type NormaliseRequest = { id: number; source: string; records: unknown[]; board: string | null };

/** An error as plain data: its class does not survive the clone, its message and own fields do. */
export type ErrorData = { name: string; message: string; stack: string | undefined; fields: Record<string, unknown> };

export type RecordOutcome = { posting: NormalisedPosting; error?: undefined } | { posting?: undefined; error: ErrorData };

export type NormaliseResponse = { id: number; outcomes: RecordOutcome[] };

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

/** The error again, as the caller of `normalise` would have caught it in its own thread. */
export function errorFromData(data: ErrorData): Error {
  const error = Object.assign(new Error(data.message), data.fields);
  error.name = data.name;
  if (data.stack) error.stack = data.stack;
  return error;
}
