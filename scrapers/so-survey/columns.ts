import type { SurveyFramework } from "@/lib/surveys/frameworks";

/** How one survey year's files are read: an explicit mapping per year, never inferred from the header. */
export type SurveyColumns = {
  year: number;
  /** Questions (schema `qname`) the mapping reads; the year fails when its schema file lacks one. */
  questions: string[];
  /** Columns of survey_results_public.csv; the year fails when the header lacks one. */
  columns: {
    responseId: string;
    devType: string;
    country: string;
    yearsPro: string;
    frameworksUsed: string;
    frameworksWanted: string;
    compYearlyUsd: string;
  };
  /** Answer labels of the frameworks question that we keep; other labels are other technologies. */
  frameworkLabels: Record<string, SurveyFramework>;
  /** How a multi-answer cell separates its answers, and how an unanswered cell reads. */
  separator: string;
  missing: string;
  /** The years-of-experience answers that are words, not numbers. */
  yearsWords: Record<string, number>;
};

// A schema `qname` covers a matrix question's "<qname>HaveWorkedWith"/"<qname>WantToWorkWith" columns.
const MATRIX_SUFFIXES = ["HaveWorkedWith", "WantToWorkWith"];

/** The questions the mapping needs that the year's schema file does not list; empty when all are there. */
export function missingQuestions(mapping: SurveyColumns, schemaQuestions: ReadonlySet<string>): string[] {
  const listed = (question: string) => schemaQuestions.has(question) || MATRIX_SUFFIXES.some((suffix) => schemaQuestions.has(`${question}${suffix}`));
  return mapping.questions.filter((question) => !listed(question));
}

/** The mapped columns the responses header does not have; empty when all are there. */
export function missingColumns(mapping: SurveyColumns, header: readonly string[]): string[] {
  const present = new Set(header);
  return Object.values(mapping.columns).filter((column) => !present.has(column));
}
