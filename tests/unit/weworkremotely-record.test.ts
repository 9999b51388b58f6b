import fs from "node:fs";
import path from "node:path";
import { load } from "cheerio";
import { describe, expect, it, test } from "vitest";
import { itemRecords } from "@/scrapers/weworkremotely";
import { readWeworkremotelyRecord, splitWeworkremotelyTitle } from "@/scrapers/weworkremotely/record";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const items = itemRecords(load(fs.readFileSync(path.join(SNAPSHOT_DIR, "weworkremotely.com/remote-jobs.rss"), "utf8"), { xml: true }));
const read = (record: unknown) => readWeworkremotelyRecord(record, { board: null });
const good = { title: "Acme: ML Engineer", link: "https://weworkremotely.com/remote-jobs/acme-ml-engineer", pubDate: "Fri, 10 Jul 2026 22:45:30 +0000" };

describe("the RSS items as records", () => {
  it("turns each of the 4 items into its child elements' text", () => {
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      "media:content": "https://wwr-pro.s3.amazonaws.com/logos/0171/5783/logo.gif",
      title: "Mathmo: Maths Coach",
      region: "Anywhere in the World",
      country: "",
      state: "London",
      category: "All Other Remote",
      type: "Contract",
      pubDate: "Fri, 10 Jul 2026 22:45:30 +0000",
      expires_at: "Sun, 09 Aug 2026 22:45:30 +0000",
      guid: "https://weworkremotely.com/remote-jobs/mathmo-maths-coach",
      link: "https://weworkremotely.com/remote-jobs/mathmo-maths-coach",
    });
    // The feed entity-escapes the HTML; the record holds it unescaped.
    expect(items[0]?.description).toMatch(/^<img src="https:\/\/we-work-remotely\.imgix\.net/);
  });
});

describe("readWeworkremotelyRecord on the recorded feed", () => {
  it("reads all 4 items, the company out of the title", () => {
    expect(items.map((item) => [read(item).company, read(item).title])).toEqual([
      ["Mathmo", "Maths Coach"],
      ["Qase", "Developer Advocate"],
      ["APEX TRADE", "Entry-Level Crypto Market Specialist"],
      ["Qase", "Technical Customer Support Specialist"],
    ]);
  });

  it("reads the first item's place, date, text and link", () => {
    const basics = read(items[0]);
    expect(basics).toMatchObject({
      locationText: "Anywhere in the World",
      postedAt: "2026-07-10T22:45:30.000Z",
      applyUrl: "https://weworkremotely.com/remote-jobs/mathmo-maths-coach",
    });
    expect(basics.text).toMatch(/^Headquarters: London\nURL: http:\/\/www\.mathmo\.com/);
    expect(basics.text).not.toMatch(/<\/?(p|strong|a)\b/);
  });
});

describe("splitWeworkremotelyTitle", () => {
  test.each([
    ["Mathmo: Maths Coach", { company: "Mathmo", title: "Maths Coach" }],
    ["Acme: Engineer: Backend", { company: "Acme", title: "Engineer: Backend" }],
    ["Engineer (no company)", { company: null, title: "Engineer (no company)" }],
    [": Engineer", { company: null, title: ": Engineer" }],
    ["Acme: ", { company: null, title: "Acme:" }],
  ])("%j → %j", (title, expected) => {
    expect(splitWeworkremotelyTitle(title)).toEqual(expected);
  });
});

describe("readWeworkremotelyRecord on bad records", () => {
  test.each([
    ["no title", { ...good, title: undefined }, /title/],
    ["no link", { ...good, link: undefined }, /link/],
    ["an unreadable pubDate", { ...good, pubDate: "soon" }, /pubDate: not a date/],
    ["a repeated title", { ...good, title: ["Acme: A", "Acme: B"] }, /title/],
    ["an element that is not text", { ...good, category: 3 }, /category/],
  ])("%s is refused, naming the field", (_, record, field) => {
    expect(() => read(record)).toThrow(/invalid weworkremotely record/);
    expect(() => read(record)).toThrow(field);
  });
});
