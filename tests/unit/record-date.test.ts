import { describe, expect, test } from "vitest";
import { recordPostedAt } from "@/lib/extract/record-date";

describe("recordPostedAt", () => {
  test.each([
    ["hn", { time: 1_522_591_200 }, "2018-04-01T14:00:00.000Z"],
    ["ashby", { publishedAt: "2025-10-01T12:30:00.000+00:00" }, "2025-10-01T12:30:00.000Z"],
    ["remotive", { publication_date: "2026-07-20T08:00:00" }, expect.stringMatching(/^2026-07-20T/)],
    ["lever", { createdAt: 1_751_328_000_000 }, "2025-07-01T00:00:00.000Z"],
    ["hn", { time: "soon" }, null],
    ["hn", {}, null],
    ["nowhere", { time: 1 }, null],
  ])("%s %j → %s", (source, record, expected) => {
    expect(recordPostedAt(source, record)).toEqual(expected);
  });
});
