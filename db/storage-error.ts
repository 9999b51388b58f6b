import type { Db } from "./client";

export const STORAGE_PROBLEMS = ["disk-full", "read-only", "locked", "damaged", "io", "cannot-open"] as const;
export type StorageProblem = (typeof STORAGE_PROBLEMS)[number];

/** The database itself failed (full disk, read-only file, lock, damage): no run can go on writing. */
export class StorageError extends Error {
  override readonly name = "StorageError";
  readonly kind = "storage";
  constructor(
    readonly problem: StorageProblem,
    readonly file: string,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

// SQLite's primary result codes (better-sqlite3 puts them, or an extended one, on `error.code`).
const PROBLEMS: Array<[RegExp, StorageProblem, (file: string) => string]> = [
  [/^SQLITE_FULL/, "disk-full", (file) => `the database ${file} is full: no room left on its disk (or under its size limit)`],
  [/^SQLITE_READONLY/, "read-only", (file) => `the database ${file} is read-only: check the permissions of the file and of its folder`],
  [/^SQLITE_(BUSY|LOCKED)/, "locked", (file) => `the database ${file} stayed locked by another connection`],
  [/^SQLITE_(CORRUPT|NOTADB)/, "damaged", (file) => `the database ${file} is damaged`],
  [/^SQLITE_IOERR/, "io", (file) => `the database ${file} could not be read or written (disk I/O error)`],
  [/^SQLITE_CANTOPEN/, "cannot-open", (file) => `the database ${file} cannot be opened: check that its folder exists and is writable`],
];

/** The StorageError for an SQLite error, naming the problem and the file; null for any other error. */
export function storageErrorOf(error: unknown, file: string): StorageError | null {
  if (error instanceof StorageError) return error;
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const match = PROBLEMS.find(([pattern]) => pattern.test(code));
  if (!match) return null;
  const [, problem, describe] = match;
  const sqliteMessage = error instanceof Error ? error.message : String(error);
  return new StorageError(problem, file, `${describe(file)} (${code}: ${sqliteMessage})`, code);
}

/** The file a connection writes to, for messages. */
export function dbFileOf(db: Db): string {
  return db.$client.name;
}
