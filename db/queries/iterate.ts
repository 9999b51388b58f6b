import "server-only";
import type { Db } from "../client";

type Built<R> = { toSQL(): { sql: string; params: unknown[] }; all(): R[] };

/**
 * Rows of a drizzle select one at a time (better-sqlite3 `.iterate()`), for reads too large to
 * hold as an array. Values come as the driver gives them, so select plain columns and `sql<T>`
 * expressions only (no json or boolean modes). Return or exhaust the iterator to release it.
 */
export function iterateSelect<R extends Record<string, unknown>>(db: Db, query: Built<R>, keys: ReadonlyArray<keyof R & string>): IterableIterator<R> {
  const { sql, params } = query.toSQL();
  const raw = db.$client.prepare(sql).raw(true).iterate(...params) as IterableIterator<unknown[]>;
  function* rows(): Generator<R, void, undefined> {
    try {
      for (const values of raw) {
        const row: Record<string, unknown> = {};
        keys.forEach((key, at) => (row[key] = values[at]));
        yield row as R;
      }
    } finally {
      raw.return?.();
    }
  }
  return rows();
}
