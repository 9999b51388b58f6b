import { expect, test } from "vitest";
import { parseThreadTitle } from "@/scrapers/hn/thread-title";

test.each([
  { title: "Ask HN: Who is hiring? (April 2011)", expected: { month: "2011-04" } },
  { title: "Ask HN: Who is Hiring? (January 2012)", expected: { month: "2012-01" } },
  { title: "Ask HN: Who Is Hiring? (July 2012)", expected: { month: "2012-07" } },
  { title: "Ask HN: Who is hiring? (December 2025)", expected: { month: "2025-12" } },
  // Two recorded titles carry a trailing space.
  { title: "Ask HN: Who is hiring? (September 2015) ", expected: { month: "2015-09" } },
  { title: "Ask HN: Who wants to be hired? (April 2011)", expected: null },
  { title: "Ask HN: Freelancer? Seeking freelancer? (April 2011)", expected: null },
  { title: "Ask HN: Who is hiring right now?", expected: null },
  { title: "Show HN: Who is hiring refugees? Or, hacking visas to help refugees", expected: null },
  { title: "Ask HN: Should we agree that this account will submit all Who is Hiring posts?", expected: null },
  { title: "Ask HN: Who is hiring? (Smarch 2011)", expected: null },
  { title: "Ask HN: Who is hiring? (April 11)", expected: null },
  { title: "", expected: null },
])("parseThreadTitle($title)", ({ title, expected }) => {
  expect(parseThreadTitle(title)).toEqual(expected);
});
