import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { MIGRATIONS_DIR } from "@/db/migrate";
import { countableFromCells, countPostings, listPostings, postingFilterSchema, type PostingFilter } from "@/db/queries/postings";
import { getPostingDetail } from "@/db/queries/posting-detail";
import { postings } from "@/db/schema";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => (temp = createTempDb()));
afterEach(() => temp.cleanup());

type Spec = { id: string; source?: string; title: string; company: string; description: string; month?: string } & Partial<NormalisedPosting>;

function item({ id, title, company, description, month = "2026-01", ...rest }: Spec): IngestItem {
  return {
    sourceId: id,
    url: `https://jobs.example.test/${id}`,
    record: { id, title, company, description },
    month,
    postedAt: `${month}-15T12:00:00.000Z`,
    posting: {
      company,
      title,
      locationText: null,
      description,
      applyUrl: `https://jobs.example.test/${id}/apply`,
      frameworks: [],
      roles: [],
      useCases: [],
      countries: [],
      seniority: "unspecified",
      remote: "unspecified",
      salary: null,
      ...rest,
    },
  };
}

function ingest(source: string, specs: Spec[], options: { complete?: boolean; fetchedAt?: string } = {}) {
  return ingestBatch(temp.db, { source, runId: null, fetchedAt: options.fetchedAt ?? "2026-02-01T00:00:00.000Z", validators: [], items: specs.map(item), complete: options.complete });
}

const SPECS: Spec[] = [
  {
    id: "a",
    title: "Computer Vision Engineer",
    company: "Acme 100% AI",
    description: "Train detection models in PyTorch. Zürich office.",
    frameworks: [{ framework: "pytorch", context: "required", snippet: "PyTorch" }],
    useCases: ["computer_vision"],
    roles: ["ml_engineer"],
    countries: ["CH"],
    seniority: "senior",
    remote: "hybrid",
    salary: { min: 120_000, max: 150_000, currency: "CHF", period: "year", text: "CHF 120–150k" },
  },
  {
    id: "b",
    title: "NLP Researcher",
    company: "Beta_Labs",
    description: "Large language models with JAX and TensorFlow; NOT a vision role.",
    frameworks: [
      { framework: "tensorflow", context: "stack", snippet: "TensorFlow" },
      { framework: "jax", context: "required", snippet: "JAX" },
    ],
    useCases: ["nlp_llm"],
    roles: ["research_scientist"],
    countries: ["US"],
    remote: "remote",
    salary: { min: 90, max: 110, currency: "USD", period: "hour", text: "$90-110/h" },
    month: "2025-12",
  },
  { id: "c", title: "Backend Engineer", company: "Gamma", description: "Go and Postgres, no ML.", roles: ["software_engineer"], countries: ["US"], remote: "onsite" },
];

const f = (values: Partial<PostingFilter>) => postingFilterSchema.parse(values);
const ids = (filter: PostingFilter) => listPostings(temp.db, filter).map((row) => temp.db.select({ sourceId: postings.sourceId }).from(postings).where(eq(postings.id, row.id)).get()?.sourceId);

