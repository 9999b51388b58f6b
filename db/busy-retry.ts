import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "./client";
import { StorageError, storageErrorOf } from "./storage-error";

export type BusyRetryOptions = {
  /** Tries in all, the first included. */
  attempts?: number;
  /** The first pause; each next one doubles, with jitter. */
  baseMs?: number;
  /** For messages: the database the read is on. */
  file?: string;
};

const LOCKED = /^SQLITE_(BUSY|LOCKED)/;

/**
 * Runs a read again while the database answers "locked" (busy_timeout has already waited inside
 * SQLite), pausing between tries without blocking the event loop; after the last try, a
 * StorageError that says the database stayed locked. Any other error is thrown at once.
 */
export async function withBusyRetry<T>(read: () => T, { attempts = 4, baseMs = 100, file = "(database)" }: BusyRetryOptions = {}): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return read();
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
      if (!LOCKED.test(code)) throw error;
      if (attempt >= attempts) {
        const storage = storageErrorOf(error, file) as StorageError;
        throw new StorageError(storage.problem, file, `${storage.message}, through ${attempts} tries over ${Date.now() - started} ms`, storage.code);
      }
      await sleep(baseMs * 2 ** (attempt - 1) * (0.5 + Math.random()));
    }
  }
}

/**
 * Runs several reads in one read transaction, so that they all see the same committed state: a
 * batch the worker commits between two of a page's queries is in both or in neither.
 */
export function readSnapshot<T>(db: Db, read: (db: Db) => T): T {
  return db.$client.transaction(() => read(db))();
}

/** A page's reads: one snapshot, retried while the database is locked. */
export function readWithRetry<T>(db: Db, read: (db: Db) => T, options: Omit<BusyRetryOptions, "file"> = {}): Promise<T> {
  return withBusyRetry(() => readSnapshot(db, read), { ...options, file: db.$client.name });
}
