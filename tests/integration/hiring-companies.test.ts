import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { getTopHiringCompanies, type HiringFilter } from "@/db/queries/hiring-companies";
import { countPostings } from "@/db/queries/postings";
import { parsePostingsParams } from "@/app/postings/search-params";
import { companyPostingsHref } from "@/lib/ui/drilldown";
import type { Framework } from "@/lib/taxonomy";
import { SEED_NOW, seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

// Company names as scrapers hand them over: quotes, markup and an ampersand, each to come back verbatim.
const QUOTED = `O'Reilly "Deep" Labs`;
const MARKUP = `<b onmouseover="alert(1)">Bold</b> & Co`;
// One name inside another: a link by part of the name would open both companies' jobs.
const SHORT = "Metalab";
const LONGER = "Metalab Robotics";

let temp: ReturnType<typeof createTempDb>;

function job(sourceId: string, company: string, frameworks: Framework[], applyUrl: string): IngestItem {
  const title = `Research Engineer ${sourceId}`;
  return {
    sourceId,
    url: `https://boards.example.test/${sourceId}`,
    record: { id: sourceId },
    month: "2026-02",
    postedAt: "2026-02-10T09:00:00.000Z",
    posting: {
      company, title, description: `${title}: ${frameworks.join(", ")}`, locationText: null, applyUrl,
      frameworks: frameworks.map((framework) => ({ framework, context: "required" as const, snippet: framework })),
      roles: [], useCases: [], countries: [], seniority: "unspecified", remote: "unspecified", salary: null,
    },
  };
}

const ingest = (source: string, items: IngestItem[]) => ingestBatch(temp.db, { source, runId: null, fetchedAt: SEED_NOW.toISOString(), validators: [], items });

beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
  // Three postings, two jobs: the same apply URL on two boards is one job. Plus an unnamed company.
  ingest("greenhouse", [job("q1", QUOTED, ["pytorch", "tensorflow"], "https://jobs.example.test/q/1"), job("m1", MARKUP, ["pytorch"], "https://jobs.example.test/m/1"), job("n1", "  ", ["pytorch"], "https://jobs.example.test/n/1")]);
  ingest("ashby", [job("s1", SHORT, ["jax"], "https://jobs.example.test/s/1"), job("l1", LONGER, ["jax"], "https://jobs.example.test/l/1"), job("l2", LONGER, ["jax"], "https://jobs.example.test/l/2")]);
  ingest("lever", [job("q1-lever", QUOTED, ["pytorch", "tensorflow"], "https://jobs.example.test/q/1"), job("q2", QUOTED, ["pytorch"], "https://jobs.example.test/q/2")]);
});

afterAll(() => temp?.cleanup());

type Count = { company: string; jobs: number };

/** The same table by hand: every (company, job) pair read with plain SQL, counted and ranked here. */
function countedIndependently(filter: HiringFilter): { jobs: number; companies: number; ranked: Count[] } {
  const pairs = temp.db.$client
    .prepare(
      `select distinct p.company as company, ifnull(p.group_id, p.id) as job
       from postings p
       where exists (select 1 from posting_frameworks pf where pf.posting_id = p.id and pf.framework = ?)
         and p.month >= ? and p.month <= ?`,
    )
    .all(filter.framework, filter.from ?? "0000-00", filter.to ?? "9999-99") as Array<{ company: string | null; job: number }>;
  const perCompany = new Map<string, Set<number>>();
  for (const { company, job } of pairs) {
    if (company === null || company.trim() === "") continue;
    perCompany.set(company, (perCompany.get(company) ?? new Set()).add(job));
  }
  const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ranked = [...perCompany]
    .map(([company, jobs]) => ({ company, jobs: jobs.size }))
    .sort((a, b) => b.jobs - a.jobs || byCode(asciiLower(a.company), asciiLower(b.company)) || byCode(a.company, b.company));
  return { jobs: new Set(pairs.map((p) => p.job)).size, companies: perCompany.size, ranked };
}

describe("who is hiring: the top companies by distinct jobs mentioning a framework", () => {
  it.each([
    { framework: "pytorch" as const },
    { framework: "tensorflow" as const },
    { framework: "pytorch" as const, from: "2026-01" },
    { framework: "tensorflow" as const, from: "2018-01", to: "2018-12" },
    { framework: "pytorch" as const, from: "2026-02", to: "2026-02" },
  ])("equals a count written by hand for %j", (filter) => {
    const want = countedIndependently(filter);
    const got = getTopHiringCompanies(temp.db, filter);
    expect(want.ranked.length).toBeGreaterThan(1);
    expect(got.top).toEqual(want.ranked.slice(0, 10));
    expect({ jobs: got.jobs, companies: got.companies }).toEqual({ jobs: want.jobs, companies: want.companies });
  });

  it("counts a job once however many boards carry it, and returns names verbatim", () => {
    const month = getTopHiringCompanies(temp.db, { framework: "pytorch", from: "2026-02", to: "2026-02" });
    expect(month.top.slice(0, 2)).toEqual([
      { company: QUOTED, jobs: 2 },
      { company: MARKUP, jobs: 1 },
    ]);
    expect(month.top.some((row) => row.company.trim() === "")).toBe(false);
    // The unnamed company's job is in the table's n, not in its rows.
    expect(month.jobs).toBe(month.top.reduce((sum, row) => sum + row.jobs, 0) + 1);
    expect(getTopHiringCompanies(temp.db, { framework: "tensorflow", from: "2026-02", to: "2026-02" }).top).toEqual([{ company: QUOTED, jobs: 1 }]);
  });

  it("stops at the limit on the whole seeded data", () => {
    const all = getTopHiringCompanies(temp.db, { framework: "pytorch" });
    expect(all.companies).toBeGreaterThan(10);
    expect(all.top).toHaveLength(10);
    expect(getTopHiringCompanies(temp.db, { framework: "pytorch", limit: 3 }).top).toEqual(all.top.slice(0, 3));
  });

  it("links each row to exactly the jobs it counts, even when its name is part of another's", () => {
    const jax = getTopHiringCompanies(temp.db, { framework: "jax", from: "2026-02", to: "2026-02" });
    expect(jax.top).toEqual([
      { company: LONGER, jobs: 2 },
      { company: SHORT, jobs: 1 },
    ]);
    for (const table of [jax, getTopHiringCompanies(temp.db, { framework: "pytorch", from: "2026-02", to: "2026-02" })]) {
      for (const row of table.top) {
        const href = companyPostingsHref({ framework: table.framework, company: row.company, from: "2026-02", to: "2026-02" });
        const { values, problems } = parsePostingsParams(Object.fromEntries(new URL(href, "http://pulse.test").searchParams));
        expect(problems).toEqual([]);
        expect(countPostings(temp.db, values).jobs, `${row.company} via ${href}`).toBe(row.jobs);
      }
    }
    // The part-of-the-name filter still finds both, as the search form promises.
    const contains = parsePostingsParams({ framework: "jax", company: SHORT, from: "2026-02", to: "2026-02" }).values;
    expect(countPostings(temp.db, contains).jobs).toBe(3);
  });
});
