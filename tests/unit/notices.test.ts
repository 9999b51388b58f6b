import { describe, expect, test } from "vitest";
import { intervalFromNotice, intervalFromTtl } from "@/scrapers/notices";

const HOUR = 3_600_000;

describe("intervalFromNotice", () => {
  test.each([
    ["we advise max. 4 times a day", 6 * HOUR],
    ["Typically a couple of times a day (we advise max. 4 times a day).", 6 * HOUR],
    ["please call at most 2 times per day", 12 * HOUR],
    ["no more than 3 times an hour", 20 * 60_000],
    ["Maximum 1 time a week", 7 * 24 * HOUR],
    ["maximum 1 times per week", 7 * 24 * HOUR],
    ["once a day is plenty", 24 * HOUR],
    ["twice per hour", HOUR / 2],
    ["up to 10x per day", 2.4 * HOUR],
    ["we refresh 48 times a day, please read max. 4 times a day", 6 * HOUR],
    ["we refresh 48 times a day", HOUR / 2],
    ["0 times a day", null],
    ["Please link back to the URL on Remote OK and mention Remote OK as a source.", null],
    ["", null],
  ])("%j → %s", (text, expected) => {
    expect(intervalFromNotice(text)).toBe(expected);
  });
});

describe("intervalFromTtl", () => {
  test.each([
    ["60", HOUR],
    [" 15 ", 15 * 60_000],
    ["0", null],
    ["-5", null],
    ["1.5", null],
    ["soon", null],
    ["", null],
    [null, null],
    [undefined, null],
  ])("%j → %s", (ttl, expected) => {
    expect(intervalFromTtl(ttl)).toBe(expected);
  });
});
