import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readAshbyRecord } from "@/scrapers/ashby/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const BOARD_DIR = path.join(SNAPSHOT_DIR, "api.ashbyhq.com/posting-api/job-board");
const boardSchema = z.object({ jobs: z.array(z.looseObject({ id: z.string() })) });

function recordedJobs(file: string) {
  return boardSchema.parse(JSON.parse(fs.readFileSync(path.join(BOARD_DIR, file), "utf8"))).jobs;
}

function recordedJob(slug: string, id: string): unknown {
  const job = recordedJobs(`${slug}_includeCompensation-true.json`).find((candidate) => candidate.id === id);
  if (!job) throw new Error(`job ${id} is not recorded for ${slug}`);
  return job;
}

const handMade = {
  id: "job-1",
  title: "ML Engineer",
  location: "Berlin",
  secondaryLocations: [],
  publishedAt: "2025-01-02T03:04:05.000+00:00",
  isListed: true,
  jobUrl: "https://jobs.ashbyhq.com/acme/job-1",
  applyUrl: "https://jobs.ashbyhq.com/acme/job-1/application",
  descriptionPlain: "We train with PyTorch.",
  descriptionHtml: "<p>We train with <b>PyTorch</b>.</p>",
};

describe("readAshbyRecord on recorded jobs", () => {
  test.each([
    {
      slug: "cohere",
      id: "443368a3-6276-4b90-9671-27fed40fd6d2",
      expected: {
        company: "Cohere",
        title: "Senior Member of Technical Staff, Multimodal AI",
        locationText: "London; San Francisco; New York; Toronto; Montreal; Paris",
        postedAt: "2024-12-03T14:25:43.571Z",
        applyUrl: "https://jobs.ashbyhq.com/cohere/443368a3-6276-4b90-9671-27fed40fd6d2/application",
      },
      textStart: "Who are we?\n\nOur mission is to scale intelligence",
    },
    {
      slug: "AlephAlpha",
      id: "61f39c00-112e-4fe8-9857-26759352cf3c",
      expected: { company: "Aleph Alpha", title: "Developer Advocate (f/m/d)", locationText: "Heidelberg", postedAt: "2025-10-22T08:36:46.919Z" },
      textStart: "WHO WE ARE:\n\nAleph Alpha’s mission",
    },
    {
      slug: "uipath",
      id: "72403048-f396-4019-9c57-55742e703ac9",
      expected: { company: "UiPath", title: "Enterprise Account Executive (SEA)", locationText: "Remote-Kuala Lumpur" },
      textStart: "LIFE AT UIPATH\n\nThe people at UiPath",
    },
  ])("$slug $id", ({ slug, id, expected, textStart }) => {
    const basics = readAshbyRecord(recordedJob(slug, id), { board: slug });
    expect(basics).toMatchObject(expected);
    expect(basics.text.startsWith(textStart)).toBe(true);
    expect(basics.text.length).toBeGreaterThan(200);
  });

  test("every recorded job reads, with a trimmed title, an ISO date and an apply URL", () => {
    const files = fs.readdirSync(BOARD_DIR);
    const basics = files.flatMap((file) => recordedJobs(file).map((job) => readAshbyRecord(job, { board: file.split("_")[0] ?? null })));
    expect(basics).toHaveLength(925);
    for (const posting of basics) {
      expect(posting.title).toBe(posting.title.trim());
      expect(posting.postedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(posting.applyUrl).toMatch(/^https:\/\/jobs\.ashbyhq\.com\//);
      expect(posting.text).not.toBe("");
    }
  });
});

describe("readAshbyRecord on hand-made jobs", () => {
  test.each([
    ["the config's display name for the board", "AlephAlpha", "Aleph Alpha"],
    ["board slugs match case-insensitively", "alephalpha", "Aleph Alpha"],
    ["a board the config does not list keeps its slug", "acme-labs", "acme-labs"],
    ["no board, no company", null, null],
  ])("company: %s", (_, board, company) => {
    expect(readAshbyRecord(handMade, { board }).company).toBe(company);
  });

  test.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["descriptionPlain wins", {}, { text: "We train with PyTorch." }],
    ["a blank descriptionPlain falls back to the HTML", { descriptionPlain: "  " }, { text: "We train with PyTorch." }],
    ["no applyUrl: the job page", { applyUrl: undefined }, { applyUrl: "https://jobs.ashbyhq.com/acme/job-1" }],
    ["no publishedAt", { publishedAt: null }, { postedAt: null }],
    ["secondary locations, each once", { secondaryLocations: [{ location: "Paris" }, { location: "Berlin" }] }, { locationText: "Berlin; Paris" }],
    ["no location at all", { location: null, secondaryLocations: undefined }, { locationText: null }],
    ["inner whitespace of a title", { title: "  Staff   ML Engineer\n" }, { title: "Staff ML Engineer" }],
  ])("%s", (_, change, expected) => {
    expect(readAshbyRecord({ ...handMade, ...change }, { board: "acme" })).toMatchObject(expected);
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", "a job", /^invalid ashby record \(record: /],
    ["no title", { ...handMade, title: undefined }, /\(title: /],
    ["a blank title", { ...handMade, title: "   " }, /\(title: /],
    ["a numeric id", { ...handMade, id: 42 }, /\(id: /],
    ["a date that is not ISO", { ...handMade, publishedAt: "last week" }, /\(publishedAt: /],
    ["a job URL that is not a URL", { ...handMade, jobUrl: "jobs/job-1" }, /\(jobUrl: /],
    ["secondary locations that are not a list", { ...handMade, secondaryLocations: "Paris" }, /\(secondaryLocations: /],
  ])("throws on %s", (_, record, message) => {
    expect(() => readAshbyRecord(record, { board: "acme" })).toThrow(message);
  });
});
