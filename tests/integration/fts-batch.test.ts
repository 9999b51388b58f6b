import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { applyRederived } from "@/db/ingest/reextract";
import { TERM_GROUPS, termBits } from "@/lib/evidence/term-bits";
import { ALL_SOURCES } from "@/scrapers";
import { ftsQueryOf } from "../helpers/market-oracle";
import { ingestRollupItems, postingIdOf, rollupItem } from "../helpers/rollup-items";
import { scrapeRecorded } from "../helpers/scrape-recorded";
import { createTempDb } from "../helpers/temp-db";

// The ingest indexes a batch's new postings in one statement at its end (migration 0012,
// db/ingest/fts-batch.ts) instead of one trigger statement per posting. After every kind of write,
// by the ingest and by plain SQL, the index must answer exactly as one rebuilt from the postings.

// Queries of every shape the product asks: words, phrases, prefixes, columns, and the term groups.
const QUERIES = [
  "engineer",
  "pytorch",
  "tensorflow OR jax",
  '"machine learning"',
  "data*",
  "title:research",
  "company:cohere",
  "remote NOT senior",
  "pipelines spark",
  "tflite OR litert",
  "inference",
  ...Object.values(TERM_GROUPS).map((group) => ftsQueryOf(group.terms)!),
];

type Row = { id: number; title: string; company: string | null; description: string; term_bits: number };

function matches(db: Db): Record<string, number[]> {
  const statement = db.$client.prepare("select rowid from postings_fts where postings_fts match ? order by rowid").pluck();
  return Object.fromEntries(QUERIES.map((query) => [query, statement.all(query) as number[]]));
}

/** What the index answers now against what a rebuild from the postings answers (rolled back after). */
function expectIndexAsRebuilt(db: Db): void {
  const sqlite = db.$client;
  expect(sqlite.prepare("select count(*) from postings_fts_deferred").pluck().get()).toBe(0);
  sqlite.prepare("insert into postings_fts (postings_fts, rank) values ('integrity-check', 1)").run();
  const indexed = sqlite.prepare("select id from postings_fts_docsize order by id").pluck().all();
  expect(indexed).toEqual(sqlite.prepare("select id from postings order by id").pluck().all());
  const live = matches(db);
  sqlite.exec("savepoint reference");
  try {
    sqlite.prepare("insert into postings_fts (postings_fts) values ('rebuild')").run();
    expect(live).toEqual(matches(db));
  } finally {
    sqlite.exec("rollback to reference; release reference");
  }
  expect(Object.values(live).filter((ids) => ids.length > 0).length).toBeGreaterThan(QUERIES.length / 2);
  // The term bits the update trigger asks FTS5 for, and the ingest computes, still agree with the text.
  const rows = sqlite.prepare("select id, title, company, description, term_bits from postings").all() as Row[];
  expect(rows.filter((row) => row.term_bits !== termBits(row)).map((row) => row.id)).toEqual([]);
}

const ingest = ingestRollupItems;
const idOf = postingIdOf;

