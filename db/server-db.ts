import "server-only";
import { readEnv } from "@/lib/env";
import { openDb, type Db } from "./client";

const cache = globalThis as unknown as { pulseDb?: Db };

/** The web app's one connection, kept across hot reloads in dev. */
export function getDb(): Db {
  cache.pulseDb ??= openDb(readEnv().PULSE_DB);
  return cache.pulseDb;
}
