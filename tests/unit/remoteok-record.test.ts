import fs from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it, test } from "vitest";
import { readRemoteokRecord } from "@/scrapers/remoteok/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const apiElements = JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "remoteok.com/api.json"), "utf8")) as Array<Record<string, unknown>>;
const apiJobs = apiElements.slice(1);
const $ = load(fs.readFileSync(path.join(SNAPSHOT_DIR, "remoteok.com/remote-dev-jobs.html"), "utf8"), null, false);
const jsonLd = $('tr.job script[type="application/ld+json"]')
  .toArray()
  .map((script) => JSON.parse($(script).text()) as Record<string, unknown>);
const read = (record: unknown) => readRemoteokRecord(record, { board: null });

const apiJob = { id: "1", position: "ML Engineer", company: "Acme", url: "https://remoteok.com/remote-jobs/1", date: "2026-07-10T02:20:45+00:00" };
const posting = { "@type": "JobPosting", title: "ML Engineer", hiringOrganization: { name: "Acme" }, datePosted: "2022-09-10T20:22:39+00:00" };

describe("readRemoteokRecord on the recorded API jobs", () => {
  it("reads the 4 jobs after the legal notice, which is no job", () => {
    expect(apiJobs).toHaveLength(4);
    for (const job of apiJobs) {
      const basics = read(job);
      expect(basics.title).toBe(job.position);
      expect(basics.postedAt).toBe(new Date(String(job.date)).toISOString());
      expect(basics.text).not.toMatch(/<\/?(br|strong|p)\b/);
    }
    expect(() => read(apiElements[0])).toThrow(/invalid remoteok record/);
  });

  it("reads a job's facts, dropping the empty and repeated parts of its location", () => {
    expect(read(apiJobs[0])).toMatchObject({
      company: "OpsArmy Careers",
      title: "Australian English Voice Actor Adelaide",
      locationText: "Adelaide, South Australia, Australia",
      postedAt: "2026-07-10T02:20:45.000Z",
      applyUrl: "https://remoteOK.com/remote-jobs/remote-australian-english-voice-actor-adelaide-opsarmy-careers-1134698",
    });
    expect(read(apiJobs[1])?.locationText).toBe("Orlando");
  });
});

describe("readRemoteokRecord on the listing's JSON-LD", () => {
  it("reads all 18 rows' JobPostings", () => {
    expect(jsonLd).toHaveLength(18);
    for (const record of jsonLd) {
      const basics = read(record);
      expect(basics.title).toBe(record.title);
      expect(basics.company).not.toBeNull();
      expect(basics.postedAt).toBe(new Date(String(record.datePosted)).toISOString());
      expect(basics.text.length).toBeGreaterThan(100);
    }
  });

  it("takes the company from hiringOrganization and the place from applicantLocationRequirements, keeping typed line breaks", () => {
    const bitmex = read(jsonLd[0]);
    expect(bitmex).toMatchObject({ company: "Bitmex", title: "Detection and Response Engineer Latin America", locationText: "Anywhere", postedAt: "2022-09-10T20:22:39.000Z", applyUrl: null });
    expect(bitmex.text).toMatch(/^BitMEX is the world’s leading/);
    expect(bitmex.text).toContain("today.\n\nAs the world's most advanced");
    // Listed as arrays on some rows.
    expect(read(jsonLd[3])).toMatchObject({ company: "Vesta Healthcare", locationText: "United States" });
  });

  test.each([
    ["plain text with & and <", { ...posting, description: "R&D, pay < $100k\n\n\n\nApply" }, "R&D, pay < $100k\n\nApply"],
    ["HTML", { ...posting, description: "<p>Use <b>PyTorch</b></p>" }, "Use PyTorch"],
  ])("reads a %s description", (_, record, text) => {
    expect(read(record).text).toBe(text);
  });

  it("falls back to jobLocation's address when no applicant location is given", () => {
    const record = { ...posting, jobLocation: { address: { addressLocality: "Berlin", addressCountry: "Germany" } } };
    expect(read(record).locationText).toBe("Berlin, Germany");
  });
});

describe("readRemoteokRecord on bad records", () => {
  test.each([
    ["an API job without a position", { ...apiJob, position: undefined }, /position/],
    ["an API job with an unreadable date", { ...apiJob, date: "yesterday" }, /date: not a date/],
    ["an API job without a url", { ...apiJob, url: undefined }, /url/],
    ["JSON-LD of another type", { ...posting, "@type": "Organization" }, /@type/],
    ["a JobPosting without a title", { ...posting, title: undefined }, /title/],
    ["a JobPosting with an unreadable datePosted", { ...posting, datePosted: "soon" }, /datePosted/],
    ["null", null, /record/],
  ])("%s is refused, naming the field", (_, record, field) => {
    expect(() => read(record)).toThrow(/invalid remoteok record/);
    expect(() => read(record)).toThrow(field);
  });
});
