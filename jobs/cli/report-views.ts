import { z } from "zod";
import type { Db } from "@/db/client";
import { BREAKDOWNS, breakdownsSchema } from "@/db/queries/market-filter";
import { getSalaryBands, MIN_BAND_N, SALARY_ORIGIN_NOTES, salaryFilterSchema, type SalaryBand } from "@/db/queries/salaries";
import { getSupply, supplyFilterSchema, type SupplyRow } from "@/db/queries/supply";
import { getMonthlyFrameworkCounts, trendFilterSchema } from "@/db/queries/trends";
import { surveyCaveat } from "@/lib/caveats";
import { FRAMEWORKS } from "@/lib/taxonomy";

// The views of `npm run report`: each with its own options (zod, strict: an option of another view
// is an error), the CSV columns it writes, and the comment lines a survey-derived export carries.

export const FORMATS = ["csv", "json", "table"] as const;
const format = z.enum(FORMATS).default("table");

export type Format = (typeof FORMATS)[number];
export type ViewOutput = { rows: object[]; columns: Array<{ key: string; header: string }>; comments: string[] };
/** A view's options checked, ready to run against a database. */
export type ReportView = { usage: string; parse(options: Record<string, unknown>): { format: Format; run(db: Db): ViewOutput } };

function view<S extends z.ZodType<{ format: Format }>>(usage: string, schema: S, run: (db: Db, args: z.output<S>) => ViewOutput): ReportView {
  const name = usage.split(" ")[0];
  return {
    usage,
    parse(options) {
      const parsed = schema.safeParse(options);
      if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => problem(name, issue)).join("; "));
      const args = parsed.data;
      return { format: args.format, run: (db) => run(db, args) };
    },
  };
}
function problem(view: string | undefined, issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `${issue.keys.map((key) => `--${key}`).join(", ")} is not an option of ${view}`;
  return `--${issue.path[0] === undefined ? "options" : String(issue.path[0])}: ${issue.message}`;
}
const columnsOf = (keys: readonly string[]) => keys.map((key) => ({ key, header: key }));

const round = (digits: number) => (value: number | null) => (value === null ? null : Number(value.toFixed(digits)));
const share = round(4);
const money = round(0);

const trends = view("trends [--source hn] [--from YYYY-MM] [--to YYYY-MM]", trendFilterSchema.extend({ format }).strict(), (db, args) => ({
  rows: getMonthlyFrameworkCounts(db, args),
  columns: columnsOf(["month", "postings", ...FRAMEWORKS]),
  comments: [],
}));

// CSV rows have no seniority column: seniority is a filter here, never a split.
const supplyArgs = supplyFilterSchema.extend({ by: breakdownsSchema(["role", "region"]).default(["role", "region"]), format }).strict();

const supply = view(
  "supply [--year YYYY] [--framework F] [--role R] [--seniority S] [--region G] [--relation used|wanted] [--by role,region]",
  supplyArgs,
  (db, args) => {
    const rows = getSupply(db, args).map((row: SupplyRow) => ({ ...row, share: share(row.share), share_low: share(row.shareLow), share_high: share(row.shareHigh) }));
    const year = rows[0]?.year;
    return {
      rows,
      columns: columnsOf(["source", "year", "framework", "role", "region", "respondents", "share", "share_low", "share_high"]),
      comments: [
        surveyCaveat(["so-survey"]),
        `Stack Overflow Developer Survey ${year ?? "(no year stored)"}; respondents who ${args.relation === "used" ? "used the framework in the past year" : "want to work with it next year"}; ` +
          `share = respondents / every respondent of the year in the same role and region${args.seniority ? ` (seniority ${args.seniority})` : ""}; share_low/share_high: 95% Wilson interval.`,
      ],
    };
  },
);

const salaryArgs = salaryFilterSchema.extend({ by: breakdownsSchema(BREAKDOWNS).default(["role", "seniority", "region"]), format }).strict();

const salaries = view(
  "salaries [--origin posted|survey|salary-survey] [--year YYYY] [--framework F|any] [--role R] [--seniority S] [--region G] [--from YYYY-MM] [--to YYYY-MM] [--source S] [--by role,seniority,region]",
  salaryArgs,
  (db, args) => {
    const bands = getSalaryBands(db, args);
    const rows = bands.map(({ suppressed: _s, year: _y, p10, p25, p50, p75, p90, ...band }: SalaryBand) => ({ ...band, p10: money(p10), p25: money(p25), p50: money(p50), p75: money(p75), p90: money(p90) }));
    const years = new Map(bands.map((band) => [band.origin, band.year]));
    const origins = args.origin ? [args.origin] : (["posted", "survey", "salary-survey"] as const);
    const surveys = origins.filter((origin) => origin !== "posted");
    return {
      rows,
      columns: columnsOf(["origin", "framework", "role", "seniority", "region", "currency", "n", "p10", "p25", "p50", "p75", "p90"]),
      comments: [
        ...(surveys.length ? [surveyCaveat(surveys.map((origin) => (origin === "survey" ? "so-survey" : "aijobs-salaries")))] : []),
        ...origins.map((origin) => `${origin}${years.get(origin) ? ` ${years.get(origin)}` : ""}: ${SALARY_ORIGIN_NOTES[origin]}`),
        `Percentiles by linear interpolation between closest ranks, rounded to whole units; bands with n below ${MIN_BAND_N} are suppressed (empty percentiles).`,
      ],
    };
  },
);

export const VIEWS: Record<string, ReportView> = { trends, supply, salaries };
