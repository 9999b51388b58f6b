import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { readArbeitnowRecord } from "@/scrapers/arbeitnow/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const recorded = JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "www.arbeitnow.com/api/job-board-api.json"), "utf8")) as { data: Array<Record<string, unknown>> };
const read = (record: unknown) => readArbeitnowRecord(record, { board: null });
const good = { slug: "ml-1", url: "https://www.arbeitnow.com/jobs/companies/acme/ml-1", title: "ML Engineer", company_name: "Acme", created_at: 1_771_000_000 };

describe("readArbeitnowRecord on the recorded page", () => {
  it("reads all 100 jobs: plain text, dates from Unix seconds, Arbeitnow's page as the apply link", () => {
    expect(recorded.data).toHaveLength(100);
    for (const job of recorded.data) {
      const basics = read(job);
      expect(basics.company).toBe(job.company_name);
      expect(basics.text.length).toBeGreaterThan(20);
      expect(basics.text).not.toMatch(/<\/?(p|li|ul|h2|strong)\b/);
      expect(basics.postedAt).toBe(new Date(Number(job.created_at) * 1000).toISOString());
      expect(basics.applyUrl).toBe(job.url);
    }
  });

  it("reads the first job's facts as served", () => {
    const basics = read(recorded.data[0]);
    expect(basics).toMatchObject({
      company: "Global Treats GmbH",
      title: "Recruiting Partner (m/w/d) -  Projektbasis (Remote)",
      locationText: "Wutöschingen",
      postedAt: "2026-02-15T13:31:25.000Z",
    });
    expect(basics.text).toContain("- Sichtung und Vorauswahl von Bewerbungen");
  });
});

describe("readArbeitnowRecord on bad records", () => {
  test.each([
    ["no slug", { ...good, slug: undefined }, /slug/],
    ["no title", { ...good, title: undefined }, /title/],
    ["a url that is not one", { ...good, url: "jobs/ml-1" }, /url/],
    ["a date written as text", { ...good, created_at: "2026-02-15" }, /created_at/],
    ["a date in fractional seconds", { ...good, created_at: 1.5 }, /created_at/],
    ["an array", [good], /record/],
  ])("%s is refused, naming the field", (_, record, field) => {
    expect(() => read(record)).toThrow(/invalid arbeitnow record/);
    expect(() => read(record)).toThrow(field);
  });

  it("reads a job without company, place or date as nulls", () => {
    expect(read({ slug: "x", url: "https://www.arbeitnow.com/jobs/x", title: "X" })).toMatchObject({ company: null, locationText: null, postedAt: null, text: "" });
  });
});
