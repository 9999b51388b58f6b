// The anchor: the same rows in an in-memory DuckDB, loaded through its appender (the sqlite
// extension cannot be downloaded here). Only the columns the dashboard's questions read are
// loaded; texts that only the explorer's full-text search reads stay out.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import Database from "better-sqlite3";

const TABLES: Record<string, string[]> = {
  postings: ["id", "source", "board", "company", "title", "location_text", "month", "posted_at", "closed_at", "seniority", "remote", "salary_currency", "salary_annual_min", "salary_annual_max", "salary_usd_min", "salary_usd_max", "group_id"],
  posting_frameworks: ["posting_id", "framework", "context"],
  posting_roles: ["posting_id", "role"],
  posting_use_cases: ["posting_id", "use_case"],
  posting_countries: ["posting_id", "country"],
  survey_responses: ["id", "source", "year", "role", "seniority", "country", "region", "comp_yearly_usd"],
  survey_response_frameworks: ["survey_response_id", "framework", "relation"],
};

export async function loadDuck(file: string, log: (line: string) => void): Promise<{ duck: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const duck = await instance.connect();
  const sqlite = new Database(file, { readonly: true });
  try {
    for (const [table, columns] of Object.entries(TABLES)) {
      const info = sqlite.prepare(`pragma table_info(${table})`).all() as Array<{ name: string; type: string }>;
      const types = columns.map((column) => {
        const type = info.find((c) => c.name === column)?.type.toLowerCase() ?? "text";
        return type === "integer" ? "BIGINT" : type === "real" ? "DOUBLE" : "VARCHAR";
      });
      await duck.run(`create table ${table} (${columns.map((c, i) => `${c} ${types[i]}`).join(", ")})`);
      const appender = await duck.createAppender(table);
      let rows = 0;
      for (const row of sqlite.prepare(`select ${columns.join(", ")} from ${table}`).raw().iterate() as IterableIterator<unknown[]>) {
        row.forEach((value, i) => {
          if (value === null || value === undefined) appender.appendNull();
          else if (types[i] === "BIGINT") appender.appendBigInt(BigInt(value as number));
          else if (types[i] === "DOUBLE") appender.appendDouble(Number(value));
          else appender.appendVarchar(String(value));
        });
        appender.endRow();
        if (++rows % 100_000 === 0) appender.flushSync();
      }
      appender.closeSync();
      log(`duckdb: ${table} ${rows.toLocaleString("en-US")} rows`);
    }
  } finally {
    sqlite.close();
  }
  return { duck, close: () => duck.closeSync() };
}
