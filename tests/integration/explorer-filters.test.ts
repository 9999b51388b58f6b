import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPostings, listPostings, postingFilterSchema, type PostingFilter } from "@/db/queries/postings";
import { sourcesOfFilter } from "@/lib/trends/source-groups";
import { seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

// The explorer's count and pages over the real scrape of the recorded web, whichever filter a query
// starts from (explorer-driver.ts, the company rollup of migration 0013), against plain SQL over the postings.

let temp: ReturnType<typeof createTempDb>;
beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
}, 120_000);
afterAll(() => temp.cleanup());

const ORDER: Record<PostingFilter["sort"], string> = {
  newest: "posted_at desc, id desc",
  relevance: "posted_at desc, id desc",
  oldest: "posted_at asc, id asc",
  salary: "salary_usd_max desc nulls last, id desc",
  company: "company is null, company collate nocase, id desc",
};

function oracle(filter: PostingFilter): { postings: number; jobs: number; ids: number[] } {
  const where: string[] = ["1"];
  const params: Array<string | number> = [];
  const label = (table: string, column: string, value: string | undefined) => {
    if (!value) return;
    where.push(`exists (select 1 from ${table} x where x.posting_id = p.id and x.${column} = ?)`);
    params.push(value);
  };
  const column = (condition: string, value: string | number | undefined) => {
    if (value === undefined) return;
    where.push(condition);
    params.push(value);
  };
  label("posting_frameworks", "framework", filter.framework);
  label("posting_use_cases", "use_case", filter.useCase);
  label("posting_roles", "role", filter.role);
  label("posting_countries", "country", filter.country);
  column("p.seniority = ?", filter.seniority);
  column("p.remote = ?", filter.remote);
  if (filter.source) where.push(`p.source in (${sourcesOfFilter(filter.source).map((s) => `'${s}'`).join(", ")})`);
  if (filter.company && filter.companyMatch === "exact") column("p.company = ?", filter.company);
  if (filter.company && filter.companyMatch === "contains") column("p.company like ? escape '\\'", `%${filter.company.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  column("p.salary_usd_max >= ?", filter.salaryMin);
  column("p.salary_usd_min <= ?", filter.salaryMax);
  column("p.month >= ?", filter.from);
  column("p.month <= ?", filter.to);
  if (filter.status !== "all") where.push(filter.status === "open" ? "p.closed_at is null" : "p.closed_at is not null");
  const scope = `from postings p where ${where.join(" and ")}`;
  const sqlite = temp.db.$client;
  const counted = sqlite.prepare(`select count(*) as postings, count(distinct coalesce(group_id, id)) as jobs ${scope}`).get(...params) as { postings: number; jobs: number };
  const ids = sqlite.prepare(`select id ${scope} order by ${ORDER[filter.sort]} limit 25 offset ${(filter.page - 1) * 25}`).pluck().all(...params) as number[];
  return { ...counted, ids };
}

const FILTERS: Array<Partial<PostingFilter>> = [
  { company: "a" },
  { company: "a", sort: "company", page: 2 },
  { company: "ai", framework: "pytorch" },
  { company: "e", seniority: "senior", sort: "oldest" },
  { company: "a", status: "open", sort: "salary" },
  { company: "a", country: "US", source: "hn" },
  { company: "Injection Labs", companyMatch: "exact" },
  { company: "Injection Labs", companyMatch: "exact", framework: "pytorch" },
  { role: "ml_engineer" },
  { role: "ml_engineer", country: "US" },
  { role: "software_engineer", country: "US", sort: "salary", page: 2 },
  { country: "US" },
  { country: "US", from: "2026-01", source: "boards" },
  { country: "GB", remote: "remote", sort: "oldest" },
  { role: "ml_engineer", country: "US", seniority: "senior", sort: "salary" },
  { useCase: "nlp_llm", framework: "pytorch", role: "ml_engineer" },
  { framework: "pytorch", salaryMin: 100_000, sort: "salary" },
];

describe("explorer filters", () => {
  it("the real scrape has postings for the filters compared", () => {
    const matched = FILTERS.filter((values) => oracle(postingFilterSchema.parse(values)).postings > 0).length;
    expect(matched).toBeGreaterThanOrEqual(FILTERS.length - 3);
  });

  it.each(FILTERS.map((values) => [JSON.stringify(values), values] as const))("%s: count and page as the postings say", (_name, values) => {
    const filter = postingFilterSchema.parse(values);
    const expected = oracle(filter);
    expect(countPostings(temp.db, filter)).toEqual({ postings: expected.postings, jobs: expected.jobs });
    expect(listPostings(temp.db, filter).map((row) => row.id)).toEqual(expected.ids);
  });
});
