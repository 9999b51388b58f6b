import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPaperShareByYear } from "@/db/queries/adoption";
import { getClaimsEvidence } from "@/db/queries/claims";
import { getFrameworkJobCounts, getLatestPostingMonth, getTrendSources, type JobScope } from "@/db/queries/framework-evidence";
import { getPayFigures, getSurveyFrameworkCounts } from "@/db/queries/market-evidence";
import { getRecommendationEvidence } from "@/db/queries/recommendation";
import { runSourceTick, type RunSummary } from "@/jobs/scrape-source";
import { CLAIM_IDS, judgeClaim } from "@/lib/claims/claims";
import { VERDICT_LABELS, VERDICTS } from "@/lib/claims/verdict";
import { CONTENDERS, medianOf } from "@/lib/evidence/compare";
import { MIN_PAY_FIGURES } from "@/lib/claims/verdict";
import { recommend } from "@/lib/recommend/decide";
import { evidenceWindows, situationSchema } from "@/lib/recommend/situation";
import { createReplayServer } from "@/lib/replay/server";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount, formatShare, formatUsd } from "@/lib/ui/format";
import { adoptionSeriesSource } from "@/scrapers/adoption-series";
import { ashbySource } from "@/scrapers/ashby";
import { hnSource } from "@/scrapers/hn";
import { soSurveySource } from "@/scrapers/so-survey";
import { launchChromium } from "../helpers/browser";
import { testHttpClient } from "../helpers/http";
import { startNextServer } from "../helpers/next-server";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// One database seeded through the real scrapers on the recorded web, one `next start`, one Chromium.
let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let browser: Browser;

