import type { RowParts } from "@/db/ingest/row-parts";
import { ParseError } from "@/lib/parse-error";
import type { NormalisedPosting } from "./types";

/**
 * A batch to normalise, shared chunk by chunk: the records as their JSON (the raw documents' bodies, which
 * the main thread writes anyway), since a string crosses the thread boundary for a fraction of
 * what cloning the record's objects costs. Re-extraction reads records from the same JSON.
 */
export type NormaliseRequest = {
  id: number;
  source: string;
  bodies: string[];
  board: string | null;
  /** The number of the next chunk to take, shared by both threads (Atomics.add). */
  claims: Int32Array;
  chunkSize: number;
};

/** The records [from, to) of chunk number `chunk`. */
export function chunkRange(chunk: number, chunkSize: number, records: number): [number, number] {
  return [chunk * chunkSize, Math.min(records, (chunk + 1) * chunkSize)];
}

/** An error as plain data: its class does not survive the clone, its message and own fields do. */
export type ErrorData = { name: string; message: string; stack: string | undefined; fields: Record<string, unknown> };

/** The row parts but the body, which the main thread has. */
export type WorkerParts = Omit<RowParts, "body">;

export type RecordOutcome = { posting: NormalisedPosting; parts: WorkerParts; error?: undefined } | { posting?: undefined; parts?: undefined; error: ErrorData };

/** The chunks the worker took, each with its records' outcomes in order. */
export type NormaliseResponse = { id: number; chunks: Array<{ chunk: number; outcomes: RecordOutcome[] }> };

/** The worker's first message: it has loaded normalise and takes requests. */
export type WorkerReady = { ready: true };

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), stack: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) if (value === null || ["string", "number", "boolean"].includes(typeof value)) fields[key] = value;
  return { name: error.name, message: error.message, stack: error.stack, fields };
}

// The classes a caller of normalise may tell apart with instanceof; any other error comes back as an Error.
const ERROR_CLASSES: Record<string, { prototype: Error }> = { Error, TypeError, RangeError, SyntaxError, ReferenceError, ParseError };

/** The error again, of the class and with the fields the caller of `normalise` would have caught in its own thread. */
export function errorFromData(data: ErrorData): Error {
  const error = new Error(data.message);
  Object.setPrototypeOf(error, (ERROR_CLASSES[data.name] ?? Error).prototype);
  Object.assign(error, data.fields);
  if (error.name !== data.name) Object.defineProperty(error, "name", { value: data.name, writable: true, configurable: true });
  if (data.stack) error.stack = data.stack;
  return error;
}
