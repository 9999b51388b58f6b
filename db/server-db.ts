import "server-only";
import { readEnv } from "@/lib/env";
import { readWithRetry } from "./busy-retry";
import { openDb, type Db } from "./client";

const cache = globalThis as unknown as { pulseDb?: Db };

/** The web app's one connection, kept across hot reloads in dev. */
export function getDb(): Db {
  cache.pulseDb ??= openDb(readEnv().PULSE_DB);
  return cache.pulseDb;
}

/** How many matches a search counts and ranks unless asked for all (PULSE_SEARCH_LIMIT). */
export function searchLimit(): number {
  return readEnv().PULSE_SEARCH_LIMIT;
}

/** A page's reads from one snapshot, retried with bounded backoff while the database is locked. */
export function readDb<T>(read: (db: Db) => T): Promise<T> {
  return readWithRetry(getDb(), read);
}
