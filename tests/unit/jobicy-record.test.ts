import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readJobicyRecord } from "@/scrapers/jobicy/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const recordedResponse = z
  .object({ jobs: z.array(z.unknown()) })
  .parse(JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "jobicy.com/api/v2/remote-jobs_count-5.json"), "utf8")));
const read = (record: unknown) => readJobicyRecord(record, { board: null });

const valid = {
  id: 1,
  url: "https://jobicy.com/jobs/1-ml-engineer",
  jobTitle: "ML Engineer",
  companyName: "Acme",
  jobGeo: "Germany",
  jobExcerpt: "We train models.",
  jobDescription: "<p>We train models in <strong>PyTorch</strong>.</p>",
  pubDate: "2026-07-10T20:00:05+00:00",
};

describe("readJobicyRecord on the recorded jobs", () => {
  test("reads every recorded job", () => {
    expect(recordedResponse.jobs).toHaveLength(4);
    for (const job of recordedResponse.jobs) expect(() => read(job)).not.toThrow();
  });

  test("reads the first job's facts", () => {
    expect(read(recordedResponse.jobs[0])).toEqual({
      company: "Mozilla",
      title: "Senior Software Engineer (Contract)",
      locationText: "Germany",
      text: expect.stringMatching(/^Are you passionate about Privacy Protections and the Open Web\?/),
      postedAt: "2026-07-10T20:00:05.000Z",
      applyUrl: "https://jobicy.com/jobs/145880-senior-software-engineer-contract",
    });
  });

  test("tidies a region list and decodes the entities of a tagless description", () => {
    const basics = read(recordedResponse.jobs[3]);
    expect(basics.locationText).toBe("EMEA, LATAM, Canada, USA");
    expect(basics.text).toContain("we’re in >40% of");
  });
});

describe("readJobicyRecord on hand-made records", () => {
  test("the HTML description becomes plain text; escaped plain fields are decoded", () => {
    expect(read({ ...valid, companyName: "R&amp;D Labs" })).toEqual({
      company: "R&D Labs",
      title: "ML Engineer",
      locationText: "Germany",
      text: "We train models in PyTorch.",
      postedAt: "2026-07-10T20:00:05.000Z",
      applyUrl: valid.url,
    });
  });

  test("without a description or a date: the excerpt, and no date", () => {
    expect(read({ ...valid, jobDescription: "", pubDate: null })).toMatchObject({ text: "We train models.", postedAt: null });
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", null, /invalid jobicy record \(record:/],
    ["an id as text", { ...valid, id: "1" }, /id:/],
    ["no url", { ...valid, url: undefined }, /url:/],
    ["no title", { ...valid, jobTitle: undefined }, /jobTitle:/],
    ["a date that is not ISO 8601", { ...valid, pubDate: "10 July 2026" }, /pubDate:/],
  ])("throws on %s", (_, record, message) => {
    expect(() => read(record)).toThrow(message);
  });
});
