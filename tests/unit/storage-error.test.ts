import { describe, expect, test } from "vitest";
import { storageErrorOf } from "@/db/storage-error";

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe("storageErrorOf: an SQLite failure of the database itself, named", () => {
  test.each([
    ["SQLITE_FULL", "database or disk is full", "disk-full", "the database data/pulse.db is full: no room left on its disk (or under its size limit) (SQLITE_FULL: database or disk is full)"],
    ["SQLITE_READONLY", "attempt to write a readonly database", "read-only", "the database data/pulse.db is read-only: check the permissions of the file and of its folder (SQLITE_READONLY: attempt to write a readonly database)"],
    ["SQLITE_READONLY_DBMOVED", "attempt to write a readonly database", "read-only", expect.stringContaining("is read-only")],
    ["SQLITE_BUSY", "database is locked", "locked", expect.stringContaining("stayed locked by another connection")],
    ["SQLITE_CORRUPT", "database disk image is malformed", "damaged", expect.stringContaining("is damaged")],
    ["SQLITE_NOTADB", "file is not a database", "damaged", expect.stringContaining("is damaged")],
    ["SQLITE_IOERR_WRITE", "disk I/O error", "io", expect.stringContaining("could not be read or written")],
    ["SQLITE_CANTOPEN", "unable to open database file", "cannot-open", expect.stringContaining("cannot be opened")],
  ])("%s", (code, message, problem, text) => {
    expect(storageErrorOf(sqliteError(code, message), "data/pulse.db")).toMatchObject({ problem, code, message: text, kind: "storage" });
  });

  test.each([
    ["a constraint violation (a bug, not the disk)", sqliteError("SQLITE_CONSTRAINT_UNIQUE", "UNIQUE constraint failed")],
    ["an error without a code", new Error("boom")],
    ["not an error at all", "boom"],
  ])("%s is not a storage error", (_name, error) => {
    expect(storageErrorOf(error, "data/pulse.db")).toBeNull();
  });
});
