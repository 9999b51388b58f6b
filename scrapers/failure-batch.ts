import { HttpError } from "@/lib/http/errors";
import { ParseError } from "@/lib/parse-error";
import type { Batch } from "./types";

/**
 * The batch of a request that failed or a body that could not be read. Anything other than an
 * HttpError or ParseError is a bug, not the source's fault, and is rethrown.
 */
export function failureBatch(empty: Batch, error: unknown): Batch {
  if (!(error instanceof HttpError || error instanceof ParseError)) throw error;
  const status = error instanceof HttpError ? error.status : null;
  return { ...empty, failure: { url: error.url, kind: error.kind, status, message: error.message } };
}
