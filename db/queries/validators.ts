import "server-only";
import type { Validators } from "@/lib/http/client";
import type { Db } from "../client";
import { httpValidators } from "../schema";

export function loadValidators(db: Db): Map<string, Validators> {
  const rows = db.select().from(httpValidators).all();
  return new Map(rows.map((row) => [row.url, { etag: row.etag, lastModified: row.lastModified }]));
}
