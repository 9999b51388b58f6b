import { ExportLinks } from "@/app/components/export-links";
import { ANY_FRAMEWORK, getSalaryBands, getSalaryBandSets, listSalarySurveyYears, MIN_BAND_N, SALARY_ORIGIN_NOTES, SALARY_ORIGINS, type SalaryBand, type SalaryOrigin } from "@/db/queries/salaries";
import { listSurveyYears } from "@/db/queries/supply";
import { readDb } from "@/db/server-db";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { REGION_LABELS } from "@/lib/geo/regions";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { cellLabel, DIMENSION_LABELS, frameworkLabel } from "@/lib/ui/cell-labels";
import { ANY_FRAMEWORK_COLOR, FRAMEWORK_COLORS } from "@/lib/ui/colors";
import { postingsHref, respondentsHref, salaryReportsHref } from "@/lib/ui/drilldown";
import { optionsOf, ROLE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";
import { marketChartRows } from "@/lib/ui/market-chart-rows";
import type { RawSearchParams } from "@/lib/ui/search-params";
import { ChartCard } from "../components/chart-card";
import { FilterForm } from "../components/filter-form";
import { FrameworkBarChart } from "../components/framework-bar-chart";
import { ParamProblems } from "../components/param-problems";
import { BandTable } from "./band-table";
import { parseSalaryParams, type SalaryParams } from "./search-params";
import { ScrollRegion } from "@/app/components/scroll-region";

export const dynamic = "force-dynamic";

const BAND_FRAMEWORKS = [...FRAMEWORKS, ANY_FRAMEWORK] as const;
const ORIGIN_TITLES: Record<SalaryOrigin, string> = {
  posted: "Posted pay in job ads",
  survey: "Pay of Stack Overflow survey respondents",
  "salary-survey": "ai-jobs.net salary survey",
};
const ORIGIN_UNITS: Record<SalaryOrigin, string> = { posted: "jobs with posted pay", survey: "respondents who stated pay", "salary-survey": "salary reports" };

export default async function SalariesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const { years, params, problems, bands, totals } = await readDb((db) => {
    const years = [...new Set([...listSurveyYears(db), ...listSalarySurveyYears(db)])].sort((a, b) => b - a);
    const { values: params, problems } = parseSalaryParams(raw, years);
    const filter = { origin: params.origin, framework: params.framework, role: params.role, seniority: params.seniority, region: params.region, year: params.year };
    // What each origin rests on: its figures for the selected framework (or any), unsplit. Unsplit
    // bands already hold them: a band of one framework is the same whichever frameworks are asked.
    // Split, both sets come from one read of the job ads.
    const totalsFramework = params.framework ?? ANY_FRAMEWORK;
    if (!params.split) {
      const bands = getSalaryBands(db, { ...filter, by: [] });
      return { years, params, problems, bands, totals: bands.filter((band) => band.framework === totalsFramework) };
    }
    const [bands = [], totals = []] = getSalaryBandSets(db, [
      { ...filter, by: [params.split] },
      { ...filter, framework: totalsFramework, by: [] },
    ]);
    return { years, params, problems, bands, totals };
  });
  const origins = params.origin ? [params.origin] : SALARY_ORIGINS;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Salaries: pay bands per framework</h1>
        <ExportLinks view="salaries" params={raw} />
        <p className="mt-1 text-sm">
          p10, p25, median, p75 and p90 of yearly pay, with the number of figures (n) each band rests on. Job ads and surveys are kept
          apart, and so is every currency: the bands measure different things. A band with fewer than {MIN_BAND_N} figures is not shown as
          numbers. &ldquo;Any framework&rdquo; is every figure of its origin, whatever framework it names, for comparison.
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm action="/salaries" legend="Filter salary bands" testId="salary-filters" fields={filterFields(params, years)} />
      {origins.map((origin) => {
        const originBands = bands.filter((band) => band.origin === origin);
        const n = totals.filter((band) => band.origin === origin).reduce((sum, band) => sum + band.n, 0);
        const total = totals.find((band) => band.origin === origin);
        const year = total?.year ?? originBands[0]?.year;
        return (
          <ChartCard
            key={origin}
            title={`${ORIGIN_TITLES[origin]}${year ? ` (${year})` : ""}`}
            n={n}
            unit={ORIGIN_UNITS[origin]}
            nHref={total ? (surveyRowsHref(total) ?? undefined) : undefined}
            caveat={origin === "posted" ? undefined : SURVEY_CAVEAT}
            testId={`bands-${origin}`}
          >
            <p className="mt-2 text-sm" data-testid={`bands-${origin}-note`}>
              {SALARY_ORIGIN_NOTES[origin]}
            </p>
            <MedianChart bands={originBands} split={params.split} />
            <ScrollRegion label={`${ORIGIN_TITLES[origin]}: pay bands`}>
              <BandTable bands={originBands} split={params.split} hrefOf={(band) => drillDown(band, params)} caveat={origin === "posted" ? undefined : SURVEY_CAVEAT} testId={`bands-${origin}-table`} />
            </ScrollRegion>
          </ChartCard>
        );
      })}
    </div>
  );
}

