import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { finishRun, registerSource, RunInProgressError, startRun } from "@/db/ingest/runs";
import { httpValidators, postingFrameworks, postings, rawDocuments, scrapeRuns } from "@/db/schema";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
  registerSource(temp.db, { name: "hn", label: "Hacker News", schedule: "0 6 * * *" });
});
afterEach(() => temp.cleanup());

function posting(overrides: Partial<NormalisedPosting> = {}): NormalisedPosting {
  return {
    company: "Acme",
    title: "ML Engineer",
    locationText: "Berlin",
    description: "We train models in PyTorch.",
    applyUrl: null,
    frameworks: [{ framework: "pytorch", context: "stack", snippet: "We train models in PyTorch." }],
    roles: ["ml_engineer"],
    useCases: [],
    countries: ["DE"],
    seniority: "unspecified",
    remote: "onsite",
    salary: null,
    ...overrides,
  };
}

function item(id: number, text: string, overrides: Partial<NormalisedPosting> = {}): IngestItem {
  return {
    sourceId: String(id),
    url: `https://news.ycombinator.com/item?id=${id}`,
    record: { id, by: "someone", time: 1_500_000_000, text, parent: 1, type: "comment" },
    month: "2018-03",
    postedAt: "2018-03-01T16:00:00.000Z",
    posting: posting(overrides),
  };
}

const batch = (items: IngestItem[], fetchedAt = "2026-11-26T10:00:00.000Z") => ({ source: "hn", runId: null, fetchedAt, items, validators: [] });

describe("ingestBatch on a database migrated from the real migrations", () => {
  it("inserts new postings with their raw document and labels", () => {
    const counts = ingestBatch(temp.db, batch([item(1, "Acme | ML Engineer | Berlin"), item(2, "Beta | Data Scientist")]));
    expect(counts).toEqual({ newCount: 2, updatedCount: 0, unchangedCount: 0, closedCount: 0 });
    expect(temp.db.select().from(postings).all()).toHaveLength(2);
    expect(temp.db.select().from(rawDocuments).all()).toHaveLength(2);
    expect(temp.db.select().from(postingFrameworks).all().map((f) => f.framework)).toEqual(["pytorch", "pytorch"]);
  });

  it("adds nothing when the same data arrives again, only last_seen moves", () => {
    ingestBatch(temp.db, batch([item(1, "Acme | ML Engineer")]));
    const counts = ingestBatch(temp.db, batch([item(1, "Acme | ML Engineer")], "2026-11-27T10:00:00.000Z"));
    expect(counts).toEqual({ newCount: 0, updatedCount: 0, unchangedCount: 1, closedCount: 0 });
    const rows = temp.db.select().from(postings).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firstSeen: "2026-11-26T10:00:00.000Z", lastSeen: "2026-11-27T10:00:00.000Z" });
    expect(temp.db.select().from(rawDocuments).all()).toHaveLength(1);
  });

  it("updates a changed comment in place and keeps its old raw document", () => {
    ingestBatch(temp.db, batch([item(1, "Acme | ML Engineer | PyTorch")]));
    const counts = ingestBatch(
      temp.db,
      batch([item(1, "Acme | ML Engineer | TensorFlow", { frameworks: [{ framework: "tensorflow", context: "required", snippet: "TensorFlow" }] })]),
    );
    expect(counts).toEqual({ newCount: 0, updatedCount: 1, unchangedCount: 0, closedCount: 0 });
    const raws = temp.db.select().from(rawDocuments).all();
    expect(raws.map((r) => JSON.parse(r.body).text)).toEqual(["Acme | ML Engineer | PyTorch", "Acme | ML Engineer | TensorFlow"]);
    const [row] = temp.db.select().from(postings).all();
    expect(row?.rawDocumentId).toBe(raws[1]?.id);
    expect(temp.db.select().from(postingFrameworks).where(eq(postingFrameworks.postingId, row!.id)).all()).toEqual([
      { postingId: row!.id, framework: "tensorflow", context: "required", snippet: "TensorFlow" },
    ]);
  });

  it("writes nothing of a batch that fails half way", () => {
    const bad = item(2, "second");
    (bad.posting as { frameworks: unknown }).frameworks = [{ framework: "pytorch", context: "stack", snippet: null }];
    expect(() => ingestBatch(temp.db, batch([item(1, "first"), bad]))).toThrow();
    expect(temp.db.select().from(postings).all()).toHaveLength(0);
    expect(temp.db.select().from(rawDocuments).all()).toHaveLength(0);
  });

  it("prepares its statements once per connection: a second batch of new, changed and unchanged items prepares none", () => {
    const mixed = (n: number, remote: string) =>
      batch([
        item(n, "Acme | ML Engineer", { company: `Acme ${n}` }),
        item(n + 1, `Beta | Data Scientist | ${remote}`, { company: `Beta ${n}`, applyUrl: `https://beta.example/jobs/${n}` }),
        item(n + 2, "Gamma | SRE", { company: `Gamma ${n}`, applyUrl: `https://beta.example/jobs/${n}` }),
      ]);
    ingestBatch(temp.db, mixed(1, "onsite"));
    ingestBatch(temp.db, mixed(1, "remote"));
    const prepare = vi.spyOn(temp.db.$client, "prepare");
    expect(ingestBatch(temp.db, mixed(1, "hybrid"))).toEqual({ newCount: 0, updatedCount: 1, unchangedCount: 2, closedCount: 0 });
    expect(ingestBatch(temp.db, mixed(10, "remote"))).toEqual({ newCount: 3, updatedCount: 0, unchangedCount: 0, closedCount: 0 });
    expect(prepare).not.toHaveBeenCalled();
    // A repost of an apply URL joins the group of the first posting with it; the others are groups of their own.
    const rows = temp.db.select({ sourceId: postings.sourceId, id: postings.id, groupId: postings.groupId }).from(postings).orderBy(postings.id).all();
    const idOf = (sourceId: string) => rows.find((row) => row.sourceId === sourceId)!.id;
    expect(rows.map((row) => [row.sourceId, row.groupId])).toEqual([
      ["1", idOf("1")],
      ["2", idOf("2")],
      ["3", idOf("2")],
      ["10", idOf("10")],
      ["11", idOf("11")],
      ["12", idOf("11")],
    ]);
  });

  it("gives a posting that starts its own group the id AUTOINCREMENT would, never a deleted posting's, as its group", () => {
    ingestBatch(temp.db, batch([item(1, "Acme | ML Engineer"), item(2, "Beta | Data Scientist", { company: "Beta" })]));
    const deleted = temp.db.select({ id: postings.id }).from(postings).where(eq(postings.sourceId, "2")).get()!.id;
    temp.db.delete(postings).where(eq(postings.id, deleted)).run();
    ingestBatch(temp.db, batch([item(3, "Gamma | SRE", { company: "Gamma" })]));
    expect(temp.db.select({ sourceId: postings.sourceId, id: postings.id, groupId: postings.groupId }).from(postings).orderBy(postings.id).all()).toEqual([
      { sourceId: "1", id: deleted - 1, groupId: deleted - 1 },
      { sourceId: "3", id: deleted + 1, groupId: deleted + 1 },
    ]);
  });

  it("remembers validators for conditional requests with the batch", () => {
    ingestBatch(temp.db, { ...batch([item(1, "a")]), validators: [{ url: "https://hn.algolia.com/api/v1/items/1", validators: { etag: '"abc"', lastModified: null } }] });
    expect(temp.db.select().from(httpValidators).all()).toMatchObject([{ url: "https://hn.algolia.com/api/v1/items/1", etag: '"abc"' }]);
  });
});

