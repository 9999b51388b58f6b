import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";

const run = promisify(execFile);
let dir: string;
let input: string;

const hn = (id: number, text: string) => JSON.stringify({ id: `hn:${id}`, source: "hn", record: { id, by: "a", time: 1_767_225_600, text, parent: 1, type: "comment" } });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pulse-extract-"));
  input = path.join(dir, "input.jsonl");
  writeFileSync(
    input,
    [hn(10, "Acme | Senior ML Engineer | Remote (US) | $150k-$180k"), "not json", JSON.stringify({ id: "x", source: "nowhere", record: {} }), "", hn(11, "Beta | Data Engineer | Berlin | ONSITE")].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("prints one line per good input, names each bad line on stderr, and exits 1", async () => {
  const result = await run("npx", ["tsx", "--conditions=react-server", "jobs/cli/extract.ts", input]).then(
    () => {
      throw new Error("expected a non-zero exit");
    },
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(result.code).toBe(1);
  const lines = result.stdout.trim().split("\n").map((line) => JSON.parse(line));
  expect(lines.map((line) => line.id)).toEqual(["hn:10", "hn:11"]);
  expect(lines[0]).toEqual({
    id: "hn:10",
    frameworks: [],
    roles: ["ml_engineer"],
    seniority: "senior",
    remote: "remote",
    salary: { min: 150_000, max: 180_000, currency: "USD", period: "year" },
    useCases: [],
    countries: ["US"],
  });
  expect(result.stderr).toContain("line 2: not JSON");
  expect(result.stderr).toContain('line 3: unknown source "nowhere"');
});