/** Medians of the USD bands, one colour per framework; other currencies are only in the table. */
function MedianChart({ bands, split }: { bands: SalaryBand[]; split: SalaryParams["split"] }) {
  const usd = bands.filter((band) => band.currency === "USD");
  if (!usd.some((band) => band.p50 !== null)) return <p className="mt-4 text-sm">No band in US dollars has {MIN_BAND_N} or more figures: nothing to chart.</p>;
  const present = BAND_FRAMEWORKS.filter((framework) => usd.some((band) => band.framework === framework));
  const categories = present.map(frameworkLabel);
  const others = bands.some((band) => band.currency !== "USD");
  return (
    <>
      <FrameworkBarChart
        label="Bar chart: median yearly pay in US dollars per framework. Every band, with its n, is in the table below."
        data={marketChartRows(
          usd.map((band) => ({ group: split ? cellLabel(split, band[split]) : "All", series: frameworkLabel(band.framework), value: band.p50 })),
          categories,
        )}
        categories={categories}
        colors={present.map((framework) => (framework === ANY_FRAMEWORK ? ANY_FRAMEWORK_COLOR : FRAMEWORK_COLORS[framework]))}
        value={{ kind: "money", currency: "USD" }}
        emptyLabel={`fewer than ${MIN_BAND_N}: not shown`}
      />
      <p className="mt-1 text-xs text-tremor-content">Median per band in US dollars{others ? "; bands in other currencies are in the table only" : ""}.</p>
    </>
  );
}

/** Survey bands link to their respondents or reports; posted bands to their postings when the explorer can select exactly them (it has no region filter). */
function drillDown(band: SalaryBand, params: SalaryParams): string | null {
  if (band.origin !== "posted") return surveyRowsHref(band);
  if (params.region || band.region !== "all") return null;
  const role = band.role === "all" ? params.role : band.role;
  const seniority = band.seniority === "all" ? params.seniority : band.seniority;
  if (role === "unknown" || seniority === "unknown") return null;
  return postingsHref({ framework: band.framework === ANY_FRAMEWORK ? undefined : band.framework, role, seniority });
}

/** The survey rows a survey band counts: its year and cell ("all" = the page's filter, already in the cell), pay above 0. */
function surveyRowsHref(band: SalaryBand): string | null {
  if (band.year === null) return null;
  const cell = { year: band.year, role: band.role, seniority: band.seniority, region: band.region };
  if (band.origin === "salary-survey") return salaryReportsHref(cell);
  if (band.origin === "survey") return respondentsHref({ ...cell, framework: band.framework === ANY_FRAMEWORK ? undefined : band.framework, relation: "used", hasPay: true });
  return null;
}

function filterFields(params: SalaryParams, years: readonly number[]) {
  return [
    { kind: "select", name: "origin", label: "Origin", value: params.origin, options: SALARY_ORIGINS.map((o) => ({ value: o, label: ORIGIN_TITLES[o] })), allLabel: "All origins" },
    { kind: "select", name: "framework", label: "Framework", value: params.framework, options: BAND_FRAMEWORKS.map((f) => ({ value: f, label: frameworkLabel(f) })) },
    { kind: "select", name: "role", label: "Role", value: params.role, options: optionsOf(ROLE_LABELS) },
    { kind: "select", name: "seniority", label: "Seniority", value: params.seniority, options: optionsOf(SENIORITY_LABELS), hint: "Ads: title; surveys: years or level" },
    { kind: "select", name: "region", label: "Region", value: params.region, options: optionsOf(REGION_LABELS) },
    { kind: "select", name: "year", label: "Survey year", value: params.year?.toString(), options: years.map((y) => ({ value: String(y), label: String(y) })), allLabel: "Latest of each survey" },
    { kind: "select", name: "split", label: "Split bands by", value: params.split, options: optionsOf(DIMENSION_LABELS), allLabel: "Nothing" },
  ] as const;
}
