import { parseArgs } from "node:util";

export type BenchArgs = { postings: number; surveyRows: number; pipelinePostings: number; pipelineSurveyRows: number; dir: string | null; json: boolean; buildOnly: boolean; runs: number; pageRuns: number; growth: boolean; pages: boolean; export: boolean; build: boolean; keep: boolean };

const count = (value: string | undefined, fallback: number, name: string): number => {
  const n = value === undefined ? fallback : Number(value.replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a positive whole number, got "${value}"`);
  return n;
};

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      postings: { type: "string" },
      surveys: { type: "string" },
      pipeline: { type: "string" },
      "pipeline-surveys": { type: "string" },
      dir: { type: "string" },
      json: { type: "boolean", default: false },
      runs: { type: "string" },
      "page-runs": { type: "string" },
      "no-growth": { type: "boolean", default: false },
      "no-pages": { type: "boolean", default: false },
      "no-export": { type: "boolean", default: false },
      build: { type: "boolean", default: false },
      "build-only": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
  });
  const postings = count(values.postings, 1_000_000, "postings");
  const surveyRows = count(values.surveys, postings * 5, "surveys");
  return {
    postings,
    surveyRows,
    // The full pipeline runs for this many postings (and survey rows); the rest are copies of its rows.
    pipelinePostings: Math.min(postings, count(values.pipeline, 100_000, "pipeline")),
    pipelineSurveyRows: Math.min(surveyRows, count(values["pipeline-surveys"], 500_000, "pipeline-surveys")),
    dir: values.dir ?? null,
    json: values.json,
    buildOnly: values["build-only"],
    runs: count(values.runs, 20, "runs"),
    pageRuns: count(values["page-runs"], 20, "page-runs"),
    growth: !values["no-growth"],
    pages: !values["no-pages"],
    export: !values["no-export"],
    build: values.build,
    keep: values.keep,
  };
}