describe("postings_fts with the ingest indexing each batch in one statement", () => {
  let temp: ReturnType<typeof createTempDb>;
  beforeAll(async () => {
    temp = createTempDb();
    const sources = ALL_SOURCES.filter((source) => ["hn", "greenhouse", "lever", "ashby", "remotive"].includes(source.name));
    const summaries = await scrapeRecorded(temp.db, sources, { now: new Date("2026-11-26T12:00:00Z") });
    expect(summaries.map((s) => s.status)).not.toContain("failed");
  }, 600_000);
  afterAll(() => temp.cleanup());

  it("matches a rebuilt index after the real scrape of the recorded web", () => {
    expect(temp.db.$client.prepare("select count(*) from postings").pluck().get()).toBeGreaterThan(300);
    expectIndexAsRebuilt(temp.db);
  }, 120_000);

  it("matches after batches of new, changed, repeated and unchanged items together, and closing", () => {
    const db = temp.db;
    ingest(db, "lever", [
      rollupItem("f1", { title: "Machine Learning Engineer", description: "TensorFlow Lite on phones. ".repeat(5) }),
      rollupItem("f2", { company: "Mistral", title: "Research Engineer", description: "Inference with JAX. ".repeat(5) }),
      rollupItem("f3", { title: "Data Engineer", description: "Pipelines in Spark. ".repeat(5), applyUrl: "https://apply.example.test/f3" }),
    ], { board: "fts" });
    expectIndexAsRebuilt(db);
    // One batch: f1 changed (text and all), f2 unchanged, f4 new and in f3's job, f5 new and listed twice.
    ingest(db, "lever", [
      rollupItem("f1", { title: "Staff Engineer", description: "Model serving for enterprise customers. ".repeat(5) }),
      rollupItem("f2", { company: "Mistral", title: "Research Engineer", description: "Inference with JAX. ".repeat(5) }),
      rollupItem("f4", { title: "Senior Data Engineer", description: "Remote. Spark and ExecuTorch. ".repeat(5), applyUrl: "https://apply.example.test/f3" }),
      rollupItem("f5", { title: "Remote ML Engineer", description: "LiteRT first draft. ".repeat(5) }),
      rollupItem("f5", { title: "Remote ML Engineer", description: "LiteRT and PyTorch Mobile. ".repeat(5) }),
    ], { board: "fts" });
    expect(idOf(db, "lever", "f4").groupId).toBe(idOf(db, "lever", "f3").id);
    expectIndexAsRebuilt(db);
    // The whole listing: f3 is closed, f1 changes again, f6 is new.
    ingest(db, "lever", [
      rollupItem("f1", { title: "Staff Engineer (inference)", description: "Edge devices and mobile. ".repeat(5) }),
      rollupItem("f6", { company: "Cohere", title: "Applied Scientist", description: "Embedded models. ".repeat(5) }),
    ], { board: "fts", complete: true });
    expectIndexAsRebuilt(db);
  }, 120_000);

  it("matches after re-extraction, and after postings inserted, changed and deleted by plain SQL", () => {
    const db = temp.db;
    const f6 = idOf(db, "lever", "f6").id;
    applyRederived(db, [{ id: f6, postedAt: "2026-07-01T00:00:00.000Z", posting: rollupItem("f6", { company: "Cohere", title: "Applied Scientist (TFLite)", description: "Embedded models, re-read. ".repeat(5) }).posting }]);
    expectIndexAsRebuilt(db);
    // Copies as bench/generate/replicate.ts makes them: inserted by SQL, indexed by the trigger.
    db.$client.exec(`insert into postings (source, source_id, url, month, posted_at, first_seen, last_seen, company, title, description, content_hash, raw_document_id, seniority, remote, term_bits)
      select source, source_id || '-copy', url || '#copy', month, posted_at, first_seen, last_seen, company, title || ' copy', description, content_hash, raw_document_id, seniority, remote, term_bits
      from postings where source = 'hn' and id % 3 = 0`);
    expectIndexAsRebuilt(db);
    db.$client.exec("update postings set description = description || ' now with model serving', title = upper(title) where source = 'greenhouse' and id % 2 = 0");
    db.$client.exec("update postings set company = 'Enterprise Co' where source = 'hn' and id % 5 = 1");
    db.$client.exec("delete from postings where source = 'remotive' and id % 2 = 1");
    db.$client.exec("delete from postings where source_id like '%-copy' and id % 4 = 0");
    expectIndexAsRebuilt(db);
    // The ingest's next batch after all that still defers and indexes its own.
    ingest(db, "ashby", [rollupItem("after-sql", { title: "On-device ML", description: "ExecuTorch deployment on-device. ".repeat(4) })], { board: "fts" });
    expectIndexAsRebuilt(db);
  }, 120_000);

  it("leaves no deferral behind when a batch fails halfway, and the next batch is indexed", () => {
    const db = temp.db;
    const before = db.$client.prepare("select count(*) from postings").pluck().get();
    const broken = rollupItem("broken-2", {});
    // A NOT NULL column left null: the second new posting's insert fails after the first is written.
    (broken as { month: string | null }).month = null;
    expect(() => ingest(db, "ashby", [rollupItem("broken-1", { title: "Written then rolled back" }), broken], { board: "fts" })).toThrow(/NOT NULL/);
    expect(db.$client.prepare("select count(*) from postings").pluck().get()).toBe(before);
    expect(db.$client.prepare("select count(*) from postings_fts_deferred").pluck().get()).toBe(0);
    // A posting inserted outside the ingest right after is indexed by the trigger (its text matches no term group).
    db.$client.exec("insert into postings (source, source_id, url, month, posted_at, first_seen, last_seen, company, title, description, content_hash, raw_document_id, seniority, remote) select source, 'plain-sql', url || '#plain', month, posted_at, first_seen, last_seen, company, 'Plain SQL engineer', description, content_hash, raw_document_id, seniority, remote from postings where term_bits = 0 limit 1");
    expect(db.$client.prepare("select rowid from postings_fts where postings_fts match 'title:plain'").pluck().all()).toHaveLength(1);
    ingestBatch(db, { source: "ashby", runId: null, fetchedAt: "2026-11-27T00:00:00.000Z", validators: [], board: "fts", items: [rollupItem("broken-1", { title: "Written at last" })] });
    expectIndexAsRebuilt(db);
  }, 120_000);
});
