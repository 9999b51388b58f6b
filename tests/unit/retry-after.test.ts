import { describe, expect, test } from "vitest";
import { parseRetryAfter } from "@/lib/http/retry-after";

describe("parseRetryAfter", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  test.each([
    [undefined, null],
    ["", null],
    ["7", 7000],
    [" 0 ", 0],
    ["Thu, 26 Nov 2026 12:00:30 GMT", 30_000],
    ["Thu, 26 Nov 2026 11:00:00 GMT", 0],
    ["soon", null],
  ])("%j → %j ms", (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
