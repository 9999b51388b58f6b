import os from "node:os";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerSource, startRun } from "@/db/ingest/runs";
import { postings, scrapeRuns } from "@/db/schema";
import { bearerToken, tokensEqual } from "@/lib/admin/token";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { startNextServer } from "../helpers/next-server";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { createTempDb } from "../helpers/temp-db";

const TOKEN = "test-admin-token-0123456789abcdef";

describe("the token comparison", () => {
  it.each([
    ["the same token", TOKEN, TOKEN, true],
    ["one character changed", `${TOKEN.slice(0, -1)}0`, TOKEN, false],
    ["a prefix of it", TOKEN.slice(0, 10), TOKEN, false],
    ["it with more after", `${TOKEN}x`, TOKEN, false],
    ["an empty token", "", TOKEN, false],
    ["another case", TOKEN.toUpperCase(), TOKEN, false],
    ["a token of multi-byte characters", "ä".repeat(TOKEN.length), TOKEN, false],
  ])("%s: %j", (_name, given, expected, equal) => {
    expect(tokensEqual(given, expected)).toBe(equal);
  });

  it.each([
    [`Bearer ${TOKEN}`, TOKEN],
    [`bearer ${TOKEN}`, TOKEN],
    [`Basic ${TOKEN}`, null],
    [`Bearer`, null],
    [`Bearer ${TOKEN} extra`, null],
    [TOKEN, null],
    [null, null],
  ])("reads %j as the bearer token %j", (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });
});

describe("POST /api/v1/admin/scrape with PULSE_ADMIN_TOKEN set", () => {
  let temp: ReturnType<typeof createTempDb>;
  let replay: ReplayServer;
  let server: Awaited<ReturnType<typeof startNextServer>>;

  beforeAll(async () => {
    temp = createTempDb();
    replay = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
    server = await startNextServer({ PULSE_DB: temp.file, PULSE_ADMIN_TOKEN: TOKEN, PULSE_REPLAY_URL: replay.url, PULSE_HTTP_RETRIES: "1" });
  });

  afterAll(async () => {
    await server?.stop();
    await replay?.close();
    temp?.cleanup();
  });

  const scrape = (body: unknown, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }, query = "") =>
    fetch(`${server.url}/api/v1/admin/scrape${query}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  type Envelope = { error: { code: string; message: string; issues?: Array<{ param: string }> } };

  it.each([
    ["no Authorization header", {}],
    ["a wrong token", { authorization: `Bearer ${TOKEN.replace("0", "1")}` }],
    ["a token of another length", { authorization: "Bearer short" }],
    ["the token in another scheme", { authorization: `Basic ${TOKEN}` }],
    ["the token without a scheme", { authorization: TOKEN }],
  ])("%s → 401 in the envelope, and nothing runs", async (_name, headers) => {
    const response = await scrape({ source: "remotive" }, headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const text = await response.text();
    expect(text).not.toContain(TOKEN);
    expect((JSON.parse(text) as Envelope).error.code).toBe("unauthorized");
    expect(temp.db.select().from(scrapeRuns).all()).toEqual([]);
  });

  it.each(["GET", "PUT", "PATCH", "DELETE"])("a %s is refused after the same check: 401 without the token, 405 with it", async (method) => {
    expect((await fetch(`${server.url}/api/v1/admin/scrape`, { method })).status).toBe(401);
    const allowed = await fetch(`${server.url}/api/v1/admin/scrape`, { method, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(allowed.status).toBe(405);
    expect(allowed.headers.get("allow")).toBe("POST");
  });

  it.each([
    ["an unconfigured source", { source: "myspace" }, "source"],
    ["a source name with SQL in it", { source: "hn'; DROP TABLE postings; --" }, "source"],
    ["an unknown field", { source: "remotive", colour: "red" }, "colour"],
    ["a bad month", { source: "hn", from: "2018-13" }, "from"],
    ["from after to", { source: "hn", from: "2019-01", to: "2018-01" }, "from"],
  ])("%s → 400 naming the parameter", async (_name, body, param) => {
    const response = await scrape(body);
    expect(response.status).toBe(400);
    const envelope = (await response.json()) as Envelope;
    expect(envelope.error.code).toBe("invalid_parameters");
    expect(envelope.error.issues?.map((issue) => issue.param)).toContain(param);
  });

  it("a body that is not JSON → 400", async () => {
    const response = await fetch(`${server.url}/api/v1/admin/scrape`, { method: "POST", headers: { authorization: `Bearer ${TOKEN}` }, body: "source=hn" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Envelope).error.issues?.[0]?.param).toBe("body");
  });

  it("the right token runs one scrape through the replay server and answers with the run", async () => {
    const response = await scrape(undefined, { authorization: `Bearer ${TOKEN}` }, "?source=ashby");
    const body = (await response.json()) as { run: { id: number; source: string; status: string; counts: { fetched: number; newCount: number }; errors: number } };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.run).toMatchObject({ source: "ashby", status: "ok", errors: 0 });
    expect(body.run.counts.newCount).toBeGreaterThan(0);

    const run = temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.id, body.run.id)).get();
    expect(run).toMatchObject({ source: "ashby", status: "ok", newCount: body.run.counts.newCount, fetched: body.run.counts.fetched });
    expect(temp.db.select().from(postings).where(eq(postings.source, "ashby")).all()).toHaveLength(body.run.counts.newCount);
    expect(replay.requests.some((request) => request.url.includes("api.ashbyhq.com"))).toBe(true);
  });

  it("a source whose run is in progress → 409, and no second run is opened", async () => {
    // A live run of another process on this host (this test's own), as the worker's would be.
    registerSource(temp.db, { name: "lever", label: "Lever", schedule: "0 * * * *" });
    const held = startRun(temp.db, "lever", {}, new Date(), { pid: process.pid, host: os.hostname(), instance: "test" });
    const response = await scrape({ source: "lever" });
    expect(response.status).toBe(409);
    expect(((await response.json()) as Envelope).error.code).toBe("run_in_progress");
    expect(temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.source, "lever")).all().map((run) => run.id)).toEqual([held]);
  });

  it("a source that asked for fewer reads → 409 too_soon, unless forced", async () => {
    const first = await scrape({ source: "remotive" });
    expect(first.status).toBe(200);
    const again = await scrape({ source: "remotive" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as Envelope).error.code).toBe("too_soon");
    const forced = await scrape({ source: "remotive", force: true });
    expect(forced.status).toBe(200);
  });
});
