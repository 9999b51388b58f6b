import fs from "node:fs";
import Database from "better-sqlite3";
import { probeUnicode61, renderUnicode61Table } from "@/lib/search/unicode61-probe";
import { runCli } from "./run-cli";

const UNICODE61_TABLE_FILE = "lib/search/unicode61-table.ts";

runCli("generate-unicode61-table", () => {
  const sqlite = new Database(":memory:");
  const { version } = sqlite.prepare("select sqlite_version() as version").get() as { version: string };
  sqlite.close();
  fs.writeFileSync(UNICODE61_TABLE_FILE, renderUnicode61Table(probeUnicode61(), version));
  console.log(`generate-unicode61-table: wrote ${UNICODE61_TABLE_FILE}`);
  return 0;
});