describe("postings explorer queries", () => {
  beforeEach(() => {
    ingest("ashby", SPECS.slice(0, 2), { complete: true });
    ingest("hn", SPECS.slice(2));
  });

  it.each<[string, Partial<PostingFilter>, string[]]>([
    // Same posting day: the later-stored posting first.
    ["everything, newest first", {}, ["c", "a", "b"]],
    ["oldest first", { sort: "oldest" }, ["b", "a", "c"]],
    ["by framework", { framework: "jax" }, ["b"]],
    ["by use case and framework", { useCase: "computer_vision", framework: "pytorch" }, ["a"]],
    ["by role", { role: "software_engineer" }, ["c"]],
    ["by country", { country: "US" }, ["c", "b"]],
    ["by seniority and remote", { seniority: "senior", remote: "hybrid" }, ["a"]],
    ["by source", { source: "hn" }, ["c"]],
    ["every job board", { source: "boards" }, ["a", "b"]],
    ["company, part of the name", { company: "acme" }, ["a"]],
    ["company with LIKE wildcards taken literally", { company: "100%" }, ["a"]],
    ["company underscore is not a wildcard", { company: "Acme_" }, []],
    ["company underscore as written", { company: "Beta_" }, ["b"]],
    ["salary overlapping a USD range", { salaryMin: 150_000 }, ["a", "b"]],
    ["salary below a maximum", { salaryMax: 150_000 }, ["a"]],
    ["salary, highest first", { sort: "salary" }, ["b", "a", "c"]],
    ["months", { from: "2026-01", to: "2026-01" }, ["c", "a"]],
    ["full text, every word", { q: "pytorch zurich" }, ["a"]],
    ["full text over the company", { q: "gamma" }, ["c"]],
    ["operators are words", { q: "NOT vision" }, ["b"]],
    ["unbalanced quote", { q: '"language' }, ["b"]],
    ["nothing searchable is no search", { q: "*** ()" }, ["c", "a", "b"]],
  ])("%s", (_name, values, expected) => {
    const filter = f(values);
    expect(ids(filter)).toEqual(expected);
    expect(countPostings(temp.db, filter).postings).toBe(expected.length);
  });

  it("answers the unfiltered explorer and its framework, source and month filters from the rollup cells", () => {
    for (const values of [{}, { framework: "pytorch" }, { source: "boards", from: "2026-01" }, { companyMatch: "exact" }] as const) expect(countableFromCells(f(values)), JSON.stringify(values)).toBe(true);
    for (const values of [{ company: "acme" }, { company: "Acme", companyMatch: "exact" }, { q: "vision" }, { status: "open" }] as const) expect(countableFromCells(f(values)), JSON.stringify(values)).toBe(false);
  });

  it("ranks a search by relevance", () => {
    ingest("hn", [{ id: "d", title: "Vision vision vision", company: "Delta", description: "computer vision, vision transformers, vision" }]);
    expect(ids(f({ q: "vision", sort: "relevance" }))[0]).toBe("d");
  });

  it("answers a search alone from the text index first, with the page and count of the general query", () => {
    // Texts repeating "vision" 1-6 times (ties in rank among equal texts), every third a repost of the one before (a duplicate group).
    ingest("hn", Array.from({ length: 70 }, (_, i) => ({
      id: `s${i}`, title: `Engineer ${i % 9}`, company: `Company ${i % 4}`, description: `${"vision ".repeat(1 + (i % 6))}models ${i % 5}`,
      ...(i % 3 === 2 ? { applyUrl: `https://jobs.example.test/s${i - 1}/apply` } : {}),
    })));
    // A month from long ago filters nothing but takes the general path (postings joined to every match).
    const general = { from: "1900-01" };
    for (const q of ["vision", "vision models", "engineer 4", "company"]) {
      for (const page of [1, 2, 3]) expect(ids(f({ q, sort: "relevance", page })), `${q} page ${page}`).toEqual(ids(f({ q, sort: "relevance", page, ...general })));
      const count = countPostings(temp.db, f({ q }));
      expect(count).toEqual(countPostings(temp.db, f({ q, ...general })));
      expect(count.postings).toBeGreaterThan(count.jobs ?? Infinity);
    }
  });

  it("stops a search's count, and its ranking, at the limit unless every match is asked for", () => {
    // The best match stored first, then 40 weaker ones (every third a repost): the limit's window of newest matches leaves it out.
    ingest("hn", [{ id: "best", title: "Vision", company: "Old", description: "vision ".repeat(30) }]);
    ingest("hn", Array.from({ length: 40 }, (_, i) => ({
      id: `w${i}`, title: `Engineer ${i % 7}`, company: `Company ${i % 4}`, description: `${"vision ".repeat(1 + (i % 3))}and ${"other words ".repeat(5 + (i % 11))}`,
      ...(i % 3 === 2 ? { applyUrl: `https://jobs.example.test/w${i - 1}/apply` } : {}),
    })));
    const matchIds = temp.db.$client.prepare("SELECT rowid FROM postings_fts WHERE postings_fts MATCH 'vision' ORDER BY rowid DESC").pluck().all() as number[];
    const exact = countPostings(temp.db, f({ q: "vision" }));
    expect(exact).toEqual({ postings: matchIds.length, jobs: expect.any(Number) });
    const all = [1, 2].flatMap((page) => listPostings(temp.db, f({ q: "vision", sort: "relevance", page })).map((row) => row.id));
    expect(all).toHaveLength(matchIds.length);

    // A month from long ago filters nothing but takes the general path (postings joined to every match).
    for (const general of [{}, { from: "1900-01" }]) {
      const q = (values: Partial<PostingFilter>, limit: number) => ({ values: f({ q: "vision", sort: "relevance", ...general, ...values }), limit });
      const count = ({ values, limit }: ReturnType<typeof q>) => countPostings(temp.db, values, limit);
      const page = ({ values, limit }: ReturnType<typeof q>) => listPostings(temp.db, values, limit).map((row) => row.id);
      // Exactly the limit is a whole count; one match more is not.
      expect(count(q({}, matchIds.length))).toEqual(exact);
      expect(count(q({}, matchIds.length - 1))).toEqual({ postings: matchIds.length - 1, jobs: null, capped: true });
      expect(count(q({}, 20))).toEqual({ postings: 20, jobs: null, capped: true });
      expect(count(q({ matches: "all" }, 20))).toEqual(exact);

      // Ranked among the 20 most recently stored matches, in the order of the ranking of every match.
      const window = new Set(matchIds.slice(0, 20));
      expect(page(q({}, 20))).toEqual(all.filter((id) => window.has(id)));
      expect(page(q({}, 20))).not.toContain(all[0]);
      expect(page(q({ matches: "all" }, 20))).toEqual(all.slice(0, 25));
      expect(page(q({ page: 2 }, 20))).toEqual([]);
      // Other orders read every match: the limit is on counting and ranking only.
      expect(page(q({ sort: "oldest" }, 20))).toEqual(listPostings(temp.db, f({ q: "vision", sort: "oldest", ...general }), 1_000).map((row) => row.id));
    }
    // Fewer matches than the limit: counted whole.
    expect(countPostings(temp.db, f({ q: "engineer 4" }), 20)).toEqual(countPostings(temp.db, f({ q: "engineer 4", matches: "all" })));
  });

  it("pages 25 at a time", () => {
    ingest("hn", Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, title: `Engineer ${i}`, company: "Paging", description: "text" })));
    expect(listPostings(temp.db, f({ company: "Paging" }))).toHaveLength(25);
    expect(listPostings(temp.db, f({ company: "Paging", page: 2 }))).toHaveLength(5);
    expect(() => f({ page: 41 })).toThrow();
  });

  it("tells open from closed once a complete listing drops a job", () => {
    ingest("ashby", SPECS.slice(0, 1), { complete: true, fetchedAt: "2026-03-01T00:00:00.000Z" });
    expect(ids(f({ status: "closed" }))).toEqual(["b"]);
    expect(ids(f({ status: "open", source: "ashby" }))).toEqual(["a"]);
  });

  it("returns a posting's labels, snippets and USD salary", () => {
    const id = temp.db.select({ id: postings.id }).from(postings).where(eq(postings.sourceId, "b")).get()?.id ?? 0;
    const detail = getPostingDetail(temp.db, id);
    expect(detail?.frameworks.map((m) => [m.framework, m.context, m.snippet])).toEqual([["jax", "required", "JAX"], ["tensorflow", "stack", "TensorFlow"]]);
    expect(detail?.posting).toMatchObject({ salaryAnnualMin: 187_200, salaryUsdMin: 187_200, salaryRatesDate: "2025-02-28" });
    expect(detail?.useCases).toEqual(["nlp_llm"]);
    expect(getPostingDetail(temp.db, 999_999)).toBeNull();
  });
});

