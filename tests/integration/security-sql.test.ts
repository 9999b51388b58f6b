import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestBatch } from "@/db/ingest/postings";
import { CSV_META_LINES } from "@/lib/export/meta";
import { syntheticPosting } from "../../bench/posting-shape";
import { seededRandom } from "../../bench/survey-shape";
import { startNextServer } from "../helpers/next-server";
import { createTempDb } from "../helpers/temp-db";

// Companies whose names hold what SQL, LIKE and FTS5 would read as syntax; each must be found as written.
const TRICKY_COMPANIES = [
  "O'Reilly Media",
  "100% Remote Co",
  "Under_Score Labs",
  "Back\\Slash GmbH",
  "Robert'); DROP TABLE postings; --",
  'Quote "Double" Inc',
  "Semi;Colon AG",
  "Dash--Dash Ltd",
  "/* Comment */ Corp",
];

const PAYLOADS = [
  "'",
  '"',
  ";",
  "--",
  "/* */",
  "%",
  "_",
  "\\",
  "' OR 1=1 --",
  "'; DROP TABLE postings; --",
  "Robert'); DROP TABLE postings; --",
  "O'Reilly",
  "100%",
  "(",
  "NEAR(",
  "*",
  "-",
  "AND OR",
  "pytorch NOT",
  "title:x",
];

// Every parameter of the explorer and of each aggregate that a client can type into.
const POSTING_PARAMS = ["q", "company", "country", "role", "framework", "use_case", "seniority", "remote", "source", "status", "sort", "from", "to", "salary_min", "page"];
// The page reads the same schema as the API; its free-text fields and a few enums are enough there.
const PAGE_PARAMS = ["q", "company", "country", "role", "source", "from"];
const AGGREGATES: Record<string, string[]> = {
  "/api/v1/trends": ["from", "to", "framework", "country"],
  "/api/v1/talent": ["year", "framework", "role", "seniority", "region", "from", "to"],
  "/api/v1/salaries": ["origin", "framework", "role", "seniority", "region", "year", "split"],
  "/api/v1/use-cases": ["source", "from", "to"],
  "/api/v1/companies": ["source"],
};

let temp: ReturnType<typeof createTempDb>;
let server: Awaited<ReturnType<typeof startNextServer>>;
let companies: string[];
let tablesBefore: unknown[];

const tables = () => temp.db.$client.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') ORDER BY name").pluck().all();
const postingCount = () => temp.db.$client.prepare("SELECT count(*) FROM postings").pluck().get();

beforeAll(async () => {
  temp = createTempDb();
  const random = seededRandom(8);
  const items = Array.from({ length: 30 }, (_, i) => syntheticPosting(i + 1, random, { firstMonth: "2026-01", months: 3 }));
  TRICKY_COMPANIES.forEach((company, i) => {
    const item = syntheticPosting(100 + i, random, { firstMonth: "2026-02", months: 1, title: `PyTorch Engineer at ${company}` });
    items.push({ ...item, sourceId: `tricky-${i}`, posting: { ...item.posting, company } });
  });
  ingestBatch(temp.db, { source: "ashby", runId: null, fetchedAt: "2026-03-20T00:00:00.000Z", validators: [], items });
  tablesBefore = tables();
  companies = temp.db.$client.prepare("SELECT company FROM postings").pluck().all() as string[];
  server = await startNextServer({ PULSE_DB: temp.file });
});

afterAll(async () => {
  await server?.stop();
  temp?.cleanup();
});

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");
const url = (path: string, param: string, value: string) => `${server.url}${path}?${new URLSearchParams({ [param]: value })}`;

/** A 200, or a 400 in the one envelope that names the parameter: never a 500. */
async function acceptedOrRefused(path: string, param: string, value: string): Promise<Response> {
  const response = await fetch(url(path, param, value));
  expect([200, 400], `${path} ${param}=${value}`).toContain(response.status);
  if (response.status === 400) {
    const body = (await response.clone().json()) as { error: { code: string; message: string; issues: Array<{ param: string }> } };
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.message.length).toBeGreaterThan(0);
    expect(body.error.issues.map((issue) => issue.param), `${path} ${param}=${value}`).toContain(param);
  }
  return response;
}

describe("SQL, LIKE and FTS5 metacharacters are data", () => {
  it("a company filter finds exactly the companies that contain it literally, on the API, the export and the page", async () => {
    for (const value of PAYLOADS) {
      const expected = companies.filter((company) => company.toLowerCase().includes(value.trim().toLowerCase())).length;
      const api = (await (await acceptedOrRefused("/api/v1/postings", "company", value)).json()) as { page: { postings: number }; data: Array<{ company: string }> };
      expect(api.page.postings, `company=${value}`).toBe(expected);
      for (const row of api.data) expect(row.company.toLowerCase()).toContain(value.trim().toLowerCase());

      const csv = await (await acceptedOrRefused("/export/postings.csv", "company", value)).text();
      const rows = parse(csv, { bom: true, from_line: CSV_META_LINES + 1, columns: true }) as Array<{ company: string }>;
      expect(rows.map((row) => row.company).sort(), `export company=${value}`).toEqual(companies.filter((c) => c.toLowerCase().includes(value.trim().toLowerCase())).sort());

      const page = await fetch(url("/postings", "company", value));
      expect(page.status).toBe(200);
    }
    expect(companies.filter((c) => c.includes("%"))).toEqual(["100% Remote Co"]);
  });

  it.each([
    ["O'Reilly", ["O'Reilly Media"]],
    ["Robert'); DROP TABLE postings; --", ["Robert'); DROP TABLE postings; --"]],
    ['Quote "Double"', ['Quote "Double" Inc']],
    ["Back\\Slash", ["Back\\Slash GmbH"]],
  ])("a search for %j finds the posting that holds it as words", async (q, expected) => {
    const api = (await (await acceptedOrRefused("/api/v1/postings", "q", q)).json()) as { data: Array<{ company: string }> };
    expect(api.data.map((row) => row.company)).toEqual(expected);
    // The explorer lists the same one posting; React writes text with these five escapes.
    const html = await (await fetch(url("/postings", "q", q))).text();
    const titles = TRICKY_COMPANIES.filter((company) => html.includes(escapeHtml(`PyTorch Engineer at ${company}`)));
    expect(titles).toEqual(expected);
  });

  it("every explorer parameter takes every payload on the page, the API and the export without a 500", async () => {
    for (const param of POSTING_PARAMS) {
      for (const value of PAYLOADS) {
        await acceptedOrRefused("/api/v1/postings", param, value);
        await acceptedOrRefused("/export/postings.csv", param, value);
        if (PAGE_PARAMS.includes(param)) expect((await fetch(url("/postings", param, value))).status, `/postings ${param}=${value}`).toBe(200);
      }
    }
  });

  it("every aggregate parameter takes every payload without a 500", async () => {
    for (const [path, params] of Object.entries(AGGREGATES)) {
      for (const param of params) for (const value of PAYLOADS) await acceptedOrRefused(path, param, value);
    }
  });

  it("leaves every table, index and row where it was", () => {
    expect(tables()).toEqual(tablesBefore);
    expect(tablesBefore).toEqual(expect.arrayContaining(["postings", "scrape_runs"]));
    expect(postingCount()).toBe(30 + TRICKY_COMPANIES.length);
  });
});
