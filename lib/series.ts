// The adoption time series: one id per measure, each with its unit and where it comes from
// (cited on every row of series_points, so an export carries its own attribution).
export const SERIES = [
  "indeed_ai_share",
  "indeed_genai_share",
  "indeed_postings_total_sa",
  "indeed_postings_total_nsa",
  "indeed_postings_new_sa",
  "indeed_postings_new_nsa",
  "papers_pytorch",
  "papers_tensorflow",
  "papers_total",
  "so_questions",
] as const;
export type Series = (typeof SERIES)[number];

export type SeriesInfo = { label: string; key: "country" | "conference" | "framework"; unit: string; origin: string };

const HIRING_LAB_AI = "Indeed Hiring Lab, AI tracker (github.com/hiring-lab/ai-tracker), CC BY 4.0";
const HIRING_LAB_INDEX = "Indeed Hiring Lab, Job Postings Index (github.com/hiring-lab/job_postings_tracker), CC BY 4.0";
const PAPERS = "Horace He, pytorch-vs-tensorflow (github.com/Chillee/pytorch-vs-tensorflow); no licence stated";
const AI_INDEX = "Stanford AI Index 2020, Stack Overflow data (github.com/ai-index-hai-stanford/AI-Index-2020); no licence stated";
const INDEX_UNIT = "index, 2020-02-01 = 100";

export const SERIES_INFO: Record<Series, SeriesInfo> = {
  indeed_ai_share: { label: "Indeed postings mentioning AI/ML", key: "country", unit: "percent of postings", origin: HIRING_LAB_AI },
  indeed_genai_share: { label: "Indeed postings mentioning GenAI", key: "country", unit: "percent of postings", origin: HIRING_LAB_AI },
  indeed_postings_total_sa: { label: "Indeed job postings, seasonally adjusted", key: "country", unit: INDEX_UNIT, origin: HIRING_LAB_INDEX },
  indeed_postings_total_nsa: { label: "Indeed job postings, not seasonally adjusted", key: "country", unit: INDEX_UNIT, origin: HIRING_LAB_INDEX },
  indeed_postings_new_sa: { label: "Indeed new job postings, seasonally adjusted", key: "country", unit: INDEX_UNIT, origin: HIRING_LAB_INDEX },
  indeed_postings_new_nsa: { label: "Indeed new job postings, not seasonally adjusted", key: "country", unit: INDEX_UNIT, origin: HIRING_LAB_INDEX },
  papers_pytorch: { label: "Conference papers mentioning PyTorch", key: "conference", unit: "papers", origin: PAPERS },
  papers_tensorflow: { label: "Conference papers mentioning TensorFlow", key: "conference", unit: "papers", origin: PAPERS },
  papers_total: { label: "Conference papers, all", key: "conference", unit: "papers", origin: PAPERS },
  so_questions: { label: "Stack Overflow questions per framework tag", key: "framework", unit: "questions per year (2020 partial)", origin: AI_INDEX },
};
