// The explorer's question (count, distinct jobs, one sorted page) in DuckDB SQL: the same
// conditions and ordering as db/queries/postings.ts `conditions` and `ordering`.
import { PAGE_SIZE, type PostingFilter } from "@/db/queries/postings";
import { inFilter, lit, months, where } from "./sql-text";

const labelled = (table: string, column: string, value: string) => `exists (select 1 from ${table} x where x.posting_id = p.id and x.${column} = ${lit(value)})`;

export function explorerSql(filter: PostingFilter): string[] {
  const scope = where([
    filter.framework && labelled("posting_frameworks", "framework", filter.framework),
    filter.useCase && labelled("posting_use_cases", "use_case", filter.useCase),
    filter.role && labelled("posting_roles", "role", filter.role),
    filter.country && labelled("posting_countries", "country", filter.country),
    filter.seniority && `p.seniority = ${lit(filter.seniority)}`,
    filter.remote && `p.remote = ${lit(filter.remote)}`,
    filter.source && `p.${inFilter(filter.source)}`,
    filter.company && `p.company ilike ${lit(`%${filter.company}%`)}`,
    filter.salaryMin !== undefined && `p.salary_usd_max >= ${filter.salaryMin}`,
    filter.salaryMax !== undefined && `p.salary_usd_min <= ${filter.salaryMax}`,
    ...months(filter, "p.month"),
    filter.status === "open" ? "p.closed_at is null" : filter.status === "closed" ? "p.closed_at is not null" : undefined,
  ]);
  const order = {
    newest: "p.posted_at desc, p.id desc",
    relevance: "p.posted_at desc, p.id desc",
    oldest: "p.posted_at asc, p.id asc",
    salary: "p.salary_usd_max desc nulls last, p.id desc",
    company: "lower(p.company) asc nulls last, p.id desc",
  }[filter.sort];
  return [
    `select count(*), count(distinct coalesce(p.group_id, p.id)) from postings p ${scope}`,
    `select p.id, p.title, p.company, p.source, p.month, p.posted_at, p.location_text, p.seniority, p.remote, p.salary_usd_min, p.salary_usd_max, p.closed_at,
       (select string_agg(framework, ',') from posting_frameworks f where f.posting_id = p.id) as frameworks
     from postings p ${scope} order by ${order} limit ${PAGE_SIZE} offset ${(filter.page - 1) * PAGE_SIZE}`,
  ];
}
