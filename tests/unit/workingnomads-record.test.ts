import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readWorkingnomadsRecord, workingnomadsJobId } from "@/scrapers/workingnomads/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const recordedJobs = z.array(z.unknown()).parse(JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "www.workingnomads.com/api/exposed_jobs/index.json"), "utf8")));
const read = (record: unknown) => readWorkingnomadsRecord(record, { board: null });

const valid = {
  url: "https://www.workingnomads.com/job/go/42/",
  title: "ML Engineer",
  description: "<p>We train models in <strong>PyTorch</strong>.</p>",
  company_name: "Acme",
  category_name: "Development",
  tags: "python,pytorch",
  location: "Europe",
  pub_date: "2026-07-10T09:24:39-04:00",
};

describe("readWorkingnomadsRecord on the recorded jobs", () => {
  test("reads every recorded job", () => {
    expect(recordedJobs).toHaveLength(4);
    for (const job of recordedJobs) expect(() => read(job)).not.toThrow();
  });

  test("reads the first job's facts, its date turned to UTC", () => {
    expect(read(recordedJobs[0])).toEqual({
      company: "Peroptyx",
      title: "AI Content Analyst (No Experience Required)",
      locationText: "Australia",
      text: expect.stringMatching(/^Help Shape the Future of AI — From Anywhere\n\nAI is revolutionising/),
      postedAt: "2026-07-10T13:24:39.000Z",
      applyUrl: "https://www.workingnomads.com/job/go/1719512/",
    });
  });
});

describe("readWorkingnomadsRecord on hand-made records", () => {
  test("the HTML description becomes plain text", () => {
    expect(read(valid)).toEqual({
      company: "Acme",
      title: "ML Engineer",
      locationText: "Europe",
      text: "We train models in PyTorch.",
      postedAt: "2026-07-10T13:24:39.000Z",
      applyUrl: valid.url,
    });
  });

  test("without a location, company or date", () => {
    expect(read({ ...valid, location: "", company_name: null, pub_date: undefined })).toMatchObject({ locationText: null, company: null, postedAt: null });
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", [valid], /invalid workingnomads record \(record:/],
    ["no url", { ...valid, url: undefined }, /url:/],
    ["a relative url", { ...valid, url: "/job/go/42/" }, /url:/],
    ["an empty title", { ...valid, title: "" }, /title:/],
    ["a date without an offset", { ...valid, pub_date: "2026-07-10 09:24:39" }, /pub_date:/],
  ])("throws on %s", (_, record, message) => {
    expect(() => read(record)).toThrow(message);
  });
});

describe("workingnomadsJobId", () => {
  test.each([
    ["https://www.workingnomads.com/job/go/1719512/", "1719512"],
    ["https://www.workingnomads.com/job/go/1719512", "1719512"],
    ["https://www.workingnomads.com/jobs/ml-engineer-acme", "https://www.workingnomads.com/jobs/ml-engineer-acme"],
  ])("%s → %s", (url, id) => {
    expect(workingnomadsJobId(url)).toBe(id);
  });
});
