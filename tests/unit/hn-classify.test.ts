import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { htmlToText } from "@/lib/text/html-to-text";
import { parseAlgoliaThread } from "@/scrapers/hn/algolia-thread";
import { classifyTopLevelComment } from "@/scrapers/hn/classify-comment";
import { parseHnThreadPage } from "@/scrapers/hn/html-thread";
import type { HnComment } from "@/scrapers/hn/types";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const comment = (overrides: Partial<HnComment> = {}): HnComment => ({
  id: 1,
  by: "someone",
  time: 1_500_000_000,
  text: "",
  parent: 0,
  type: "comment",
  dead: false,
  deleted: false,
  ...overrides,
});

describe("classifyTopLevelComment", () => {
  test.each([
    // Postings
    { label: "pipe header", text: "Privacy.com | Senior Frontend Engineer | New York, NY | ONSITE\n\nCome help us build.", expected: "posting" },
    { label: "2011-style dash header", text: "Montreal - PHP/MySQL Developer\n\nMany positions available.", expected: "posting" },
    { label: "location line with ONSITE", text: "STYLIGHT, MUNICH, ONSITE\n\nWe build a fashion website.", expected: "posting" },
    { label: "labelled fields", text: "Our company: BuilderBase\nLocation: Remote (US)\nRole: Growth Lead\nType: Full-time", expected: "posting" },
    { label: "hiring statement", text: "Mixpanel is hiring. We power analytics for huge destinations.", expected: "posting" },
    { label: "greeting, then the company looking for someone", text: "Hi all,\n\nPKC is looking for a Senior Clojure Architect.", expected: "posting" },
    { label: "company named like a question, with a header", text: "How We Feel | Lead iOS Engineer | ONSITE San Francisco", expected: "posting" },
    { label: "job words only", text: "Palo Alto, CA\n\nBox.com - http://box.com/about-us/careers/open-positions/", expected: "posting" },
    { label: "a question that is an offer", text: "Want to work on AirSim as a contractor at Microsoft Research? Send resumes to a@b.example.", expected: "posting" },
    { label: "ASCII-art arrows, not a quote", text: ">>> G'day.\n\nSydney - Australia - seeking front end developer.", expected: "posting" },
    // Not a job (TAXONOMY.md: replies, meta comments, seeking work)
    { label: "SEEKING WORK", text: "SEEKING WORK - Remote\n\nOver 6 years of experience in logo and web design.", expected: "not-a-job" },
    { label: "first-person job search", text: "Hello,\n\nI'm currently looking for a job and exploring new opportunities.", expected: "not-a-job" },
    { label: "salary request", text: "Please remember to upvote companies who show a salary range.", expected: "not-a-job" },
    { label: "complaint", text: "Time waste alert!\n\nMultiple interviews with founders then suddenly there wasn't really a job.", expected: "not-a-job" },
    { label: "ghosted", text: "Went through two rounds of on-site interviews, then was completely ghosted.", expected: "not-a-job" },
    { label: "search tool", text: "Hey, a friendly reminder. All positions posted here are on the map: https://whoishiring.io", expected: "not-a-job" },
    { label: "'Who is hiring' is not a hiring statement", text: "Hey everyone, sorry if this is off-topic. I scan the Who Is Hiring thread for stats.", expected: "not-a-job" },
    { label: "detached reply quoting a post", text: "> and cultural fit.\n\nTo me, this reeks of age discrimination.", expected: "not-a-job" },
    { label: "question to the thread", text: "Any more hiring in Seattle?", expected: "not-a-job" },
    { label: "one-liner", text: "What's with the name?", expected: "not-a-job" },
    { label: "junk", text: "99999", expected: "not-a-job" },
    { label: "empty", text: "", expected: "not-a-job" },
  ])("$label → $expected", ({ text, expected }) => {
    expect(classifyTopLevelComment(comment({ text }), text)).toBe(expected);
  });

  test.each([
    { label: "deleted", overrides: { deleted: true, by: null, text: null }, text: "", expected: "deleted" },
    { label: "deleted and dead", overrides: { deleted: true, dead: true }, text: "", expected: "deleted" },
    { label: "dead posting", overrides: { dead: true }, text: "Acme | Engineer | Remote", expected: "dead" },
    { label: "flagged placeholder text", overrides: {}, text: "[flagged]", expected: "dead" },
  ])("$label → $expected", ({ overrides, text, expected }) => {
    expect(classifyTopLevelComment(comment(overrides), text)).toBe(expected);
  });
});

describe("classifyTopLevelComment on recorded threads", () => {
  const verdicts = (comments: HnComment[]) =>
    new Map(comments.map((c) => [c.id, classifyTopLevelComment(c, htmlToText(c.text ?? ""))]));

  it("March 2018 (HTML): rejects the thread's meta comments and keeps unusual postings", () => {
    const html = readFileSync(path.join(SNAPSHOT_DIR, "news.ycombinator.com/item/2018-03_id-16492994.html"), "utf8");
    const page = parseHnThreadPage(html, { pageUrl: "https://news.ycombinator.com/item?id=16492994", servedAt: new Date("2018-05-29") });
    const byId = verdicts(page.comments);
    const rejected = [...byId].filter(([, verdict]) => verdict === "not-a-job").map(([id]) => id);
    expect(rejected).toEqual(expect.arrayContaining([16498944, 16498909, 16498891, 16496773, 16495463, 16496818, 16496911]));
    for (const id of [16493599, 16498498, 16493764, 16500081]) expect(byId.get(id)).toBe("posting");
    expect([...byId.values()].filter((verdict) => verdict === "dead")).toHaveLength(4);
    expect(rejected.length / page.comments.length).toBeLessThan(0.03);
  });

  it("February 2026 (Algolia): rejects replies, complaints and a job seeker", () => {
    const json: unknown = JSON.parse(readFileSync(path.join(SNAPSHOT_DIR, "hn.algolia.com/api/v1/items/46857488.json"), "utf8"));
    const byId = verdicts(parseAlgoliaThread(json).comments);
    for (const id of [46858291, 46859323, 46860229, 46944852, 46859442]) expect(byId.get(id)).toBe("not-a-job");
    expect([...byId.values()].filter((verdict) => verdict === "posting").length).toBeGreaterThan(400);
  });
});
