import { describe, expect, it } from "vitest";
import { rawDocuments } from "@/db/schema";
import { remoteokSource } from "@/scrapers/remoteok";
import { fixtureReplayServer } from "../helpers/replay";
import { sourceTestKit } from "../helpers/source-test-kit";

const API_URL = "https://remoteok.com/api";
const LISTING_URL = "https://remoteok.com/remote-dev-jobs";
const NOW = new Date("2026-07-12T12:00:00Z");
const kit = sourceTestKit(remoteokSource, { now: NOW });
const { replayServer } = kit;

describe("Remote OK through the replay server", () => {
  it("ingests the API's 4 jobs and the listing's 18 rows, leaving the legal notice out", async () => {
    const summary = await kit.tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.skipped).toEqual({ "legal-notice": 1 });
    expect(summary.counts).toMatchObject({ fetched: 22, newCount: 22, failedCount: 0 });
    expect(kit.posting("1134698")).toMatchObject({
      url: "https://remoteok.com/remote-jobs/remote-australian-english-voice-actor-adelaide-opsarmy-careers-1134698",
      company: "OpsArmy Careers",
      title: "Australian English Voice Actor Adelaide",
      locationText: "Adelaide, South Australia, Australia",
      postedAt: "2026-07-10T02:20:45.000Z",
      month: "2026-07",
      board: "api",
    });
    expect(kit.posting("115485")).toMatchObject({
      url: "https://remoteok.com/remote-jobs/115485-remote-detection-and-response-engineer-latin-america-bitmex",
      company: "Bitmex",
      title: "Detection and Response Engineer Latin America",
      locationText: "Anywhere",
      postedAt: "2022-09-10T20:22:39.000Z",
      month: "2022-09",
      board: "listing",
    });
    const bodies = kit.db().select({ body: rawDocuments.body }).from(rawDocuments).all();
    expect(bodies).toHaveLength(22);
    expect(bodies.some(({ body }) => body.includes("API Terms of Service"))).toBe(false);
  });

  it("claims the whole listing for the API only, and asks for no interval", async () => {
    const [api, listing, ...rest] = await kit.batchesFrom(replayServer());
    expect(rest).toEqual([]);
    expect(api).toMatchObject({ label: API_URL, complete: true, skipped: { "legal-notice": 1 } });
    expect(listing).toMatchObject({ label: LISTING_URL, complete: false, skipped: {} });
    expect(api?.items).toHaveLength(4);
    expect(listing?.items).toHaveLength(18);
    expect(api?.requestedIntervalMs).toBeUndefined();
    expect(listing?.requestedIntervalMs).toBeUndefined();
  });

  it("records a partial run when the API answers 503 and the listing still reads", async () => {
    replayServer().setFaults([{ match: "remoteok.com/api", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([expect.objectContaining({ url: API_URL, kind: "http", status: 503 })]);
    expect(summary.counts).toMatchObject({ fetched: 18, failedCount: 1 });
  });

  it("records a failed run when both pages answer 503", async () => {
    replayServer().setFaults([
      { match: "remoteok.com/api", kind: "status", status: 503 },
      { match: "remoteok.com/remote-dev-jobs", kind: "status", status: 503 },
    ]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors.map((error) => [error.url, error.status])).toEqual([
      [API_URL, 503],
      [LISTING_URL, 503],
    ]);
  });
});

describe("Remote OK with hand-made pages holding bad jobs", () => {
  const fixture = fixtureReplayServer("remoteok");

  it("skips a job without a position and rows whose JSON-LD is broken or untitled, and reports each", async () => {
    const summary = await kit.tickOn(fixture());
    const [api] = await kit.batchesFrom(fixture());
    expect(summary.status).toBe("ok");
    expect(summary.counts).toMatchObject({ fetched: 2, newCount: 2 });
    expect(summary.skipped).toEqual({ "legal-notice": 1, invalid: 3 });
    expect(summary.errors.map((error) => [error.url, error.kind, error.message.split(":")[0]])).toEqual([
      [API_URL, "invalid", "element 2"],
      [LISTING_URL, "invalid", "row 9100002"],
      [LISTING_URL, "invalid", "row 9100003"],
    ]);
    expect(kit.posting("9100001")).toMatchObject({ company: "Example Labs", title: "Data Scientist", locationText: "Germany", description: "We use TensorFlow & JAX." });
    expect(api?.complete).toBe(false);
  });
});
