import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { z } from "zod";
import { parseAlgoliaThread } from "@/scrapers/hn/algolia-thread";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const readItems = (storyId: number): unknown =>
  JSON.parse(readFileSync(path.join(SNAPSHOT_DIR, `hn.algolia.com/api/v1/items/${storyId}.json`), "utf8"));

describe("parseAlgoliaThread on recorded responses", () => {
  it("reads the exact April 2011 response: 219 top-level comments, replies left out", () => {
    const thread = parseAlgoliaThread(readItems(2396027));
    expect(thread.story).toEqual({ id: 2396027, title: "Ask HN: Who is Hiring? (April 2011)", createdAt: "2011-04-01T13:11:26.000Z" });
    expect(thread.comments).toHaveLength(219);
    expect(thread.comments.every((comment) => comment.parent === 2396027)).toBe(true);
    expect(thread.comments[0]).toMatchObject({ id: 2396109, by: "jasonlotito", time: 1301664950, type: "comment", dead: false, deleted: false });
    // Algolia's "<p>…</p>" and "&#38;" become the item API's "first<p>next" and "&amp;".
    expect(thread.comments[0]?.text).toMatch(/^Montreal - PHP&#x2F;MySQL Developer<p>Adult company, many positions available\./);
    expect(thread.comments.some((comment) => comment.text?.includes("</p>"))).toBe(false);
  });

  test.each([
    { storyId: 46466074, month: "January", topLevel: 264 },
    { storyId: 46857488, month: "February", topLevel: 421 },
    { storyId: 47219668, month: "March", topLevel: 332 },
    { storyId: 47601859, month: "April", topLevel: 350 },
    { storyId: 47975571, month: "May", topLevel: 290 },
  ])("reads the re-enveloped $month 2026 thread: $topLevel comments, texts untouched", ({ storyId, month, topLevel }) => {
    const raw = z.object({ children: z.array(z.object({ text: z.string() })) }).parse(readItems(storyId));
    const thread = parseAlgoliaThread(readItems(storyId));
    expect(thread.story.title).toBe(`Ask HN: Who is hiring? (${month} 2026)`);
    expect(thread.comments).toHaveLength(topLevel);
    // Already in the item API's form, so the rewrite must be a no-op.
    expect(thread.comments.map((comment) => comment.text)).toEqual(raw.children.map((child) => child.text));
  });

  it("keeps the story's estimated creation time as ISO", () => {
    expect(parseAlgoliaThread(readItems(46466074)).story.createdAt).toBe("2026-01-02T16:03:13.000Z");
  });
});

describe("parseAlgoliaThread on edge payloads", () => {
  const comment = { id: 2, created_at_i: 1_700_000_100, type: "comment", author: "alice", text: "Hi", parent_id: 1, children: [] };
  const story = { id: 1, created_at: "2023-11-14T22:13:20.000Z", type: "story", title: "Ask HN: Who is hiring? (November 2023)", children: [comment] };

  it("turns Algolia's deleted placeholder into a deleted item", () => {
    const deleted = { ...comment, id: 3, author: null, text: null, children: [{ id: 4 }] };
    const thread = parseAlgoliaThread({ ...story, children: [comment, deleted] });
    expect(thread.comments[1]).toEqual({ id: 3, by: null, time: 1_700_000_100, text: null, parent: 1, type: "comment", dead: false, deleted: true });
  });

  test.each([
    { label: "a story without a title", payload: { ...story, title: undefined }, path: /title/ },
    { label: "children that are not a list", payload: { ...story, children: "none" }, path: /children/ },
    { label: "a comment id as a string", payload: { ...story, children: [{ ...comment, id: "2" }] }, path: /children\[0\]\.id|children\.0\.id/ },
    { label: "a search page instead of an item", payload: { hits: [], nbPages: 0 }, path: /id/ },
    { label: "not an object", payload: null, path: /object/ },
  ])("rejects $label with an Error naming what was invalid", ({ payload, path: fieldPattern }) => {
    expect(() => parseAlgoliaThread(payload)).toThrow(Error);
    expect(() => parseAlgoliaThread(payload)).toThrow(/^Algolia items payload is invalid/);
    expect(() => parseAlgoliaThread(payload)).toThrow(fieldPattern);
  });
});