describe("scrape runs", () => {
  it("allows one live run per source and records its counts", () => {
    const runId = startRun(temp.db, "hn", { from: "2018-03" });
    expect(() => startRun(temp.db, "hn", {})).toThrow(RunInProgressError);
    finishRun(temp.db, runId, {
      status: "partial",
      counts: { fetched: 3, newCount: 2, updatedCount: 0, unchangedCount: 1, closedCount: 0, failedCount: 1, skippedCount: 4 },
      errors: [{ url: "https://x.test", kind: "http", status: 503, message: "boom" }],
    });
    const run = temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.id, runId)).get();
    expect(run).toMatchObject({ status: "partial", fetched: 3, newCount: 2, failedCount: 1, options: { from: "2018-03" } });
    expect(run?.errors).toHaveLength(1);
    expect(startRun(temp.db, "hn", {})).toBeGreaterThan(runId);
  });

  it("releases a source whose run was abandoned long ago", () => {
    const old = startRun(temp.db, "hn", {}, new Date("2026-11-01T00:00:00Z"));
    const fresh = startRun(temp.db, "hn", {}, new Date("2026-11-26T00:00:00Z"));
    expect(fresh).not.toBe(old);
    expect(temp.db.select().from(scrapeRuns).where(eq(scrapeRuns.id, old)).get()?.status).toBe("failed");
  });

  it("sets WAL, a busy timeout and foreign keys on every connection", () => {
    const pragma = (name: string) => temp.db.$client.pragma(name, { simple: true });
    expect(pragma("journal_mode")).toBe("wal");
    expect(pragma("busy_timeout")).toBe(5000);
    expect(pragma("foreign_keys")).toBe(1);
  });
});
