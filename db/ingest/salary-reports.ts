import { and, eq, inArray } from "drizzle-orm";
import { salaryReports, type NewSalaryReport } from "../schema";
import { chunks, type Tx, type WriteCounts } from "./tx";

export type SalaryReportInput = Omit<NewSalaryReport, "id" | "ingestedAt">;

// 18 columns a row: well under SQLite's limit of bound parameters per statement.
const ROWS_PER_STATEMENT = 400;

/** Inserts the reports not stored yet; a report's key is its content, so a known one is unchanged. */
export function writeSalaryReports(tx: Tx, rows: SalaryReportInput[], at: string): WriteCounts {
  const counts: WriteCounts = { newCount: 0, updatedCount: 0, unchangedCount: 0 };
  const bySource = new Map<string, Map<string, SalaryReportInput>>();
  for (const row of rows) bySource.set(row.source, (bySource.get(row.source) ?? new Map<string, SalaryReportInput>()).set(row.sourceId, row));
  for (const [source, reports] of bySource) {
    for (const batch of chunks([...reports.values()], ROWS_PER_STATEMENT)) {
      const known = new Set(
        tx
          .select({ sourceId: salaryReports.sourceId })
          .from(salaryReports)
          .where(and(eq(salaryReports.source, source), inArray(salaryReports.sourceId, batch.map((row) => row.sourceId))))
          .all()
          .map((row) => row.sourceId),
      );
      const fresh = batch.filter((row) => !known.has(row.sourceId));
      if (fresh.length) tx.insert(salaryReports).values(fresh.map((row) => ({ ...row, ingestedAt: at }))).run();
      counts.newCount += fresh.length;
      counts.unchangedCount += batch.length - fresh.length;
    }
  }
  return counts;
}
