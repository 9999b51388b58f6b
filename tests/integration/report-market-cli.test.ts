import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { seedJobs, seedRespondents, times } from "../helpers/market-fixtures";
import { createTempDb } from "../helpers/temp-db";

const run = promisify(execFile);
let temp: ReturnType<typeof createTempDb>;

beforeAll(() => {
  temp = createTempDb();
  seedRespondents(temp.db, [
    { role: "software_engineer", seniority: "senior", country: "DE", used: ["pytorch"], comp: 90_000 },
    { role: "software_engineer", seniority: "senior", country: "FR", used: ["pytorch", "tensorflow"] },
    { role: "software_engineer", seniority: "mid", country: "DE", used: ["tensorflow"] },
    { role: "software_engineer", seniority: "mid", country: "GB", wanted: ["pytorch"] },
    { role: "software_engineer", seniority: "junior", country: "IN", used: ["pytorch"] },
    { role: "data_scientist", seniority: "mid", country: "ES", used: ["tensorflow", "keras"] },
    { role: "data_scientist", seniority: "senior", country: "JP" },
    { role: "data_scientist", seniority: "senior", country: "JP", used: ["pytorch"] },
    { role: null, country: null, used: ["pytorch"] },
    { role: "software_engineer", seniority: "mid", country: "TR" },
  ]);
  seedJobs(temp.db, [
    // 10 PyTorch ML-engineer jobs in the US paying 100k…190k (midpoints), one in Germany in euros.
    ...times(10, (i) => ({
      frameworks: ["pytorch" as const],
      roles: ["ml_engineer" as const],
      seniority: "senior" as const,
      countries: ["US"],
      salary: { min: 95_000 + i * 10_000, max: 105_000 + i * 10_000, currency: "USD", period: "year" as const },
    })),
    { frameworks: ["pytorch"], roles: ["ml_engineer"], seniority: "senior", countries: ["DE"], salary: { min: 70_000, max: 80_000, currency: "EUR", period: "year" } },
  ]);
});
afterAll(() => temp.cleanup());

const report = (...args: string[]) => run("npm", ["run", "--silent", "report", "--", ...args], { env: { ...process.env, PULSE_DB: temp.file } });
const dataLines = (csv: string) => csv.split("\n").filter((line) => line && !line.startsWith("# "));

describe("npm run report -- supply", () => {
  it("writes respondents, shares and Wilson bounds per framework, role and region, after the caveat", async () => {
    const { stdout } = await report("supply", "--framework", "pytorch", "--format", "csv");
    expect(stdout.startsWith(`# ${SURVEY_CAVEAT}`)).toBe(true);
    // 0 of 1 → [0, z²/(1 + z²)] = [0, 3.841459/4.841459] = [0, 0.793451]; 1 of 2 → 0.5 ± 0.671055 × 0.604228 = [0.094530, 0.905470];
    // 2 of 4 → 0.5 ± 0.999796 × 0.350033 = [0.150038, 0.849962]; 1 of 1 → [1/(1 + z²), 1] = [0.206549, 1]. Rounded to 4 places.
    expect(dataLines(stdout)).toEqual([
      "source,year,framework,role,region,respondents,share,share_low,share_high",
      "so-survey,2023,pytorch,data_scientist,europe,0,0,0,0.7935",
      "so-survey,2023,pytorch,data_scientist,asia,1,0.5,0.0945,0.9055",
      "so-survey,2023,pytorch,software_engineer,europe,2,0.5,0.15,0.85",
      "so-survey,2023,pytorch,software_engineer,asia,1,0.5,0.0945,0.9055",
      "so-survey,2023,pytorch,unknown,unknown,1,1,0.2065,1",
    ]);
    expect(parse(stdout, { comment: "#", columns: true })).toHaveLength(5);
  });

  it("honours --seniority, --region, --by and --relation wanted (next-year supply)", async () => {
    const senior = await report("supply", "--seniority", "senior", "--by", "region", "--framework", "pytorch", "--format", "csv");
    // Seniors: r1 (DE), r2 (FR) in Europe, both PyTorch: 2 of 2 → [2/(2 + z²), 1] = [2/5.841459, 1] = [0.342380, 1];
    // r7, r8 (JP) in Asia, one PyTorch: 1 of 2 → [0.094530, 0.905470]. A filtered dimension reads its value, not "all".
    expect(dataLines(senior.stdout).slice(1)).toEqual(["so-survey,2023,pytorch,all,europe,2,1,0.3424,1", "so-survey,2023,pytorch,all,asia,1,0.5,0.0945,0.9055"]);
    const wanted = await report("supply", "--relation", "wanted", "--region", "europe", "--by", "", "--format", "csv");
    expect(wanted.stdout).toContain("respondents who want to work with it next year");
    // Europe: r1–r4, r6 → 5 respondents; r4 wants PyTorch. 1 of 5: d = 1.768292, c = (0.2 + 0.384146)/1.768292 = 0.330345,
    //   h = 1.108396 × √(0.032 + 0.038415) = 1.108396 × 0.265357 = 0.294121 → [0.036224, 0.624465]
    expect(dataLines(wanted.stdout).find((line) => line.includes(",pytorch,"))).toBe("so-survey,2023,pytorch,all,europe,1,0.2,0.0362,0.6245");
  });

  it("prints JSON with the caveat beside the rows", async () => {
    const { stdout } = await report("supply", "--framework", "keras", "--by", "", "--format", "json");
    const body = JSON.parse(stdout) as { notes: string[]; rows: Array<Record<string, unknown>> };
    expect(body.notes[0]).toContain(SURVEY_CAVEAT);
    expect(body.rows).toEqual([expect.objectContaining({ framework: "keras", respondents: 1, sample: 10, share: 0.1 })]);
  });
});

