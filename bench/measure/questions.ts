// Every dashboard question the pages ask, as our query function (the one the page calls) and as
// the same question in DuckDB SQL over the same rows. Each has a few realistic filter cases; a
// run cycles through them. `duck: null`: no DuckDB counterpart here (the reason is in `note`).
import type { Db } from "@/db/client";
import { getClaimsEvidence } from "@/db/queries/claims";
import { getDemandSupply } from "@/db/queries/demand-supply";
import { defaultPeriod, getOverviewTiles } from "@/db/queries/overview";
import { getPostingFilterOptions } from "@/db/queries/posting-detail";
import { countPostings, listPostings, postingFilterSchema } from "@/db/queries/postings";
import { getRecommendationEvidence } from "@/db/queries/recommendation";
import { getSalaryBands } from "@/db/queries/salaries";
import { getSupply, listSurveyYears } from "@/db/queries/supply";
import { getGroupMonthlyFrameworkCounts, getGroupSourceStarts } from "@/db/queries/trends";
import { getFrameworkTotals, getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals, type UseCaseFilter } from "@/db/queries/use-cases";
import { claimsFilterSchema } from "@/db/queries/claims";
import { situationSchema } from "@/lib/recommend/situation";
import type { SourceGroup } from "@/lib/trends/source-groups";
import { explorerSql } from "./explorer-sql";
import { inFilter, inGroup, lit, months, where } from "./sql-text";

