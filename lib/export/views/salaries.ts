import "server-only";
import { parseSalaryParams, salaryParamsSchema, type SalaryParams } from "@/app/salaries/search-params";
import { ANY_FRAMEWORK, getSalaryBands, listSalarySurveyYears, SALARY_ORIGINS, type SalaryBand, type SalaryOrigin } from "@/db/queries/salaries";
import { listSurveyYears } from "@/db/queries/supply";
import { strictRaw, withoutProblems } from "@/lib/api/search-params";
import { surveyCaveat, type SurveySource } from "@/lib/caveats";
import { defineView } from "../view";

const ORIGIN_SOURCE: Record<SalaryOrigin, { source: string; unit: string; survey: SurveySource | null }> = {
  posted: { source: "postings", unit: "jobs with posted pay", survey: null },
  survey: { source: "so-survey", unit: "respondents who stated pay", survey: "so-survey" },
  "salary-survey": { source: "aijobs-salaries", unit: "salary reports", survey: "aijobs-salaries" },
};

const money = (value: number | null) => (value === null ? null : Math.round(value));
const filterOf = (params: SalaryParams) => ({ origin: params.origin, framework: params.framework, role: params.role, seniority: params.seniority, region: params.region, year: params.year });
const originsOf = (params: SalaryParams) => (params.origin ? [params.origin] : [...SALARY_ORIGINS]);

export const salariesView = defineView<SalaryParams, SalaryBand>({
  name: "salaries",
  title: "yearly pay bands (p10 to p90) per origin and framework; origins and currencies never pooled; thin bands suppressed",
  parse: (raw) => {
    const given = strictRaw(salaryParamsSchema, raw);
    return (db) => {
      const years = [...new Set([...listSurveyYears(db), ...listSalarySurveyYears(db)])].sort((a, b) => b - a);
      return withoutProblems(parseSalaryParams(given, years));
    };
  },
  columns: [
    { key: "origin", header: "origin" },
    { key: "year", header: "survey_year" },
    { key: "framework", header: "framework" },
    { key: "role", header: "role" },
    { key: "seniority", header: "seniority" },
    { key: "region", header: "region" },
    { key: "currency", header: "currency" },
    { key: "n", header: "n" },
    { key: "suppressed", header: "suppressed" },
    { key: "p10", header: "p10" },
    { key: "p25", header: "p25" },
    { key: "p50", header: "p50" },
    { key: "p75", header: "p75" },
    { key: "p90", header: "p90" },
  ],
  filters: (params) => ({ ...filterOf(params), split: params.split }),
  // Each origin's n as its card on /salaries states it: the selected framework (or any), unsplit.
  sourceMix: (db, params) => {
    const totals = getSalaryBands(db, { ...filterOf(params), framework: params.framework ?? ANY_FRAMEWORK, by: [] });
    return originsOf(params).map((origin) => ({ ...ORIGIN_SOURCE[origin], count: totals.filter((band) => band.origin === origin).reduce((sum, band) => sum + band.n, 0) }));
  },
  caveat: (params) => {
    const surveys = originsOf(params).flatMap((origin) => ORIGIN_SOURCE[origin].survey ?? []);
    return surveys.length ? surveyCaveat(surveys) : null;
  },
  open: (db, params) => {
    const bands = getSalaryBands(db, { ...filterOf(params), by: params.split ? [params.split] : [] });
    return { rows: bands.map((band) => ({ ...band, p10: money(band.p10), p25: money(band.p25), p50: money(band.p50), p75: money(band.p75), p90: money(band.p90) })).values() };
  },
});
