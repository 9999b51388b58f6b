import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/db/ingest/postings";
import { InvalidParametersError, NotFoundError } from "@/lib/api/errors";
import { companiesAnswer, indexAnswer, namedAnswer, postingsAnswer } from "@/lib/api/v1";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { syntheticPosting } from "../../bench/posting-shape";
import { seededRandom } from "../../bench/survey-shape";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
const search = (query: string) => new URLSearchParams(query);

beforeAll(() => {
  temp = createTempDb();
  const random = seededRandom(11);
  for (const source of ["hn", "ashby"]) {
    const items = Array.from({ length: 60 }, (_, i) => syntheticPosting(i + 1, random, { firstMonth: "2026-01", months: 3 }));
    ingestBatch(temp.db, { source, runId: null, fetchedAt: "2026-11-26T00:00:00.000Z", validators: [], items: items.map((item) => ({ ...item, sourceId: `${source}-${item.sourceId}` })) });
  }
});
afterAll(() => temp.cleanup());

describe("/api/v1", () => {
  it("lists the endpoints, the exports and the methodology version", () => {
    const index = indexAnswer();
    expect(index.methodologyVersion).toBe(METHODOLOGY_VERSION);
    expect(index.endpoints.map((e) => e.path)).toEqual(["/api/v1/overview", "/api/v1/trends", "/api/v1/talent", "/api/v1/salaries", "/api/v1/use-cases", "/api/v1/postings", "/api/v1/companies"]);
  });

  it("answers an aggregate view with its export header", () => {
    const answer = namedAnswer(temp.db, ["trends"], search("from=2026-02")) as { meta: { view: string; filters: unknown; sourceMix: unknown }; data: Array<{ chart: string; month: string }> };
    expect(answer.meta.view).toBe("trends");
    expect(answer.meta.filters).toEqual({ from: "2026-02", to: undefined, country: undefined });
    expect(answer.meta.sourceMix).toEqual([{ source: "ashby", count: 40, unit: "jobs" }, { source: "hn", count: 40, unit: "jobs" }]);
    const shares = answer.data.filter((row) => row.chart.startsWith("share-"));
    expect(new Set(shares.map((row) => `${row.chart} ${row.month}`))).toEqual(new Set(["share-hn 2026-02", "share-hn 2026-03", "share-boards 2026-02", "share-boards 2026-03"]));
  });

  it("pages postings as the explorer does", () => {
    const first = postingsAnswer(temp.db, search("source=ashby"));
    expect(first.page).toEqual({ page: 1, pageSize: 25, postings: 60, jobs: 60, complete: true, pages: 3 });
    expect(first.data).toHaveLength(25);
    const last = postingsAnswer(temp.db, search("source=ashby&page=3"));
    expect(last.data).toHaveLength(10);
    expect(new Set([...first.data, ...last.data].map((row) => row.source))).toEqual(new Set(["ashby"]));
  });

  it("counts postings per company", () => {
    const answer = companiesAnswer(temp.db, search("source=hn"));
    expect(answer.data.reduce((sum, row) => sum + row.open + row.closed, 0)).toBe(60);
    expect(answer.meta.sourceMix).toEqual([{ source: "hn", count: 60, unit: "postings" }]);
  });

  it.each([
    [() => postingsAnswer(temp.db, search("page=0")), InvalidParametersError],
    [() => postingsAnswer(temp.db, search("limit=10")), InvalidParametersError],
    [() => companiesAnswer(temp.db, search("source=nowhere")), InvalidParametersError],
    [() => namedAnswer(temp.db, ["use-cases"], search("from=soon")), InvalidParametersError],
    [() => namedAnswer(temp.db, ["postings"], search("")), NotFoundError],
    [() => namedAnswer(temp.db, ["trends", "extra"], search("")), NotFoundError],
  ])("refuses bad requests with the right error (%#)", (run, type) => {
    expect(run).toThrow(type);
  });
});
