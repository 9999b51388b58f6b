import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DownloadResult, HttpClient, HttpConfig } from "@/lib/http/client";
import { HttpError } from "@/lib/http/errors";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";

const ZIP_URL = "https://survey.stackoverflow.co/datasets/stack-overflow-developer-survey-2023.zip";
const ZIP_FILE = path.join(SNAPSHOT_DIR, "survey.stackoverflow.co/datasets/stack-overflow-developer-survey-2023.zip");
const CSV_URL = "https://ai-jobs.net/salaries/download/salaries.csv";

const replayServer = replayServerForFile();
const realRequests = (fragment: string) => replayServer().requests.filter((r) => r.url.includes(fragment));
let downloadDir: string;
const clients: HttpClient[] = [];

beforeEach(() => {
  downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-downloads-"));
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
  fs.rmSync(downloadDir, { recursive: true, force: true });
});

// The buffered cap of `get` is far below the files: a download must not be held by it.
function client(overrides: Partial<HttpConfig> = {}): HttpClient {
  const http = testHttpClient(replayServer().url, { maxBodyBytes: 64 * 1024, downloadDir, ...overrides });
  clients.push(http);
  return http;
}

function fileOf(result: DownloadResult): string {
  if (result.notModified) throw new Error("expected a body, got 304");
  return result.file;
}

describe("HttpClient.download against the replay server", () => {
  it("streams a body far over the get cap to a temp file, with its validators and date", async () => {
    const result = await client().download(ZIP_URL, { source: "so-survey", accept: "application/zip", maxBytes: 10 * 1024 * 1024 });
    expect(result).toMatchObject({ notModified: false, bytes: fs.statSync(ZIP_FILE).size, contentType: "application/zip", validators: { etag: expect.any(String) } });
    expect(fs.readFileSync(fileOf(result)).equals(fs.readFileSync(ZIP_FILE))).toBe(true);
    expect(path.dirname(fileOf(result))).toBe(downloadDir);
    expect(result.servedAt.toISOString()).toBe("2024-07-29T00:00:00.000Z");
    expect(realRequests("survey-2023.zip")[0]?.headers).toMatchObject({ accept: "application/zip", "user-agent": expect.stringMatching(/^FrameworkPulse/) });
  });

  it("asks conditionally and reports 304 without a file", async () => {
    const http = client();
    const first = await http.download(CSV_URL, { source: "aijobs-salaries" });
    const second = await http.download(CSV_URL, { source: "aijobs-salaries", validators: first.validators });
    expect(second).toEqual({ notModified: true, validators: expect.objectContaining({ etag: first.validators.etag }), servedAt: expect.any(Date) });
    expect(fs.readdirSync(downloadDir)).toEqual([path.basename(fileOf(first))]);
  });

  it("refuses a body over its own cap, leaving no file behind", async () => {
    const error = await client().download(CSV_URL, { source: "aijobs-salaries", maxBytes: 1024 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ kind: "too-large", url: CSV_URL, source: "aijobs-salaries" });
    expect(fs.readdirSync(downloadDir)).toEqual([]);
  });

  it("retries a connection reset mid-body and ends with the whole file", async () => {
    replayServer().setFaults([{ match: "salaries.csv", kind: "reset", times: 1 }]);
    const result = await client().download(CSV_URL, { source: "aijobs-salaries" });
    expect(realRequests("salaries.csv")).toHaveLength(2);
    expect(fs.statSync(fileOf(result)).size).toBe(fs.statSync(path.join(SNAPSHOT_DIR, "ai-jobs.net/salaries/download/salaries.csv")).size);
  });

  it("retries a 429 and 5xx like get, and gives up with the typed error", async () => {
    replayServer().setFaults([
      { match: "salaries.csv", kind: "rate-limit", retryAfter: 0, times: 1 },
      { match: "salaries.csv", kind: "status", status: 503 },
    ]);
    const error = await client({ retries: 2 }).download(CSV_URL, { source: "aijobs-salaries" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "http", status: 503, url: CSV_URL });
    expect(realRequests("salaries.csv").map((r) => r.status)).toEqual([429, 503, 503]);
    expect(fs.readdirSync(downloadDir)).toEqual([]);
  });

  it("never retries a 404", async () => {
    const missing = "https://ai-jobs.net/salaries/download/missing.csv";
    await expect(client().download(missing, { source: "aijobs-salaries" })).rejects.toMatchObject({ kind: "http", status: 404 });
    expect(realRequests("missing.csv")).toHaveLength(1);
  });

  it("obeys robots.txt before requesting anything", async () => {
    replayServer().setFaults([{ match: "ai-jobs.net", kind: "robots-disallow", disallow: "/salaries" }]);
    await expect(client().download(CSV_URL, { source: "aijobs-salaries" })).rejects.toMatchObject({ kind: "robots" });
    expect(realRequests("salaries.csv")).toHaveLength(0);
  });

  it("keeps the host's pace between downloads", async () => {
    const http = client({ forcePaceMs: undefined, paceMs: 300 });
    await Promise.all([http.download(CSV_URL, { source: "aijobs-salaries" }), http.download(CSV_URL, { source: "aijobs-salaries" })]);
    const [first, second] = realRequests("salaries.csv");
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });
});
