import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestBatch, type IngestItem } from "@/db/ingest/postings";
import { registerSource } from "@/db/ingest/runs";
import { postings } from "@/db/schema";
import type { NormalisedPosting } from "@/lib/normalise/types";
import { createTempDb } from "../helpers/temp-db";

let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
  for (const name of ["ashby", "remotive", "hn"]) registerSource(temp.db, { name, label: name, schedule: "0 * * * *" });
});
afterEach(() => temp.cleanup());

const DESCRIPTION = "You will train and serve large language models with PyTorch on our GPU cluster. ".repeat(6);

function item(sourceId: string, overrides: Partial<NormalisedPosting> = {}, postedAt = "2026-07-01T00:00:00.000Z"): IngestItem {
  const posting: NormalisedPosting = {
    company: "Cohere", title: "ML Engineer", locationText: "London", description: DESCRIPTION, applyUrl: null,
    frameworks: [], roles: [], useCases: [], countries: [], seniority: "unspecified", remote: "unspecified", salary: null,
    ...overrides,
  };
  return { sourceId, url: `https://example.test/${sourceId}`, record: { sourceId, ...overrides }, month: postedAt.slice(0, 7), postedAt, posting };
}

const ingest = (source: string, items: IngestItem[], extra: { board?: string | null; complete?: boolean; fetchedAt?: string } = {}) =>
  ingestBatch(temp.db, { source, runId: null, fetchedAt: extra.fetchedAt ?? "2026-11-26T00:00:00.000Z", items, validators: [], board: extra.board ?? null, complete: extra.complete ?? false });

const rows = () => temp.db.select().from(postings).orderBy(postings.id).all();

describe("a board's complete listing", () => {
  it("closes a job the board no longer lists, with the date, and keeps the row", () => {
    ingest("ashby", [item("a"), item("b", { title: "Research Scientist" })], { board: "cohere", complete: true });
    ingest("ashby", [item("x", { company: "Suno", title: "Audio ML" })], { board: "suno", complete: true });
    const counts = ingest("ashby", [item("a")], { board: "cohere", complete: true, fetchedAt: "2026-11-27T00:00:00.000Z" });
    expect(counts.closedCount).toBe(1);
    expect(rows().map((r) => [r.sourceId, r.closedAt])).toEqual([
      ["a", null],
      ["b", "2026-11-27T00:00:00.000Z"],
      ["x", null],
    ]);
  });

  it("reopens a closed job that comes back", () => {
    ingest("ashby", [item("a"), item("b", { title: "Research Scientist" })], { board: "cohere", complete: true });
    ingest("ashby", [item("a")], { board: "cohere", complete: true });
    ingest("ashby", [item("a"), item("b", { title: "Research Scientist" })], { board: "cohere", complete: true });
    expect(rows().every((r) => r.closedAt === null)).toBe(true);
  });

  it("never closes anything from a partial page of a feed", () => {
    ingest("remotive", [item("a"), item("b", { title: "Data Engineer" })]);
    expect(ingest("remotive", [item("a")]).closedCount).toBe(0);
  });
});

describe("cross-source duplicates", () => {
  it("links the same job on two sources by its apply URL into one group", () => {
    ingest("ashby", [item("a", { applyUrl: "https://jobs.ashbyhq.com/cohere/123/application" })], { board: "cohere" });
    ingest("remotive", [item("r1", { company: "Cohere Inc.", title: "Machine Learning Engineer", description: "short", applyUrl: "https://jobs.ashbyhq.com/cohere/123?utm_source=remotive" })]);
    const [a, r] = rows();
    expect(r!.groupId).toBe(a!.groupId);
    expect(rows()).toHaveLength(2);
  });

  it("links a repost of the same company, title and location within the window, not beyond it", () => {
    ingest("hn", [item("1", { description: "a" }, "2026-01-02T00:00:00.000Z")]);
    ingest("hn", [item("2", { description: "b" }, "2026-02-02T00:00:00.000Z")]);
    ingest("hn", [item("3", { description: "c" }, "2026-06-02T00:00:00.000Z")]);
    const [first, repost, later] = rows();
    expect(repost!.groupId).toBe(first!.groupId);
    expect(later!.groupId).not.toBe(first!.groupId);
  });

  it("links identical descriptions under different titles, and keeps different jobs apart", () => {
    ingest("ashby", [item("a")], { board: "cohere" });
    ingest("remotive", [item("r", { company: "Cohere", title: "Senior MLE (Remote UK)" })]);
    ingest("remotive", [item("s", { company: "Cohere", title: "Recruiter", description: "Hire great people. ".repeat(30) })]);
    const [a, r, s] = rows();
    expect(r!.groupId).toBe(a!.groupId);
    expect(s!.groupId).toBe(s!.id);
  });
});

describe("a job listed twice in one response", () => {
  it("is stored once without failing the batch", () => {
    const counts = ingest("remotive", [item("a"), item("a")]);
    expect(counts.newCount).toBe(1);
    expect(rows()).toHaveLength(1);
  });
});
