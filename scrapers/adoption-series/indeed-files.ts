import { DAILY_BY_COUNTRY, namedFields, points, RAW_GITHUB, type SeriesFile } from "./points";

// Hiring Lab's AI tracker: the daily share of postings that mention AI (or GenAI), per country.
export function aiShareFile(file: "AI_posting.csv" | "GenAI_posting.csv"): SeriesFile {
  const url = `${RAW_GITHUB}/hiring-lab/ai-tracker/main/${file}`;
  const genAi = file === "GenAI_posting.csv";
  const share = genAi ? "GenAI_share_postings" : "AI_share_postings";
  return {
    url,
    label: file,
    shape: { header: true },
    reader: (header) => {
      const read = namedFields(header, ["date", "jobcountry", share]);
      return (fields) => {
        const row = read(fields);
        return points(url, DAILY_BY_COUNTRY, row.date, row.jobcountry, [[genAi ? "indeed_genai_share" : "indeed_ai_share", row[share]]]);
      };
    },
  };
}

const INDEX_COLUMNS = ["date", "jobcountry", "indeed_job_postings_index_SA", "indeed_job_postings_index_NSA", "variable"] as const;

// Hiring Lab's Job Postings Index for one country: total and new postings, adjusted and not.
export function postingsIndexFile(country: string): SeriesFile {
  const url = `${RAW_GITHUB}/hiring-lab/job_postings_tracker/master/${country}/aggregate_job_postings_${country}.csv`;
  return {
    url,
    label: `aggregate_job_postings_${country}.csv`,
    shape: { header: true },
    reader: (header) => {
      const read = namedFields(header, INDEX_COLUMNS);
      return (fields) => {
        const row = read(fields);
        const kind = row.variable === "total postings" ? "total" : row.variable === "new postings" ? "new" : null;
        if (!kind) return { invalid: `unknown variable ${JSON.stringify(row.variable)}` };
        return points(url, DAILY_BY_COUNTRY, row.date, row.jobcountry, [
          [`indeed_postings_${kind}_sa`, row.indeed_job_postings_index_SA],
          [`indeed_postings_${kind}_nsa`, row.indeed_job_postings_index_NSA],
        ]);
      };
    },
  };
}
