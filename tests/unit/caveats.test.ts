import { expect, test } from "vitest";
import { SURVEY_CAVEAT, SURVEY_CAVEATS, surveyCaveat } from "@/lib/caveats";

test.each([
  [[], SURVEY_CAVEAT],
  [["so-survey"], `${SURVEY_CAVEAT} ${SURVEY_CAVEATS["so-survey"]}`],
  [["so-survey", "aijobs-salaries", "so-survey"], `${SURVEY_CAVEAT} ${SURVEY_CAVEATS["so-survey"]} ${SURVEY_CAVEATS["aijobs-salaries"]}`],
] as const)("the caveat for %j names the non-random sample once and each survey once", (sources, text) => {
  expect(surveyCaveat(sources)).toBe(text);
  expect(surveyCaveat(sources)).toMatch(/non-random sample/);
});
