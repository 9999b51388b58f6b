import type { Db } from "@/db/client";
import { nextAllowedRead } from "@/db/queries/sources";

/** Why a source must not be read yet (its own notice asked for a longer interval), or null. */
export function tooSoonToRead(db: Db, source: string, now: Date): string | null {
  const next = nextAllowedRead(db, source);
  if (!next || next <= now) return null;
  return `${source}: skipped — the source asks to be read at most every so often; next read allowed at ${next.toISOString()}`;
}
