import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";

// Distinct jobs (duplicate groups) and postings from the rollups of migrations 0008-0009, exactly as
// count(distinct coalesce(group_id, id)) over the postings would say: a group of one posting, or of
// several all in one month and source (for the framework and use case), is summed from posting_cells;
// the other groups are counted distinct among the spread rows of shared_job_cells.

/** A cell's label: a framework or use case, '*' (any or none) or '+' (at least one). */
export const ANY_LABEL = "*";
export const SOME_LABEL = "+";

export type JobCellDim = "month" | "source" | "framework" | "useCase";
export type JobCellQuery = {
  sources?: readonly string[];
  from?: string;
  to?: string;
  by: readonly JobCellDim[];
  /** The framework cells to read; ['*'] when absent. */
  frameworks?: readonly string[];
  useCases?: readonly string[];
};
export type JobCellRow = Record<JobCellDim, string> & { postings: number; jobs: number };

const COLUMNS: Record<JobCellDim, string> = { month: "month", source: "source", framework: "framework", useCase: "use_case" };
const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Postings and distinct jobs per combination of `by`, over the cells named; rows without postings are left out. */
export function countJobCells(db: Db, query: JobCellQuery): JobCellRow[] {
  const frameworks = query.frameworks ?? [ANY_LABEL];
  const useCases = query.useCases ?? [ANY_LABEL];
  const scope = (column: string) =>
    sql.join(
      [
        query.sources ? sql`${sql.raw(column)}source in (${list(query.sources)})` : sql`1`,
        query.from ? sql`${sql.raw(column)}month >= ${query.from}` : sql`1`,
        query.to ? sql`${sql.raw(column)}month <= ${query.to}` : sql`1`,
      ],
      sql` and `,
    );
  const dims = (pick: (dim: JobCellDim) => string) =>
    sql.raw((Object.keys(COLUMNS) as JobCellDim[]).map((dim) => `${query.by.includes(dim) ? pick(dim) : "''"} as ${COLUMNS[dim]}`).join(", "));
  const groupBy = query.by.length ? sql.raw(`group by ${query.by.map((dim) => COLUMNS[dim]).join(", ")}`) : sql``;
  if (query.sources?.length === 0) return [];
  const cells = (table: string) =>
    sql`from ${sql.raw(table)} c where ${sql.raw(table === "shared_job_cells" ? "c.spread = 1 and " : "")}c.framework in (${list(frameworks)}) and c.use_case in (${list(useCases)}) and ${scope("c.")} ${groupBy}`;
  const rows = db.all<JobCellRow>(sql`
    with counts as (
      select ${dims((dim) => `c.${COLUMNS[dim]}`)}, sum(c.postings) as postings, sum(c.single_jobs + c.confined_jobs) as jobs ${cells("posting_cells")}
      union all
      select ${dims((dim) => `c.${COLUMNS[dim]}`)}, 0, count(distinct c.group_id) ${cells("shared_job_cells")}
    )
    select month, source, framework, use_case as useCase, coalesce(sum(postings), 0) as postings, coalesce(sum(jobs), 0) as jobs
    from counts ${groupBy} ${query.by.length ? sql.raw(`order by ${query.by.map((dim) => COLUMNS[dim]).join(", ")}`) : sql``}`);
  return rows.filter((row) => row.postings > 0);
}
