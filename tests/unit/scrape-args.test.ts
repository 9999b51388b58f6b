import { describe, expect, test } from "vitest";
import { parseScrapeArgs } from "@/jobs/cli/scrape-args";

describe("parseScrapeArgs", () => {
  test.each([
    [["--source", "hn"], { source: "hn", all: false }],
    [["--all"], { all: true }],
    [["--source", "hn", "--from", "2015-01", "--to", "2018-06"], { source: "hn", from: "2015-01", to: "2018-06" }],
  ])("%j is accepted", (argv, expected) => {
    expect(parseScrapeArgs(argv)).toMatchObject(expected);
  });

  test.each([
    [[], /--source <name>, or --all/],
    [["--source", "hn", "--all"], /--source <name>, or --all/],
    [["--source", "monster"], /--source/],
    [["--source", "hn", "--from", "2015-13"], /YYYY-MM/],
    [["--source", "hn", "--from", "2018-06", "--to", "2015-01"], /--from must not be after --to/],
    [["--source", "hn", "--since", "2015-01"], /since/],
  ])("%j is refused with a clear message", (argv, message) => {
    expect(() => parseScrapeArgs(argv)).toThrow(message);
  });
});
