import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { registerSource } from "@/db/ingest/runs";
import { writeSeriesPoints } from "@/db/ingest/series-points";
import { getIndeedAiShareByMonth, getPaperShareByYear } from "@/db/queries/adoption";
import { getSourceStatus, listHnMonths } from "@/db/queries/source-status";
import { getGroupMonthlyFrameworkCounts, getGroupSourceStarts } from "@/db/queries/trends";
import { getFrameworkTotals, getUseCaseCoverage, getUseCaseFrameworkCells, getUseCaseTotals } from "@/db/queries/use-cases";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => (temp = createTempDb()));
afterEach(() => temp.cleanup());

function item(id: string, month: string, posting: Partial<NormalisedPosting>): IngestItem {
  return {
    sourceId: id,
    url: `https://boards.example.test/${id}`,
    record: { id },
    month,
    postedAt: `${month}-10T00:00:00.000Z`,
    posting: {
      company: "Acme",
      title: `Job ${id}`,
      locationText: null,
      description: `Job ${id}`,
      applyUrl: null,
      frameworks: [],
      roles: [],
      useCases: [],
      countries: [],
      seniority: "unspecified",
      remote: "unspecified",
      salary: null,
      ...posting,
    },
  };
}

const ingest = (source: string, items: IngestItem[]) => ingestBatch(temp.db, { source, runId: null, fetchedAt: "2026-02-01T00:00:00.000Z", validators: [], items });
const pytorch = { framework: "pytorch" as const, context: "required" as const, snippet: "PyTorch" };
const jax = { framework: "jax" as const, context: "stack" as const, snippet: "JAX" };

describe("dashboard queries count distinct jobs", () => {
  beforeEach(() => {
    // The same job on two boards (one apply URL) counts once; a second, different job; an HN post.
    const shared = { applyUrl: "https://acme.example.test/jobs/1", frameworks: [pytorch], useCases: ["computer_vision" as const] };
    ingest("ashby", [item("a1", "2025-10", shared), item("a2", "2025-11", { frameworks: [pytorch, jax], useCases: ["nlp_llm"] })]);
    ingest("greenhouse", [item("g1", "2025-10", shared)]);
    ingest("hn", [item("h1", "2018-03", { frameworks: [jax], useCases: ["nlp_llm"] }), item("h2", "2018-05", {})]);
  });

  it("pools the job boards by month, a job on two boards once", () => {
    expect(getGroupMonthlyFrameworkCounts(temp.db, { group: "boards" })).toEqual([
      { month: "2025-10", postings: 1, pytorch: 1, tensorflow: 0, jax: 0, keras: 0 },
      { month: "2025-11", postings: 1, pytorch: 1, tensorflow: 0, jax: 1, keras: 0 },
    ]);
    expect(getGroupMonthlyFrameworkCounts(temp.db, { group: "hn", to: "2018-04" })).toEqual([{ month: "2018-03", postings: 1, pytorch: 0, tensorflow: 0, jax: 1, keras: 0 }]);
    expect(getGroupSourceStarts(temp.db, { group: "boards" }).map((s) => [s.source, s.month])).toEqual([
      ["ashby", "2025-10"],
      ["greenhouse", "2025-10"],
    ]);
  });

  it.each([
    [{}, { cv: 1, nlpPytorch: 1, nlpJax: 2, jaxJobs: 2, coverage: { jobs: 4, withUseCase: 3, withFramework: 3, withBoth: 3 } }],
    [{ source: "boards" as const }, { cv: 1, nlpPytorch: 1, nlpJax: 1, jaxJobs: 1, coverage: { jobs: 2, withUseCase: 2, withFramework: 2, withBoth: 2 } }],
    [{ source: "hn" as const, to: "2018-04" }, { cv: 0, nlpPytorch: 0, nlpJax: 1, jaxJobs: 1, coverage: { jobs: 1, withUseCase: 1, withFramework: 1, withBoth: 1 } }],
  ])("splits use cases by framework and back for %j", (filter, want) => {
    const cells = getUseCaseFrameworkCells(temp.db, filter);
    const cell = (useCase: string, framework: string) => cells.find((c) => c.useCase === useCase && c.framework === framework)?.jobs ?? 0;
    expect(cell("computer_vision", "pytorch")).toBe(want.cv);
    expect(cell("nlp_llm", "pytorch")).toBe(want.nlpPytorch);
    expect(cell("nlp_llm", "jax")).toBe(want.nlpJax);
    expect(getFrameworkTotals(temp.db, filter).find((t) => t.framework === "jax")?.jobs ?? 0).toBe(want.jaxJobs);
    expect(getUseCaseCoverage(temp.db, filter)).toEqual(want.coverage);
    expect(getUseCaseTotals(temp.db, filter).find((t) => t.useCase === "computer_vision")?.jobs ?? 0).toBe(want.cv);
  });

  it("lists every source with what it stored and the HN months", () => {
    registerSource(temp.db, { name: "hn", label: "Hacker News", schedule: "0 6 * * *" });
    const status = getSourceStatus(temp.db);
    expect(status.find((s) => s.source === "ashby")).toMatchObject({ kind: "postings", stored: 2, open: 2, closed: 0, jobs: 2, runs: 0, lastRun: null });
    expect(status.find((s) => s.source === "hn")).toMatchObject({ label: "Hacker News", stored: 2 });
    expect(status.find((s) => s.source === "adoption-series")).toMatchObject({ kind: "data", stored: 0, open: null });
    expect(listHnMonths(temp.db)).toEqual(["2018-03", "2018-05"]);
  });
});

describe("adoption series reads", () => {
  it("pools paper shares over a year's conferences and averages Indeed's daily shares by month", () => {
    const point = (series: "papers_pytorch" | "papers_total" | "papers_tensorflow" | "indeed_ai_share", key: string, date: string, value: number) => ({ series, key, date, value, unit: "u", origin: "o", url: "https://example.test" });
    temp.db.transaction((tx) =>
      writeSeriesPoints(
        tx,
        [
          point("papers_pytorch", "cvpr", "2019-06", 30),
          point("papers_tensorflow", "cvpr", "2019-06", 10),
          point("papers_total", "cvpr", "2019-06", 100),
          point("papers_pytorch", "iclr", "2019-05", 10),
          point("papers_tensorflow", "iclr", "2019-05", 30),
          point("papers_total", "iclr", "2019-05", 300),
          point("indeed_ai_share", "US", "2024-03-01", 2),
          point("indeed_ai_share", "US", "2024-03-31", 4),
          point("indeed_ai_share", "US", "2024-04-01", 5),
          point("indeed_ai_share", "DE", "2024-03-15", 1),
        ],
        "2026-01-01T00:00:00.000Z",
      ),
    );
    expect(getPaperShareByYear(temp.db)).toEqual([
      { year: "2019", framework: "pytorch", papers: 40, total: 400, share: 0.1, conferences: 2 },
      { year: "2019", framework: "tensorflow", papers: 40, total: 400, share: 0.1, conferences: 2 },
    ]);
    expect(getIndeedAiShareByMonth(temp.db, { country: "US", to: "2024-03" })).toEqual([{ bucket: "2024-03", series: "US", value: 3, days: 2 }]);
    expect(getIndeedAiShareByMonth(temp.db, { from: "2024-03" }).map((r) => `${r.bucket} ${r.series}`)).toEqual(["2024-03 DE", "2024-03 US", "2024-04 US"]);
  });
});