export type Span = { first: string; last: string; surveyYear: number | null };
export type Question<C> = { name: string; cases: C[]; ours: (db: Db, c: C) => unknown; duck: ((c: C) => string[]) | null; note?: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a heterogeneous list; each entry is typed where it is built
export type AnyQuestion = Question<any>;

const shift = (month: string, by: number) => {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
};

function trends(group: SourceGroup, span: Span): AnyQuestion {
  const cases = [{}, { from: shift(span.last, -11), to: span.last }, { from: shift(span.last, -35), to: shift(span.last, -12) }];
  return {
    name: `trends: ${group} monthly framework counts`,
    cases,
    ours: (db, c: { from?: string; to?: string }) => {
      getGroupMonthlyFrameworkCounts(db, { group, ...c });
      return getGroupSourceStarts(db, { group });
    },
    duck: (c: { from?: string; to?: string }) => {
      const scope = where([inGroup(group), ...months(c, "p.month")]);
      return [
        `select month, count(distinct coalesce(group_id, id)) from postings p ${scope} group by month order by month`,
        `select p.month, f.framework, count(distinct coalesce(p.group_id, p.id)) from posting_frameworks f join postings p on p.id = f.posting_id ${scope} group by 1, 2 order by 1, 2`,
        `select source, min(month) from postings where ${inGroup(group)} group by source order by 2`,
      ];
    },
  };
}

function overview(span: Span): AnyQuestion {
  const cases = [{}, { from: shift(span.last, -5), to: span.last }];
  return {
    name: "overview: tiles and HN chart",
    cases,
    ours: (db, c: { from?: string; to?: string }) => {
      const period = defaultPeriod(db, c);
      getGroupMonthlyFrameworkCounts(db, { group: "hn", ...c });
      return period ? getOverviewTiles(db, period) : null;
    },
    duck: (c: { from?: string; to?: string }) => {
      const to = c.to ?? span.last;
      const from = c.from ?? shift(to, -11);
      const length = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
      const prevFrom = shift(from, -length);
      const hn = where([inGroup("hn"), ...months(c, "p.month")]);
      return [
        "select max(month) from postings",
        `select month, count(distinct coalesce(group_id, id)) from postings p ${hn} group by month order by month`,
        `select p.month, f.framework, count(distinct coalesce(p.group_id, p.id)) from posting_frameworks f join postings p on p.id = f.posting_id ${hn} group by 1, 2`,
        `select f.framework, count(distinct case when p.month >= ${lit(from)} then coalesce(p.group_id, p.id) end), count(distinct case when p.month < ${lit(from)} then coalesce(p.group_id, p.id) end)
         from posting_frameworks f join postings p on p.id = f.posting_id where p.month between ${lit(prevFrom)} and ${lit(to)} group by 1`,
        `select count(distinct coalesce(p.group_id, p.id)) from posting_frameworks f join postings p on p.id = f.posting_id where p.month between ${lit(from)} and ${lit(to)}`,
        `with pay as (select id, salary_currency as currency, (salary_annual_min + salary_annual_max) / 2.0 as value,
           row_number() over (partition by coalesce(group_id, id), salary_currency order by id) as k
           from postings where salary_annual_min is not null and salary_annual_max is not null and salary_currency is not null and month between ${lit(from)} and ${lit(to)})
         select f.framework, pay.currency, count(*), quantile_cont(value, [0.1, 0.25, 0.5, 0.75, 0.9]) from pay join posting_frameworks f on f.posting_id = pay.id where k = 1 group by 1, 2`,
        surveyShares(span.surveyYear, ""),
      ];
    },
  };
}

function surveyShares(year: number | null, by: string): string {
  const cells = by ? `${by}, ` : "";
  return `with r as (select id${by ? `, coalesce(${by}, 'unknown') as ${by}` : ""} from survey_responses where source = 'so-survey' and year = ${year ?? 0}),
    s as (select ${cells}count(*) as sample from r ${by ? `group by ${by}` : ""})
    select ${by ? `s.${by}, ` : ""}f.framework, count(distinct r.id) as users, any_value(s.sample) from r join survey_response_frameworks f on f.survey_response_id = r.id
    ${by ? `join s on s.${by} = r.${by}` : "cross join s"} where f.relation = 'used' group by ${by ? `s.${by}, ` : ""}f.framework`;
}

const EXPLORER_CASES = [
  {},
  { framework: "pytorch" },
  { framework: "tensorflow", source: "boards", from: "2025-01" },
  { seniority: "senior", remote: "remote", sort: "oldest" },
  { salaryMin: 150_000, sort: "salary" },
  { role: "ml_engineer", country: "US" },
  { useCase: "nlp_llm", framework: "pytorch", page: 3 },
  { company: "a", sort: "company", page: 40 },
  { company: "ai", country: "US" },
].map((raw) => postingFilterSchema.parse(raw));

const explorer: AnyQuestion = {
  name: "postings: explorer count + page",
  cases: EXPLORER_CASES,
  ours: (db, c) => [countPostings(db, c), listPostings(db, c)],
  duck: explorerSql,
};

const search: AnyQuestion = {
  name: "postings: full-text search count + page",
  cases: ["pytorch", "computer vision", "\"machine learning\" remote", "rust", "tensorflow serving"].map((q) => postingFilterSchema.parse({ q, sort: "relevance" })),
  ours: (db, c) => [countPostings(db, c), listPostings(db, c)],
  duck: null,
  note: "FTS5 index vs no text index loaded in DuckDB",
};

const filterOptions: AnyQuestion = {
  name: "postings: filter options",
  cases: [{}],
  ours: (db) => getPostingFilterOptions(db),
  duck: () => [
    "select source, count(*) from postings group by source order by source",
    "select country, count(distinct posting_id) from posting_countries group by country order by country",
    "select company, count(*) from postings where company is not null and company != '' group by company order by 2 desc, 1 limit 200",
  ],
};

function matrixOfUseCases(span: Span): AnyQuestion {
  const cases: UseCaseFilter[] = [{}, { source: "boards" }, { source: "hn", from: shift(span.last, -23), to: span.last }];
  return {
    name: "use-cases: matrix, totals, coverage",
    cases,
    ours: (db, c: UseCaseFilter) => [getUseCaseFrameworkCells(db, c), getUseCaseTotals(db, c), getFrameworkTotals(db, c), getUseCaseCoverage(db, c)],
    duck: (c: UseCaseFilter) => {
      const scope = where([c.source && inFilter(c.source), ...months(c, "p.month")]);
      const job = "coalesce(p.group_id, p.id)";
      const anyFw = "exists (select 1 from posting_frameworks x where x.posting_id = p.id)";
      const anyUc = "exists (select 1 from posting_use_cases x where x.posting_id = p.id)";
      return [
        `select u.use_case, f.framework, count(distinct ${job}) from posting_use_cases u join postings p on p.id = u.posting_id join posting_frameworks f on f.posting_id = p.id ${scope} group by 1, 2`,
        `select u.use_case, count(distinct ${job}), count(distinct case when ${anyFw} then ${job} end) from posting_use_cases u join postings p on p.id = u.posting_id ${scope} group by 1`,
        `select f.framework, count(distinct ${job}), count(distinct case when ${anyUc} then ${job} end) from posting_frameworks f join postings p on p.id = f.posting_id ${scope} group by 1`,
        `select count(distinct ${job}), count(distinct case when ${anyUc} then ${job} end), count(distinct case when ${anyFw} then ${job} end), count(distinct case when ${anyUc} and ${anyFw} then ${job} end) from postings p ${scope}`,
      ];
    },
  };
}

function postedBands(span: Span): AnyQuestion {
  const cases = [{ by: ["role"] }, { by: ["seniority"], framework: "pytorch" }, { by: [], from: shift(span.last, -11), to: span.last }] as const;
  return {
    name: "salaries: posted pay bands",
    cases: [...cases],
    ours: (db, c: { by: Array<"role" | "seniority">; framework?: "pytorch"; from?: string; to?: string }) => getSalaryBands(db, { origin: "posted", ...c, by: [...c.by] }),
    duck: (c: { by: readonly string[]; framework?: string; from?: string; to?: string }) => {
      const cell = c.by.includes("role") ? "coalesce(pr.role, 'unknown')" : c.by.includes("seniority") ? "pay.seniority" : "'all'";
      const pay = `select id, coalesce(group_id, id) as job, seniority, salary_currency as currency, (salary_annual_min + salary_annual_max) / 2.0 as value,
          row_number() over (partition by coalesce(group_id, id), salary_currency order by id) as k
        from postings ${where(["salary_annual_min is not null and salary_annual_max is not null and salary_currency is not null", ...months(c)])}`;
      const frameworkPart = `select distinct pay.job, f.framework, ${cell} as cell, pay.currency, pay.value from pay join posting_frameworks f on f.posting_id = pay.id
        left join posting_roles pr on pr.posting_id = pay.id where pay.k = 1${c.framework ? ` and f.framework = ${lit(c.framework)}` : ""}`;
      const anyPart = `select distinct pay.job, 'any' as framework, ${cell} as cell, pay.currency, pay.value from pay left join posting_roles pr on pr.posting_id = pay.id where pay.k = 1`;
      return [
        `with pay as (${pay}), cells as (${c.framework ? frameworkPart : `${frameworkPart} union all ${anyPart}`})
         select framework, cell, currency, count(*), quantile_cont(value, [0.1, 0.25, 0.5, 0.75, 0.9]) from cells group by 1, 2, 3`,
      ];
    },
  };
}

function supply(span: Span): AnyQuestion {
  const cases = [{ by: [] as Array<"region" | "role"> }, { by: ["region"] as Array<"region" | "role"> }, { by: ["role"] as Array<"region" | "role"> }];
  return {
    name: "talent: survey supply (used)",
    cases,
    ours: (db, c: { by: Array<"region" | "role"> }) => getSupply(db, { relation: "used", by: c.by }),
    duck: (c: { by: string[] }) => ["select distinct year from survey_responses where source = 'so-survey' order by year desc", surveyShares(span.surveyYear, c.by[0] ?? "")],
  };
}

const opaque = <C>(name: string, cases: C[], ours: (db: Db, c: C) => unknown, note: string): Question<C> => ({ name, cases, ours, duck: null, note });

export function dashboardQuestions(span: Span): AnyQuestion[] {
  return [
    overview(span),
    trends("hn", span),
    trends("boards", span),
    explorer,
    search,
    filterOptions,
    matrixOfUseCases(span),
    postedBands(span),
    supply(span),
    opaque("talent: demand-supply index", [{ by: [] }, { by: ["role"] }, { by: ["region"] }], (db, c: { by: Array<"role" | "region"> }) => {
      const year = listSurveyYears(db)[0];
      return year === undefined ? [] : getDemandSupply(db, { year, by: c.by });
    }, "two sides (postings, survey) with Wilson intervals: no single-SQL counterpart written"),
    opaque("recommendations: evidence", [situationSchema.parse({})], (db, c) => getRecommendationEvidence(db, c), "many small decisions in lib/recommend: no SQL counterpart"),
    opaque("claims: evidence", [claimsFilterSchema.parse({})], (db, c) => getClaimsEvidence(db, c), "verdicts in lib/claims: no SQL counterpart"),
  ];
}
