import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readGreenhouseRecord } from "@/scrapers/greenhouse/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const BOARD_FILE = path.join(SNAPSHOT_DIR, "boards-api.greenhouse.io/v1/boards/gitlab/jobs_content-true.json");
const recorded = z.object({ jobs: z.array(z.looseObject({ id: z.number() })) }).parse(JSON.parse(fs.readFileSync(BOARD_FILE, "utf8"))).jobs;

function recordedJob(id: number): unknown {
  const job = recorded.find((candidate) => candidate.id === id);
  if (!job) throw new Error(`job ${id} is not recorded`);
  return job;
}

const handMade = {
  id: 101,
  title: "Research Engineer",
  company_name: "Acme",
  location: { name: "Remote, EMEA" },
  content: "&lt;p&gt;JAX &amp;amp; Flax&lt;/p&gt;&lt;ul&gt;&lt;li&gt;PyTorch&lt;/li&gt;&lt;/ul&gt;",
  first_published: "2026-04-17T05:58:03-04:00",
  updated_at: "2026-07-17T08:48:22-04:00",
  absolute_url: "https://job-boards.greenhouse.io/acme/jobs/101",
};

describe("readGreenhouseRecord on recorded jobs", () => {
  test.each([
    {
      id: 8503792002,
      expected: {
        company: "GitLab",
        title: "Account Executive - Italy",
        locationText: "Remote, Italy",
        postedAt: "2026-04-17T09:58:03.000Z",
        applyUrl: "https://job-boards.greenhouse.io/gitlab/jobs/8503792002",
      },
      passage: "GitLab is the intelligent orchestration platform for DevSecOps.",
    },
    {
      id: 8565469002,
      expected: { company: "GitLab", title: "AI Engineer", locationText: "Remote, US", postedAt: "2026-05-29T11:49:29.000Z" },
      passage: "What you'll do\n\n- Diagnose business problems before building solutions.",
    },
  ])("job $id", ({ id, expected, passage }) => {
    const basics = readGreenhouseRecord(recordedJob(id), { board: "gitlab" });
    expect(basics).toMatchObject(expected);
    expect(basics.text).toContain(passage);
    // The content is HTML escaped once more than usual: no markup or entity may survive.
    expect(basics.text).not.toMatch(/&lt;|&amp;|<\/?[a-z]/);
  });

  test("holds the two jobs the fixture author kept", () => {
    expect(recorded).toHaveLength(2);
  });
});

describe("readGreenhouseRecord on hand-made jobs", () => {
  test.each<[string, Record<string, unknown>, string | null, Record<string, unknown>]>([
    ["escaped content becomes plain text", {}, "acme", { text: "JAX & Flax\n\n- PyTorch", company: "Acme" }],
    ["content that is already HTML", { content: "<p>TensorFlow</p>" }, "acme", { text: "TensorFlow" }],
    ["no content", { content: null }, "acme", { text: "" }],
    ["no company_name: the board's display name", { company_name: undefined }, "GITLAB", { company: "GitLab" }],
    ["no company_name and no board", { company_name: "" }, null, { company: null }],
    ["never published: the last update", { first_published: null }, "acme", { postedAt: "2026-07-17T12:48:22.000Z" }],
    ["no dates", { first_published: null, updated_at: undefined }, "acme", { postedAt: null }],
    ["no location", { location: null }, "acme", { locationText: null }],
    ["a blank location name", { location: { name: " " } }, "acme", { locationText: null }],
  ])("%s", (_, change, board, expected) => {
    expect(readGreenhouseRecord({ ...handMade, ...change }, { board })).toMatchObject(expected);
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", null, /^invalid greenhouse record \(record: /],
    ["an id that is a string", { ...handMade, id: "101" }, /\(id: /],
    ["a blank title", { ...handMade, title: " " }, /\(title: /],
    ["a location that is a string", { ...handMade, location: "Remote" }, /\(location: /],
    ["a date that is not ISO", { ...handMade, first_published: "17/04/2026" }, /\(first_published: /],
    ["no absolute_url", { ...handMade, absolute_url: undefined }, /\(absolute_url: /],
  ])("throws on %s", (_, record, message) => {
    expect(() => readGreenhouseRecord(record, { board: "acme" })).toThrow(message);
  });
});
