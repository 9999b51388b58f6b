import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/db/ingest/postings";
import { registerSource } from "@/db/ingest/runs";
import type { NormalisedPosting } from "@/lib/normalise/types";
import type { Framework } from "@/lib/taxonomy";
import { createTempDb } from "../helpers/temp-db";

const run = promisify(execFile);
let temp: ReturnType<typeof createTempDb>;

function item(id: number, month: string, frameworks: Framework[]) {
  const posting: NormalisedPosting = {
    company: "Acme", title: `Engineer ${id}`, locationText: null, description: "text", applyUrl: null, roles: [], useCases: [], countries: [],
    seniority: "unspecified", remote: "unspecified", salary: null,
    frameworks: frameworks.map((framework) => ({ framework, context: "stack" as const, snippet: framework })),
  };
  return { sourceId: String(id), url: `https://news.ycombinator.com/item?id=${id}`, record: { id }, month, postedAt: `${month}-02T00:00:00.000Z`, posting };
}

beforeAll(() => {
  temp = createTempDb();
  registerSource(temp.db, { name: "hn", label: "HN", schedule: "0 6 * * *" });
  ingestBatch(temp.db, {
    source: "hn", runId: null, fetchedAt: "2026-11-26T00:00:00.000Z", validators: [],
    items: [item(1, "2017-01", ["tensorflow"]), item(2, "2017-01", ["tensorflow", "keras"]), item(3, "2017-01", []), item(4, "2018-03", ["pytorch", "tensorflow"]), item(5, "2018-03", ["jax"])],
  });
});
afterAll(() => temp.cleanup());

const report = (...args: string[]) =>
  run("npm", ["run", "--silent", "report", "--", ...args], { env: { ...process.env, PULSE_DB: temp.file } });

describe("npm run report -- trends", () => {
  it("prints one CSV row per month with postings and framework counts", async () => {
    const { stdout } = await report("trends", "--source", "hn", "--format", "csv");
    expect(stdout).toBe("month,postings,tensorflow,pytorch,jax,keras\n2017-01,3,2,0,0,1\n2018-03,2,1,1,1,0\n");
  });

  it("honours --from/--to and prints JSON", async () => {
    const { stdout } = await report("trends", "--from", "2018-01", "--format", "json");
    expect(JSON.parse(stdout)).toEqual([{ month: "2018-03", postings: 2, tensorflow: 1, pytorch: 1, jax: 1, keras: 0 }]);
  });

  it("refuses bad input with a clear message and exit code 2", async () => {
    const failure = await report("trends", "--format", "xml").catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/format/);
  });
});
