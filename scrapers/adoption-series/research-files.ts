import type { SeriesPointInput } from "@/db/ingest/series-points";
import { namedFields, points, RAW_GITHUB, type PointShape, type SeriesFile } from "./points";

const PAPERS_URL = `${RAW_GITHUB}/Chillee/pytorch-vs-tensorflow/master/data_analysis/data.csv`;
const CONFERENCE_MONTH: PointShape = { date: /^\d{4}-\d{2}$/, key: /^[a-z]+$/ };
const MONTH_YEAR = /^(0[1-9]|1[0-2])\/(\d\d)$/;

// Papers per conference that mention PyTorch / TensorFlow, and all papers. The file has no
// header: conference, MM/YY, pytorch_papers, tensorflow_papers, total_papers (years 2015-2022).
export const PAPERS_FILE: SeriesFile = {
  url: PAPERS_URL,
  label: "data.csv (papers per conference)",
  shape: { header: false, columns: 5 },
  reader: () => (fields) => {
    const [conference = "", monthYear = "", pytorch = "", tensorflow = "", total = ""] = fields;
    const when = MONTH_YEAR.exec(monthYear.trim());
    if (!when) return { invalid: `date ${JSON.stringify(monthYear)} is not MM/YY` };
    return points(PAPERS_URL, CONFERENCE_MONTH, `20${when[2]}-${when[1]}`, conference.trim().toLowerCase(), [
      ["papers_pytorch", pytorch],
      ["papers_tensorflow", tensorflow],
      ["papers_total", total],
    ]);
  },
};

const SO_QUESTIONS_URL =
  `${RAW_GITHUB}/ai-index-hai-stanford/AI-Index-2020/master/DATASETS/1.%20Research%20%26%20Development/` +
  "Stackoverflow/Frameworks/frameworks_questions_count.csv";
const YEAR_BY_FRAMEWORK: PointShape = { date: /^\d{4}$/, key: /^[a-z]+$/ };
const QUESTION_COLUMNS = { keras: "Keras_Question_Count", tensorflow: "Tensorflow_Question_Count", pytorch: "Pytorch_Question_Count" } as const;

// AI Index 2020: Stack Overflow questions per year and framework tag (2020 only up to mid-year).
export const SO_QUESTIONS_FILE: SeriesFile = {
  url: SO_QUESTIONS_URL,
  label: "frameworks_questions_count.csv",
  shape: { header: true },
  reader: (header) => {
    const read = namedFields(header, ["Date", ...Object.values(QUESTION_COLUMNS)]);
    return (fields) => {
      const row = read(fields);
      const rows: SeriesPointInput[] = [];
      for (const [framework, column] of Object.entries(QUESTION_COLUMNS)) {
        const verdict = points(SO_QUESTIONS_URL, YEAR_BY_FRAMEWORK, row.Date, framework, [["so_questions", row[column]]]);
        if (!("rows" in verdict)) return verdict;
        rows.push(...verdict.rows);
      }
      return { rows };
    };
  },
};
