import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { ingestBatch } from "@/db/ingest/postings";
import { getFrameworkJobCounts } from "@/db/queries/framework-evidence";
import { TERM_GROUPS, termBits, type TermGroup } from "@/lib/evidence/term-bits";
import { toFtsQuery } from "@/lib/search/fts-query";
import { POSTING_SOURCES } from "@/lib/sources";
import { ALL_SOURCES } from "@/scrapers";
import { scrapeRecorded } from "../helpers/scrape-recorded";
import { createTempDb } from "../helpers/temp-db";

type Posting = { id: number; title: string; company: string | null; description: string; job: number };

/** The FTS5 query scopeConditions (db/queries/framework-evidence.ts) runs for a term list; null: it matches nothing. */
function ftsQueryOf(terms: readonly string[]): string | null {
  const queries = terms.map(toFtsQuery).filter((q): q is string => q !== null);
  return queries.length > 0 ? queries.map((q) => `(${q})`).join(" OR ") : null;
}

// The recorded snapshot names no TensorFlow on-device runtime and barely any PyTorch one: these
// postings, through the real ingest, give every group matches and near misses to be compared on.
const RUNTIME_TEXTS: Array<[title: string, description: string]> = [
  ["Android ML Engineer (TFLite)", "Ship TensorFlow Lite models to phones."],
  ["ML Engineer", "Convert models with tflite_convert; LiteRT experience is a plus."],
  ["Edge AI Engineer", "Our runtime is tflite2, not TF-Lite; we use Tensor\u00adFlow Lite where needed."],
  ["Mobile ML", "Experience with TensorFlow and a lite touch."],
  ["On-device ML", "ExecuTorch or PyTorch\u00a0Mobile deployment on-device."],
  ["Researcher", "PyTorch, mobile-first apps, executorch-based demos, ＥｘｅｃｕＴｏｒｃｈ."],
  ["Engineer", "pytorchmobile and LiteRTs and l\u0301itert and TFLİTE."],
];

function seedRuntimePostings(db: Db): void {
  RUNTIME_TEXTS.forEach(([title, description], i) =>
    ingestBatch(db, {
      source: "ashby",
      runId: null,
      fetchedAt: "2026-11-26T00:00:00.000Z",
      validators: [],
      items: [
        {
          sourceId: `term-bits-${i}`,
          url: `https://jobs.example.test/term-bits/${i}`,
          record: { i },
          month: "2026-10",
          postedAt: "2026-10-02T00:00:00.000Z",
          posting: {
            company: `Runtime Co ${i}`,
            title,
            locationText: null,
            description,
            applyUrl: `https://apply.example.test/term-bits/${i}`,
            frameworks: [],
            roles: ["ml_engineer"],
            useCases: [],
            countries: [],
            seniority: "unspecified",
            remote: "unspecified",
            salary: null,
          },
        },
      ],
    }),
  );
}

const groups = Object.entries(TERM_GROUPS) as Array<[TermGroup, (typeof TERM_GROUPS)[TermGroup]]>;

describe("termBits against FTS5 on every posting of the recorded snapshot", () => {
  let temp: ReturnType<typeof createTempDb>;
  let postings: Posting[];
  let bits: Map<number, number>;
  let lastScraped: number;
  beforeAll(async () => {
    temp = createTempDb();
    const postingSources = ALL_SOURCES.filter((source) => (POSTING_SOURCES as readonly string[]).includes(source.name));
    const summaries = await scrapeRecorded(temp.db, postingSources, { now: new Date("2026-11-26T12:00:00Z") });
    expect(summaries.map((s) => s.status)).not.toContain("failed");
    const scraped = (temp.db.$client.prepare("select count(*) as n, max(id) as last from postings").get() as { n: number; last: number });
    lastScraped = scraped.last;
    seedRuntimePostings(temp.db);
    console.log(`term-bits: ${scraped.n} postings scraped from the recorded snapshot, ${RUNTIME_TEXTS.length} seeded`);
    postings = temp.db.$client.prepare("select id, title, company, description, coalesce(group_id, id) as job from postings order by id").all() as Posting[];
    bits = new Map(postings.map((p) => [p.id, termBits(p)]));
  }, 600_000);
  afterAll(() => temp.cleanup());

  it.each(groups)("%s: the bit is set on exactly the postings its FTS query matches", (name, group) => {
    const matched = new Set(
      (temp.db.$client.prepare("select rowid from postings_fts where postings_fts match ?").all(ftsQueryOf(group.terms)) as Array<{ rowid: number }>).map((r) => r.rowid),
    );
    const differing = postings.filter((p) => ((bits.get(p.id)! & group.bit) !== 0) !== matched.has(p.id)).map((p) => p.id);
    const inSnapshot = [...matched].filter((id) => id <= lastScraped).length;
    console.log(`term-bits ${name}: ${postings.length} postings, ${matched.size} matched by FTS5 (${inSnapshot} of them scraped), ${differing.length} differing`);
    expect(postings.length).toBeGreaterThan(1000);
    expect(matched.size).toBeGreaterThan(0);
    expect(matched.size).toBeLessThan(postings.length);
    expect(differing).toEqual([]);
  });

  it.each(groups)("%s: the page's job count equals the distinct jobs with the bit", (_name, group) => {
    const jobs = new Set(postings.filter((p) => (bits.get(p.id)! & group.bit) !== 0).map((p) => p.job));
    expect(getFrameworkJobCounts(temp.db, { terms: [...group.terms] }).jobs).toBe(jobs.size);
  });

  it.each([
    ["production", "enterprise"],
    ["edge", "edgeRuntimeTensorflow", "edgeRuntimePytorch"],
    ["edgeRuntimeTensorflow", "edgeRuntimePytorch"],
  ] as TermGroup[][])("the union of %s counts as the page counts any of their terms", (...names) => {
    const mask = names.reduce((bits, name) => bits | TERM_GROUPS[name].bit, 0);
    const jobs = new Set(postings.filter((p) => (bits.get(p.id)! & mask) !== 0).map((p) => p.job));
    expect(jobs.size).toBeGreaterThan(0);
    expect(getFrameworkJobCounts(temp.db, { terms: names.flatMap((name) => [...TERM_GROUPS[name].terms]) }).jobs).toBe(jobs.size);
  });
});
