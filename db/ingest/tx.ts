import type { Db } from "../client";

/** The handle inside `db.transaction`, for writers that run as part of a larger transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type WriteCounts = { newCount: number; updatedCount: number; unchangedCount: number };

export function* chunks<T>(values: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
