import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";

// Distinct jobs (duplicate groups) and postings from the rollups of migration 0008, exactly as
// count(distinct coalesce(group_id, id)) over the postings would say: a group of one posting is
// summed from posting_cells; the few groups of two or more are counted from their postings.

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
  // For postings ("+p."): filters on the two or three rows of a group, not a seek per source and group.
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
  const rows = db.all<JobCellRow>(sql`
    with shared as materialized (
      -- cross join: from the few groups of two or more (job_group_sizes_shared_idx) to their postings, never the other way
      select p.id, p.group_id as job, p.month, p.source from job_group_sizes g cross join postings p on p.group_id = g.group_id
      where g.members > 1 and ${scope("+p.")}
      union all
      select p.id, p.id, p.month, p.source from job_group_sizes g cross join postings p on p.id = g.group_id
      where g.members > 1 and p.group_id is null and ${scope("+p.")}
    ),
    shared_fw (id, job, month, source, framework) as (${labelArms(frameworks, "shared", "posting_frameworks", "framework")}),
    shared_cells (id, job, month, source, framework, use_case) as (${labelArms(useCases, "shared_fw", "posting_use_cases", "use_case")}),
    counts as (
      select ${dims((dim) => `c.${COLUMNS[dim]}`)}, sum(c.postings) as postings, sum(c.single_jobs) as jobs
      from posting_cells c
      where c.framework in (${list(frameworks)}) and c.use_case in (${list(useCases)}) and ${scope("c.")}
      ${groupBy}
      union all
      select ${dims((dim) => `s.${COLUMNS[dim]}`)}, 0, count(distinct s.job)
      from shared_cells s
      ${groupBy}
    )
    select month, source, framework, use_case as useCase, coalesce(sum(postings), 0) as postings, coalesce(sum(jobs), 0) as jobs
    from counts ${groupBy} ${query.by.length ? sql.raw(`order by ${query.by.map((dim) => COLUMNS[dim]).join(", ")}`) : sql``}`);
  return rows.filter((row) => row.postings > 0);
}

/** The rows of `from` once per cell label of one kind: '*', '+' when the posting has any, and each named label it has. */
function labelArms(labels: readonly string[], from: "shared" | "shared_fw", table: "posting_frameworks" | "posting_use_cases", column: "framework" | "use_case"): SQL {
  const carried = from === "shared" ? "s.id, s.job, s.month, s.source" : "s.id, s.job, s.month, s.source, s.framework";
  const named = labels.filter((label) => label !== ANY_LABEL && label !== SOME_LABEL);
  const arms = [
    labels.includes(ANY_LABEL) && sql.raw(`select ${carried}, '${ANY_LABEL}' as ${column} from ${from} s`),
    labels.includes(SOME_LABEL) && sql.raw(`select ${carried}, '${SOME_LABEL}' from ${from} s where exists (select 1 from ${table} x where x.posting_id = s.id)`),
    named.length > 0 && sql`select ${sql.raw(carried)}, x.${sql.raw(column)} from ${sql.raw(from)} s join ${sql.raw(table)} x on x.posting_id = s.id where x.${sql.raw(column)} in (${list(named)})`,
  ].filter((arm): arm is SQL => arm !== false);
  return arms.length ? sql.join(arms, sql` union all `) : sql.raw(`select ${carried}, null from ${from} s where 0`);
}
