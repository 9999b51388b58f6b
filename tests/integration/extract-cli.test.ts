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

it("npm run --silent extract prints only the contract's lines: its fields in order, salary as {min,max,currency,period}", async () => {
  const ashby = {
    id: "job-7",
    title: "Senior Research Engineer, Training",
    location: "London",
    isRemote: false,
    jobUrl: "https://jobs.ashbyhq.com/acme/job-7",
    descriptionPlain: "You will pretrain large language models on our cluster.\nJAX is required; PyTorch experience is a plus.",
    compensation: {
      compensationTiers: [{ title: null, components: [{ compensationType: "Salary", interval: "1 YEAR", currencyCode: "GBP", minValue: 120_000, maxValue: 160_000 }] }],
    },
  };
  const file = path.join(dir, "contract.jsonl");
  writeFileSync(file, `${JSON.stringify({ id: "ashby:acme:job-7", source: "ashby", record: ashby })}\n${hn(12, "Gamma | Staff Backend Engineer | Remote | €90.000–110.000")}\n`);
  const { stdout, stderr } = await run("npm", ["run", "--silent", "extract", "--", file]);
  expect(stderr).toBe("");
  const lines = stdout.trim().split("\n");
  expect(lines).toHaveLength(2);
  const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const fields = ["id", "frameworks", "roles", "seniority", "remote", "salary", "useCases", "countries"];
  expect(Object.keys(first ?? {})).toEqual(fields);
  expect(Object.keys(second ?? {})).toEqual(fields);
  expect(first).toEqual({
    id: "ashby:acme:job-7",
    frameworks: ["jax", "pytorch"],
    roles: ["research_engineer"],
    seniority: "senior",
    remote: "onsite",
    salary: { min: 120_000, max: 160_000, currency: "GBP", period: "year" },
    useCases: ["nlp_llm"],
    countries: ["GB"],
  });
  expect(second).toMatchObject({ id: "hn:12", seniority: "staff_plus", remote: "remote", salary: { min: 90_000, max: 110_000, currency: "EUR", period: "year" } });
});
