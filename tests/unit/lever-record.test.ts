import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { readLeverRecord } from "@/scrapers/lever/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const BOARD_FILE = path.join(SNAPSHOT_DIR, "api.lever.co/v0/postings/matchgroup_mode-json.json");
const recorded = z.array(z.looseObject({ id: z.string() })).parse(JSON.parse(fs.readFileSync(BOARD_FILE, "utf8")));

function recordedPosting(id: string): unknown {
  const posting = recorded.find((candidate) => candidate.id === id);
  if (!posting) throw new Error(`posting ${id} is not recorded`);
  return posting;
}

const handMade = {
  id: "posting-1",
  text: "ML Engineer",
  categories: { location: "Berlin", allLocations: ["Berlin"] },
  description: "<div>About the role</div>",
  lists: [{ text: "Requirements & more", content: "<li>Kotlin</li><li>TF Lite</li>" }],
  additional: "<div>Perks</div>",
  createdAt: 1767596368549,
  hostedUrl: "https://jobs.lever.co/acme/posting-1",
  applyUrl: "https://jobs.lever.co/acme/posting-1/apply",
};

describe("readLeverRecord on recorded postings", () => {
  test.each([
    {
      id: "3414ba28-35f7-45d3-8e13-35c883959635",
      expected: {
        company: "Match Group",
        title: "Android Engineer III",
        locationText: "New York, New York",
        postedAt: "2026-05-19T20:38:11.267Z",
        applyUrl: "https://jobs.lever.co/matchgroup/3414ba28-35f7-45d3-8e13-35c883959635/apply",
      },
      passages: ["Hinge is the dating app designed to be deleted", "Responsibilities\n\n- Cross-Disciplinary Collaboration:", "#Hinge"],
    },
    {
      id: "4004a95b-ed89-4193-ad1a-a2ed5d4703d5",
      expected: { company: "Match Group", title: "Android Software Engineer (Azar)", locationText: "Seoul, South Korea", postedAt: "2026-01-05T06:59:28.549Z" },
      passages: ["[Android Team 소개]", "Preferred Qualifications\n\n- ", "#HPCNT"],
    },
  ])("posting $id", ({ id, expected, passages }) => {
    const basics = readLeverRecord(recordedPosting(id), { board: "matchgroup" });
    expect(basics).toMatchObject(expected);
    for (const passage of passages) expect(basics.text).toContain(passage);
    expect(basics.text).not.toMatch(/<\/?[a-z]/);
  });

  test("holds the two postings the fixture author kept", () => {
    expect(recorded).toHaveLength(2);
  });
});

describe("readLeverRecord on hand-made postings", () => {
  test.each<[string, Record<string, unknown>, string | null, Record<string, unknown>]>([
    ["description, headed lists, then additional", {}, "acme", { text: "About the role\n\nRequirements & more\n\n- Kotlin\n- TF Lite\n\nPerks" }],
    ["no company field: the board's display name", {}, "MatchGroup", { company: "Match Group" }],
    ["a board the config does not list keeps its slug", {}, "acme", { company: "acme" }],
    ["no board, no company", {}, null, { company: null }],
    ["every location", { categories: { location: "Berlin", allLocations: ["Berlin", "Paris", "Berlin"] } }, "acme", { locationText: "Berlin; Paris" }],
    ["only the main location", { categories: { location: "Paris" } }, "acme", { locationText: "Paris" }],
    ["no categories", { categories: undefined }, "acme", { locationText: null }],
    ["createdAt in milliseconds", {}, "acme", { postedAt: "2026-01-05T06:59:28.549Z" }],
    ["no createdAt", { createdAt: null }, "acme", { postedAt: null }],
    ["no applyUrl: the hosted page", { applyUrl: undefined }, "acme", { applyUrl: "https://jobs.lever.co/acme/posting-1" }],
    ["only a title", { description: undefined, lists: undefined, additional: null }, "acme", { title: "ML Engineer", text: "" }],
  ])("%s", (_, change, board, expected) => {
    expect(readLeverRecord({ ...handMade, ...change }, { board })).toMatchObject(expected);
  });

  test.each<[string, unknown, RegExp]>([
    ["not an object", [handMade], /^invalid lever record \(record: /],
    ["no title", { ...handMade, text: undefined }, /\(text: /],
    ["createdAt as an ISO string", { ...handMade, createdAt: "2026-01-05T06:59:28Z" }, /\(createdAt: /],
    ["a list without content", { ...handMade, lists: [{ text: "Requirements" }] }, /\(lists\.0\.content: /],
    ["allLocations that is a string", { ...handMade, categories: { allLocations: "Berlin" } }, /\(categories\.allLocations: /],
    ["a hosted URL that is not a URL", { ...handMade, hostedUrl: "/acme/posting-1" }, /\(hostedUrl: /],
  ])("throws on %s", (_, record, message) => {
    expect(() => readLeverRecord(record, { board: "acme" })).toThrow(message);
  });
});