describe("postings_fts stays in step with postings", () => {
  const match = (q: string) => temp.db.$client.prepare("SELECT rowid FROM postings_fts WHERE postings_fts MATCH ? ORDER BY rowid").pluck().all(q);

  it("indexes inserts, re-indexes updates and drops deletes", () => {
    ingest("hn", [SPECS[2] as Spec]);
    const id = temp.db.select({ id: postings.id }).from(postings).get()?.id;
    expect(match("postgres")).toEqual([id]);
    ingest("hn", [{ ...(SPECS[2] as Spec), description: "Rust and SQLite now." }]);
    expect(match("postgres")).toEqual([]);
    expect(match("sqlite")).toEqual([id]);
    temp.db.$client.prepare("DELETE FROM postings WHERE id = ?").run(id);
    expect(match("sqlite")).toEqual([]);
    expect(temp.db.$client.prepare("INSERT INTO postings_fts (postings_fts) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });

  it("backfills the postings stored before the migration", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-fts-"));
    try {
      // The migrations as they were before 0004, then all of them.
      const before = path.join(dir, "before");
      fs.cpSync(MIGRATIONS_DIR, before, { recursive: true });
      const journalFile = path.join(before, "meta", "_journal.json");
      const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: Array<{ tag: string }> };
      journal.entries = journal.entries.filter((entry) => entry.tag < "0004");
      fs.writeFileSync(journalFile, JSON.stringify(journal));
      const db = openDb(path.join(dir, "old.db"));
      migrate(db, { migrationsFolder: before });
      ingestBatch(db, { source: "hn", runId: null, fetchedAt: "2026-02-01T00:00:00.000Z", validators: [], items: [item(SPECS[0] as Spec)] });
      migrate(db, { migrationsFolder: MIGRATIONS_DIR });
      expect(db.$client.prepare("SELECT count(*) FROM postings_fts WHERE postings_fts MATCH 'detection'").pluck().get()).toBe(1);
      db.$client.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
