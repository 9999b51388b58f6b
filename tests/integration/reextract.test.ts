import { count, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { postingFrameworks, postings } from "@/db/schema";
import { reextractPostings } from "@/jobs/reextract";
import { hnSource } from "@/scrapers/hn";
import { sourceTestKit } from "../helpers/source-test-kit";

const kit = sourceTestKit(hnSource, { now: new Date("2026-11-26T12:00:00Z") });
const mentions = () => kit.db().select({ n: count() }).from(postingFrameworks).get()?.n ?? 0;

describe("reextract", () => {
  it("finds nothing to change right after a scrape: ingest and re-extraction derive alike", async () => {
    await kit.tick({ options: { from: "2026-01", to: "2026-01" } });
    const summary = reextractPostings(kit.db());
    expect(summary).toMatchObject({ changed: 0, failed: 0 });
    expect(summary.checked).toBeGreaterThan(240);
  });

  it("brings postings derived by older extractors up to date, once", async () => {
    await kit.tick({ options: { from: "2026-01", to: "2026-01" } });
    const before = { mentions: mentions(), rows: kit.rows() };
    // What an older extractor left behind: no mentions, no seniority, another hash.
    const stale = before.rows.slice(0, 50).map((row) => row.id);
    kit.db().delete(postingFrameworks).where(inArray(postingFrameworks.postingId, stale)).run();
    kit.db().update(postings).set({ seniority: "unspecified", extractHash: "older-extractors" }).where(inArray(postings.id, stale)).run();

    const first = reextractPostings(kit.db());
    expect(first.changed).toBe(50);
    expect(mentions()).toBe(before.mentions);
    for (const row of before.rows.slice(0, 50)) {
      expect(kit.db().select().from(postings).where(eq(postings.id, row.id)).get()).toMatchObject({ seniority: row.seniority, extractHash: row.extractHash });
    }
    expect(reextractPostings(kit.db()).changed).toBe(0);
  });
});
