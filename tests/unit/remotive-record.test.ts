import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { readRemotiveRecord, remotiveDate } from "@/scrapers/remotive/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const recorded = JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "remotive.com/api/remote-jobs.json"), "utf8")) as { jobs: Array<Record<string, unknown>> };
const read = (record: unknown) => readRemotiveRecord(record, { board: null });
const good = { id: 7, url: "https://remotive.com/remote-jobs/x-7", title: "ML Engineer", company_name: "Acme", publication_date: "2026-07-01T08:00:00" };

describe("readRemotiveRecord on the recorded response", () => {
  it("reads all 31 jobs: plain text, UTC dates, Remotive's page as the apply link", () => {
    expect(recorded.jobs).toHaveLength(31);
    for (const job of recorded.jobs) {
      const basics = read(job);
      expect(basics.text.length).toBeGreaterThan(50);
      expect(basics.text).not.toMatch(/<\/?(p|div|span|strong|br)\b/);
      expect(basics.postedAt).toBe(`${String(job.publication_date)}.000Z`);
      expect(basics.applyUrl).toBe(job.url);
    }
  });

  it("reads the first job's facts as served", () => {
    expect(read(recorded.jobs[0])).toMatchObject({
      company: "Lemon.io",
      title: "Senior Graphic Designer",
      locationText: "Americas, Europe, Asia, Africa, Oceania",
      postedAt: "2026-07-28T14:23:05.000Z",
      applyUrl: "https://remotive.com/remote-jobs/design/senior-graphic-designer-2091081",
    });
  });
});

describe("readRemotiveRecord on bad records", () => {
  test.each([
    ["no title", { ...good, title: undefined }, /title/],
    ["a blank title", { ...good, title: "  " }, /title/],
    ["an id that is text", { ...good, id: "7" }, /id/],
    ["a url that is not one", { ...good, url: "remote-jobs/x-7" }, /url/],
    ["an unreadable date", { ...good, publication_date: "yesterday" }, /publication_date: not a date/],
    ["no object at all", "ML Engineer", /record/],
  ])("%s is refused, naming the field", (_, record, field) => {
    expect(() => read(record)).toThrow(/invalid remotive record/);
    expect(() => read(record)).toThrow(field);
  });

  it("reads a job without company, place, text or date as nulls and empty text", () => {
    expect(read({ id: 1, url: "https://remotive.com/remote-jobs/x-1", title: " Intern " })).toEqual({
      company: null,
      title: "Intern",
      locationText: null,
      text: "",
      postedAt: null,
      applyUrl: "https://remotive.com/remote-jobs/x-1",
    });
  });
});

describe("remotiveDate", () => {
  test.each([
    ["2026-07-28T14:23:05", "2026-07-28T14:23:05.000Z"],
    ["2026-07-28T14:23", "2026-07-28T14:23:00.000Z"],
    ["2026-07-28T14:23:05+02:00", "2026-07-28T12:23:05.000Z"],
    ["2026-07-28T14:23:05Z", "2026-07-28T14:23:05.000Z"],
    ["yesterday", null],
  ])("%s → %s", (value, expected) => {
    expect(remotiveDate(value)).toBe(expected);
  });
});
