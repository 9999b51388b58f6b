import { StorageError } from "@/db/storage-error";
import { AppError } from "./errors";

export type ErrorEnvelope = { error: { code: string; message: string; issues?: Array<{ param: string; message: string }> } };

const NO_STORE = { "cache-control": "no-store" };

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(`${JSON.stringify(body)}\n`, {
    status: init.status ?? 200,
    headers: { "content-type": "application/json; charset=utf-8", ...NO_STORE, ...init.headers },
  });
}

/** The edge: an AppError becomes its status and the envelope; anything else a logged 500 that leaks nothing. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body: ErrorEnvelope = { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
    return jsonResponse(body, { status: error.status });
  }
  console.error(error);
  // The database's own trouble (locked, full, damaged): a 503 that names the problem, not the file.
  if (error instanceof StorageError) return jsonResponse({ error: { code: "storage_unavailable", message: `the database is unavailable (${error.problem}); try again later` } } satisfies ErrorEnvelope, { status: 503 });
  return jsonResponse({ error: { code: "internal", message: "internal error" } } satisfies ErrorEnvelope, { status: 500 });
}

/** Runs a route handler's body and maps whatever it throws at this one place. */
export async function withErrors(handler: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    return errorResponse(error);
  }
}
