import { sql } from "drizzle-orm";
import type { Validators } from "@/lib/http/client";
import { httpValidators } from "../schema";
import type { Tx } from "./tx";

/** Remembers a response's validators in the same transaction as the rows read from it. */
export function saveValidators(tx: Tx, validators: Array<{ url: string; validators: Validators }>, checkedAt: string): void {
  for (const { url, validators: v } of validators) {
    if (!v.etag && !v.lastModified) continue;
    tx.insert(httpValidators)
      .values({ url, ...v, checkedAt })
      .onConflictDoUpdate({ target: httpValidators.url, set: { ...v, checkedAt: sql`excluded.checked_at` } })
      .run();
  }
}
