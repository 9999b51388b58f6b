// The one place for the caveat every survey-derived figure carries: pages put it in the tooltip
// and the methodology note, exports in a column or header line. Change the wording here only.

export const SURVEY_SOURCES = ["so-survey", "aijobs-salaries"] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

/** Short form, for a tooltip or a chart footnote. */
export const SURVEY_CAVEAT =
  "Survey data: a self-selected, non-random sample. Figures describe the people who answered, not all developers.";

/** Long form per survey, for the methodology page and the header of an export. */
export const SURVEY_CAVEATS: Record<SurveySource, string> = {
  "so-survey":
    "Stack Overflow Developer Survey: respondents chose to take part and reached the survey through Stack Overflow and its " +
    "channels, so they are not a random sample of developers; shares, intervals and pay describe respondents only. " +
    "Data under the Open Database License (ODbL 1.0), © Stack Overflow.",
  "aijobs-salaries":
    "ai-jobs.net salary survey: salaries are self-reported by visitors and employers, unverified and not a random sample; " +
    "percentiles describe the reports, not the market. Data released under CC0 1.0.",
};

/** The caveat for a figure built from one or more surveys: the short form, then each survey's long form. */
export function surveyCaveat(sources: readonly SurveySource[] = []): string {
  return [SURVEY_CAVEAT, ...[...new Set(sources)].map((source) => SURVEY_CAVEATS[source])].join(" ");
}