describe("npm run report -- salaries", () => {
  it("writes the bands per origin, framework, role, seniority, region and currency, thin ones without percentiles", async () => {
    const { stdout } = await report("salaries", "--origin", "posted", "--format", "csv");
    expect(stdout).not.toContain(SURVEY_CAVEAT);
    expect(stdout).toMatch(/^# posted: Job ads that state pay: the midpoint of the posted range, as yearly base pay in the currency of the ad/);
    // Midpoints 100k…190k, n − 1 = 9: p10 h = 0.9 → 109k; p25 h = 2.25 → 122.5k; p50 h = 4.5 → 145k; p75 h = 6.75 → 167.5k; p90 h = 8.1 → 181k
    expect(dataLines(stdout)).toEqual([
      "origin,framework,role,seniority,region,currency,n,p10,p25,p50,p75,p90",
      "posted,pytorch,ml_engineer,senior,northern_america,USD,10,109000,122500,145000,167500,181000",
      "posted,pytorch,ml_engineer,senior,europe,EUR,1,,,,,",
      "posted,any,ml_engineer,senior,northern_america,USD,10,109000,122500,145000,167500,181000",
      "posted,any,ml_engineer,senior,europe,EUR,1,,,,,",
    ]);
  });

  it("carries the survey caveat when survey bands are in the file, and honours --framework and --by", async () => {
    const { stdout } = await report("salaries", "--origin", "survey", "--framework", "pytorch", "--by", "region", "--format", "csv");
    expect(stdout.startsWith(`# ${SURVEY_CAVEAT} Stack Overflow Developer Survey: respondents chose to take part`)).toBe(true);
    expect(stdout).toContain("# survey 2023: Stack Overflow Developer Survey: total yearly compensation in US dollars");
    expect(dataLines(stdout).slice(1)).toEqual(["survey,pytorch,all,all,europe,USD,1,,,,,"]);
  });
});

describe("npm run report: bad input", () => {
  it.each([
    [["supply", "--relation", "maybe"], /--relation: Invalid option/],
    [["salaries", "--year", "20x3"], /--year: /],
    [["salaries", "--by", "role,planet"], /--by: Invalid option/],
    [["supply", "--by", "seniority"], /--by: Invalid option/],
    [["trends", "--year", "2023"], /--year is not an option of trends/],
    [["wages"], /view: expected one of trends, supply, salaries, got wages/],
    [["supply", "--colour", "red"], /Unknown option '--colour'/],
  ])("%j → exit 2 with a clear message", async (args, message) => {
    const failure = await report(...args).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(message);
  });
});
