import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { registerSource, startRun } from "@/db/ingest/runs";
import { ingestBatch } from "@/db/ingest/postings";
import { getFrameworkJobCounts, getTermGroupJobCounts, getTrendSources } from "@/db/queries/framework-evidence";
import { getPayFigures, getSurveyFrameworkCounts } from "@/db/queries/market-evidence";
import { getSalaryBands } from "@/db/queries/salaries";
import { getSupply } from "@/db/queries/supply";
import { medianOf } from "@/lib/evidence/compare";
import type { Framework, Role, UseCase } from "@/lib/taxonomy";
import { seedRespondents, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

type Job = { source?: string; month?: string; frameworks?: Framework[]; roles?: Role[]; useCases?: UseCase[]; countries?: string[]; text?: string; applyUrl?: string; usd?: number };
let next = 1;

/** Hand-made jobs through the real ingest layer, with the labels the queries filter on. */
function seed(db: Db, jobs: Job[]): void {
  for (const job of jobs) {
    const id = next++;
    const source = job.source ?? "ashby";
    const month = job.month ?? "2026-03";
    ingestBatch(db, {
      source,
      runId: null,
      fetchedAt: "2026-11-26T00:00:00.000Z",
      validators: [],
      items: [
        {
          sourceId: `e-${id}`,
          url: `https://jobs.example.test/${id}`,
          record: { id },
          month,
          postedAt: `${month}-02T00:00:00.000Z`,
          posting: {
            company: `Company ${id}`,
            title: `Job ${id}`,
            locationText: null,
            description: job.text ?? `Job number ${id}`,
            applyUrl: job.applyUrl ?? `https://apply.example.test/${id}`,
            frameworks: (job.frameworks ?? []).map((framework) => ({ framework, context: "stack" as const, snippet: framework })),
            roles: job.roles ?? ["software_engineer"],
            useCases: job.useCases ?? [],
            countries: job.countries ?? [],
            seniority: "unspecified",
            remote: "unspecified",
            salary: job.usd ? { min: job.usd - 10_000, max: job.usd + 10_000, currency: "USD", period: "year", text: "pay" } : null,
          },
        },
      ],
    });
  }
}

let temp: ReturnType<typeof createTempDb>;
beforeAll(() => {
  temp = createTempDb();
  seed(temp.db, [
    { frameworks: ["pytorch"], roles: ["research_scientist"], useCases: ["nlp_llm"], countries: ["DE"], text: "Train models for on-device inference" },
    { frameworks: ["pytorch", "tensorflow"], roles: ["ml_engineer"], useCases: ["computer_vision"], countries: ["US"], text: "Deploy with TFLite to mobile phones" },
    { frameworks: ["tensorflow"], roles: ["mlops_engineer"], countries: ["FR"], text: "Enterprise MLOps platform" },
    { frameworks: ["jax"], roles: ["research_scientist"], countries: ["DE"] },
    { roles: ["software_engineer"], countries: ["DE"], text: "Mobile developer, no ML" },
    // The same job on two sources (one apply URL): one duplicate group, counted once.
    { source: "greenhouse", frameworks: ["pytorch"], roles: ["ml_engineer"], countries: ["GB"], applyUrl: "https://apply.example.test/same", text: "ExecuTorch on embedded boards" },
    { source: "lever", frameworks: ["pytorch"], roles: ["ml_engineer"], countries: ["GB"], applyUrl: "https://apply.example.test/same", text: "ExecuTorch on embedded boards" },
    { source: "hn", month: "2018-03", frameworks: ["tensorflow"], countries: ["US"] },
    { source: "hn", month: "2026-02", frameworks: ["pytorch"], countries: ["US"] },
  ]);
});
afterAll(() => temp.cleanup());

describe("getFrameworkJobCounts", () => {
  it.each([
    ["everything", {}, { jobs: 8, pytorch: 4, tensorflow: 3, either: 6 }],
    ["months", { from: "2026-01", to: "2026-12" }, { jobs: 7, pytorch: 4, tensorflow: 2, either: 5 }],
    ["one source", { sources: ["hn" as const] }, { jobs: 2, pytorch: 1, tensorflow: 1, either: 2 }],
    ["no source at all", { sources: [] }, { jobs: 0, pytorch: 0, tensorflow: 0, either: 0 }],
    ["any of two roles", { roles: ["research_scientist" as const, "mlops_engineer" as const] }, { jobs: 3, pytorch: 1, tensorflow: 1, either: 2 }],
    ["a use case", { useCases: ["nlp_llm" as const] }, { jobs: 1, pytorch: 1, tensorflow: 0, either: 1 }],
    ["a region (Germany, France)", { region: "europe" as const }, { jobs: 5, pytorch: 2, tensorflow: 1, either: 3 }],
    ["any of several terms", { terms: ["on-device", "mobile"] }, { jobs: 3, pytorch: 2, tensorflow: 1, either: 2 }],
    ["a two-word term matches both words", { terms: ["enterprise mlops"] }, { jobs: 1, pytorch: 0, tensorflow: 1, either: 1 }],
  ])("%s", (_name, scope, expected) => {
    expect(getFrameworkJobCounts(temp.db, scope)).toEqual(expected);
  });

  it("counts groups of terms and the jobs matching any", () => {
    expect(getTermGroupJobCounts(temp.db, {}, { tensorflow: ["tflite"], pytorch: ["executorch"] })).toEqual({ tensorflow: 1, pytorch: 1, any: 2 });
  });
});

describe("getTrendSources", () => {
  it("keeps Hacker News (an archive) and drops a board read only after the earlier window began", () => {
    seed(temp.db, [{ source: "hn", month: "2025-02", frameworks: ["pytorch"] }, { source: "ashby", month: "2025-02" }]);
    registerSource(temp.db, { name: "ashby", label: "Ashby", schedule: "0 * * * *" });
    startRun(temp.db, "ashby", {});
    const earlier = { from: "2024-06", to: "2025-05" };
    const later = { from: "2025-06", to: "2026-05" };
    expect(getTrendSources(temp.db, earlier, later)).toEqual(["hn"]);
  });
});

describe("survey and pay figures agree with /talent and /salaries", () => {
  let market: ReturnType<typeof createTempDb>;
  let db: Db;
  beforeAll(() => {
    market = createTempDb();
    db = market.db;
    seedRespondents(db, [
      ...times(12, (i) => ({ role: "research_scientist" as const, country: "DE", comp: 80_000 + i * 5_000, used: ["pytorch" as const], wanted: ["pytorch" as const] })),
      ...times(11, (i) => ({ role: "research_scientist" as const, country: "US", comp: 90_000 + i * 7_000, used: ["tensorflow" as const], wanted: ["pytorch" as const] })),
      ...times(5, () => ({ role: "software_engineer" as const, country: "IN", used: ["pytorch" as const, "tensorflow" as const], wanted: ["tensorflow" as const, "pytorch" as const] })),
    ]);
    seed(db, times(12, (i) => ({ frameworks: ["pytorch" as const], roles: ["research_scientist" as const], usd: 150_000 + i * 1_000, countries: ["US"] })));
  });
  afterAll(() => market.cleanup());

  it("counts users, wanters and newcomers as getSupply counts them", () => {
    const counts = getSurveyFrameworkCounts(db, {});
    const supply = getSupply(db, { relation: "used", by: [] });
    expect(counts).toMatchObject({ year: 2023, sample: 28, used: { pytorch: 17, tensorflow: 16 }, usedEither: 28, wanted: { pytorch: 28, tensorflow: 5 }, newcomers: { pytorch: 11, tensorflow: 0 } });
    expect(counts?.used.pytorch).toBe(supply.find((row) => row.framework === "pytorch")?.respondents);
    expect(getSurveyFrameworkCounts(db, { roles: ["research_scientist"], region: "europe" })?.sample).toBe(12);
  });

  it("gives medians equal to the salary bands' p50", () => {
    for (const origin of ["posted", "survey"] as const) {
      const figures = getPayFigures(db, { origin, framework: "pytorch", roles: ["research_scientist"] });
      const band = getSalaryBands(db, { origin, framework: "pytorch", role: "research_scientist", by: [] }).find((b) => b.currency === "USD");
      expect(figures.length).toBe(12);
      expect(medianOf(figures)?.median).toBe(band?.p50);
    }
  });
});
