import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readHimalayasRecord } from "@/scrapers/himalayas/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const recordedPage = z
  .object({ jobs: z.array(z.unknown()) })
  .parse(JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "himalayas.app/jobs/api_limit-5.json"), "utf8")));
const read = (record: unknown) => readHimalayasRecord(record, { board: null });

const valid = {
  guid: "https://himalayas.app/companies/acme/jobs/ml-engineer",
  title: "ML Engineer",
  companyName: "Acme",
  excerpt: "We train models.",
  description: "<p>We train models in <strong>PyTorch</strong>.</p>",
  locationRestrictions: ["Germany", "France"],
  pubDate: 1_783_731_532,
  applicationLink: "https://himalayas.app/companies/acme/jobs/ml-engineer",
};

describe("readHimalayasRecord on the recorded jobs", () => {
  test("reads every recorded job", () => {
    expect(recordedPage.jobs).toHaveLength(4);
    for (const job of recordedPage.jobs) expect(() => read(job)).not.toThrow();
  });

  test("reads the first job's facts", () => {
    expect(read(recordedPage.jobs[0])).toEqual({
      company: "Ceragon Networks",
      title: "Content & Marcom Specialist",
      locationText: "United States",
      text: expect.stringMatching(/^Description\n\nAbout the Role\n\nAre you the kind of writer who can make technical topics feel human/),
      postedAt: "2026-07-11T00:58:52.000Z",
      applyUrl: "https://himalayas.app/companies/ceragon-networks/jobs/content-marcom-specialist",
    });
  });

  test("joins several location restrictions", () => {
    expect(read(recordedPage.jobs[3])).toMatchObject({ company: "NVIDIA", locationText: "Canada, United States" });
  });
});

describe("readHimalayasRecord on hand-made records", () => {
  test("pubDate is unix seconds; the HTML description becomes plain text", () => {
    expect(read(valid)).toEqual({
      company: "Acme",
      title: "ML Engineer",
      locationText: "Germany, France",
      text: "We train models in PyTorch.",
      postedAt: "2026-07-11T00:58:52.000Z",
      applyUrl: valid.applicationLink,
    });
  });

  test("open worldwide, no description, no date: no location, the excerpt, no date; the guid is where to apply", () => {
    const basics = read({ ...valid, locationRestrictions: [], description: null, pubDate: undefined, applicationLink: undefined });
    expect(basics).toMatchObject({ locationText: null, text: "We train models.", postedAt: null, applyUrl: valid.guid });
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", "a job", /invalid himalayas record \(record:/],
    ["no guid", { ...valid, guid: undefined }, /guid:/],
    ["a guid that is not a URL", { ...valid, guid: "ml-engineer" }, /guid:/],
    ["an empty title", { ...valid, title: "  " }, /title:/],
    ["pubDate as text", { ...valid, pubDate: "2026-07-11" }, /pubDate:/],
    ["locations as one string", { ...valid, locationRestrictions: "Germany" }, /locationRestrictions:/],
  ])("throws on %s", (_, record, message) => {
    expect(() => read(record)).toThrow(message);
  });
});