beforeAll(async () => {
  temp = createTempDb();
  const replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
  const now = new Date("2026-11-26T12:00:00Z");
  // A busy machine can fail the one robots.txt read of a host, which then disallows the host for the
  // client's life: a failed run is retried once on a fresh client, and a partial seed fails the file.
  const tick = async (source: typeof hnSource, options = {}) => {
    let run: RunSummary | undefined;
    for (let attempt = 0; attempt < 2 && run?.status !== "ok"; attempt++) {
      const http = testHttpClient(replay.url, { timeoutMs: 15_000 });
      try {
        run = await runSourceTick({ db: temp.db, http, source, config: checkedInConfig(source.name), options, now });
      } finally {
        await http.close();
      }
    }
    return run as RunSummary;
  };
  try {
    const runs = [
      await tick(hnSource, { from: "2018-03", to: "2018-03" }),
      await tick(hnSource, { from: "2026-01", to: "2026-05" }),
      await tick(ashbySource),
      await tick(soSurveySource),
      await tick(adoptionSeriesSource),
    ];
    expect(runs.map((run) => `${run.source}:${run.status}${run.status !== "ok" && run.errors[0] ? ` (${run.errors[0].message})` : ""}`)).toEqual(["hn:ok", "hn:ok", "ashby:ok", "so-survey:ok", "adoption-series:ok"]);
  } finally {
    await replay.close();
  }
  server = await startNextServer({ PULSE_DB: temp.file });
  browser = await launchChromium();
  fs.mkdirSync("test-results", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  temp?.cleanup();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  expect(response?.status()).toBe(200);
  return { page, errors };
}

const text = async (page: Page, selector: string) => ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

/** The count and share cells of a framework row, as the page must print them for `count` of `base`. */
const cells = (count: number, base: number) => [`${formatCount(count)} of ${formatCount(base)}`, formatShare(count / base)];

describe("/recommendations in Chromium", () => {
  it("recommends from the form, every reason's numbers equal the queries', and a reason's link opens its postings", async () => {
    const { page, errors } = await open("/recommendations");
    await page.check("#situation-skill-tensorflow");
    await page.check("#situation-use_case-nlp_llm");
    await page.selectOption("#situation-focus", "research");
    await page.fill("#situation-hires", "2");
    await page.check("#situation-role-ml_engineer");
    await Promise.all([page.waitForURL(/skill=tensorflow/), page.getByRole("button", { name: "Recommend" }).click()]);
    await page.waitForLoadState("networkidle");
    expect(page.url()).toContain("use_case=nlp_llm");

    // The verdict, from the same evidence and the pure decision.
    const situation = situationSchema.parse({ skills: ["tensorflow"], useCases: ["nlp_llm"], focus: "research", hires: 2, roles: ["ml_engineer"] });
    const expected = recommend(getRecommendationEvidence(temp.db, situation).input);
    expect(expected.framework).toBe("pytorch");
    expect(await page.getByTestId("recommended-framework").getAttribute("data-framework")).toBe("pytorch");
    expect(await text(page, '[data-testid="recommended-framework"]')).toBe("Recommended: PyTorch");
    expect(await page.getByTestId("confidence").getAttribute("data-confidence")).toBe(expected.confidence);
    expect(await page.locator('[data-testid="training-path"] li').first().getAttribute("data-step")).toBe("pytorch-core");

    // Each reason's numbers against a query run here with the scope the page states.
    const latest = getLatestPostingMonth(temp.db);
    if (!latest) throw new Error("no postings seeded");
    const { recent, previous } = evidenceWindows(latest);
    const jobScopes: Record<string, JobScope> = {
      demand: { ...recent, roles: ["ml_engineer"] },
      use_case_fit: { ...recent, useCases: ["nlp_llm"] },
    };
    const signals = await page.locator('[data-testid="reason"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-signal")));
    expect(signals).toEqual(["demand", "trend", "use_case_fit", "research_fit", "supply", "pay-posted", "pay-survey"]);
    for (const signal of signals) {
      const card = `[data-testid="reason"][data-signal="${signal}"]`;
      const row = (key: string, col: string) => text(page, `${card} tr[data-key="${key}"] [data-col="${col}"]`);
      const n = await text(page, `[data-testid="reason-${signal}-n"]`);
      if (signal === "demand" || signal === "use_case_fit") {
        const counts = getFrameworkJobCounts(temp.db, jobScopes[signal] as JobScope);
        expect(n).toBe(`n = ${formatCount(counts.either)} jobs naming either framework`);
        for (const f of CONTENDERS) expect([await row(f, "count"), await row(f, "share")]).toEqual(cells(counts[f], counts.either));
      } else if (signal === "trend") {
        const sources = getTrendSources(temp.db, previous, recent);
        const before = getFrameworkJobCounts(temp.db, { ...previous, sources, roles: ["ml_engineer"] });
        const after = getFrameworkJobCounts(temp.db, { ...recent, sources, roles: ["ml_engineer"] });
        expect(n).toBe(`n = ${formatCount(Math.min(before.either, after.either))} jobs naming either framework (smaller window)`);
        // Hacker News has no thread in the earlier window and the Ashby boards were first read in November 2026.
        expect(sources).toEqual([]);
        expect(await text(page, `[data-testid="reason-trend-statement"]`)).toContain("No source can show a trend");
      } else if (signal === "research_fit") {
        const rows = getPaperShareByYear(temp.db);
        const year = rows.at(-1)?.year;
        const pytorch = rows.find((r) => r.year === year && r.framework === "pytorch");
        const tensorflow = rows.find((r) => r.year === year && r.framework === "tensorflow");
        if (!pytorch || !tensorflow) throw new Error("no paper rows");
        expect(n).toBe(`n = ${formatCount(pytorch.total)} papers`);
        expect([await row("pytorch", "count"), await row("pytorch", "share")]).toEqual(cells(pytorch.papers, pytorch.total));
        expect([await row("tensorflow", "count"), await row("tensorflow", "share")]).toEqual(cells(tensorflow.papers, tensorflow.total));
      } else if (signal === "supply") {
        const survey = getSurveyFrameworkCounts(temp.db, { roles: ["ml_engineer"] });
        if (!survey) throw new Error("no survey seeded");
        expect(n).toBe(`n = ${formatCount(survey.sample)} respondents`);
        if (survey.sample > 0) for (const f of CONTENDERS) expect([await row(f, "count"), await row(f, "share")]).toEqual(cells(survey.used[f], survey.sample));
        expect(await text(page, card)).toContain("non-random sample");
      } else {
        const origin = signal === "pay-posted" ? "posted" : "survey";
        const figures = CONTENDERS.map((f) => getPayFigures(temp.db, { origin, framework: f, roles: ["ml_engineer"] }));
        expect(n).toBe(`n = ${formatCount(figures[0]!.length + figures[1]!.length)} pay figures`);
        for (const [i, f] of CONTENDERS.entries()) {
          const values = figures[i]!;
          if (values.length === 0) continue;
          const median = values.length >= MIN_PAY_FIGURES ? medianOf(values) : null;
          expect(await row(f, "n")).toBe(formatCount(values.length));
          expect(await row(f, "median")).toBe(median ? formatUsd(median.median) : "too few");
        }
      }
    }

    // The demand reason links to the PyTorch ML-engineer jobs of its months: the explorer counts the same jobs.
    const demand = getFrameworkJobCounts(temp.db, jobScopes.demand as JobScope);
    const link = page.locator('[data-signal="demand"] a', { hasText: "PyTorch · ML engineer" });
    expect(await link.getAttribute("href")).toBe(postingsHref({ framework: "pytorch", role: "ml_engineer", from: recent.from, to: recent.to }));
    await page.screenshot({ path: "test-results/recommendations.png", fullPage: true });
    await Promise.all([page.waitForURL(/\/postings\?/), link.click()]);
    await page.waitForLoadState("networkidle");
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(demand.pytorch));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says which answers it ignored instead of failing, and says when the data is too thin", async () => {
    const { page, errors } = await open(`/recommendations?skill=theano&hires=-1&region=europe&role=research_engineer&deploy=edge&focus=production&use_case=${encodeURIComponent("<b>x</b>")}`);
    const problems = await text(page, '[data-testid="param-problems"]');
    expect(problems).toContain("Ignored skill = “theano”");
    expect(problems).toContain("Ignored hires = “-1”");
    expect(problems).toContain("Ignored use_case");
    expect(await page.getByTestId("recommendation").getAttribute("data-status")).toBe("not-enough-data");
    expect(await text(page, '[data-testid="recommended-framework"]')).toBe("Not enough data for a recommendation");
    expect(await page.getByTestId("training-path").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("/claims in Chromium", () => {
  it("gives every claim a verdict and an n, as the rule computes them, with links to the rows behind", async () => {
    const { page, errors } = await open("/claims");
    const evidence = getClaimsEvidence(temp.db, {});
    const claims = CLAIM_IDS.map((id) => judgeClaim(id, evidence.checks[id]));
    expect(await page.locator('[data-testid="claim"]').count()).toBe(CLAIM_IDS.length);
    for (const claim of claims) {
      const card = `[data-testid="claim"][data-claim="${claim.id}"]`;
      const verdict = await page.locator(`${card} [data-testid="claim-verdict"]`).getAttribute("data-verdict");
      expect(VERDICTS).toContain(verdict);
      expect(verdict).toBe(claim.verdict);
      expect(await text(page, `${card} [data-testid="claim-verdict"]`)).toBe(VERDICT_LABELS[claim.verdict]);
      const n = await text(page, `${card} [data-testid="claim-n"]`);
      expect(n).toMatch(/^n = [\d,]+ /);
      expect(n).toBe(claim.checks.map((c) => `n = ${formatCount(c.n)} ${c.unit}`).join("; "));
      for (const check of claim.checks) {
        const block = `${card} [data-check="${check.id}"]`;
        expect(await page.locator(block).getAttribute("data-verdict")).toBe(check.result.verdict);
        expect(await text(page, `${block} [data-testid="check-proxy"]`)).toBe(`Proxy: ${check.proxy}`);
      }
    }
    // On the recorded data: papers and research jobs support "PyTorch leads research"; Hacker News 2018 → 2026 supports industry growth.
    expect(claims.find((c) => c.id === "pytorch-research")?.verdict).toBe("supported");
    const longRun = claims.find((c) => c.id === "pytorch-industry-growth")?.checks.find((c) => c.id === "hn-long-run");
    expect(longRun?.result.verdict).toBe("supported");
    const papers = getPaperShareByYear(temp.db).filter((r) => r.year === getPaperShareByYear(temp.db).at(-1)?.year);
    const pt = papers.find((r) => r.framework === "pytorch");
    if (!pt) throw new Error("no papers");
    expect(await text(page, '[data-check="papers"] tr[data-key="pytorch"] [data-col="share"]')).toBe(formatShare(pt.share));
    await page.screenshot({ path: "test-results/claims.png", fullPage: true });

    // The long-run check's first PyTorch link opens the Hacker News jobs it counted.
    if (longRun?.kind !== "rise") throw new Error("hn-long-run is a rise check");
    const link = page.locator('[data-check="hn-long-run"] a').first();
    await Promise.all([page.waitForURL(/\/postings\?/), link.click()]);
    await page.waitForLoadState("networkidle");
    expect(page.url()).toContain("source=hn");
    expect(await text(page, '[data-testid="match-jobs"]')).toBe(formatCount(longRun.before.count));
    expect(errors).toEqual([]);
    await page.close();
  });
});
