import { describe, expect, it, test } from "vitest";
import { SERIES_INFO } from "@/lib/series";
import { seriesFiles } from "@/scrapers/adoption-series";
import { aiShareFile, postingsIndexFile } from "@/scrapers/adoption-series/indeed-files";
import { PAPERS_FILE, SO_QUESTIONS_FILE } from "@/scrapers/adoption-series/research-files";

const values = (verdict: unknown) => (verdict as { rows: Array<{ series: string; key: string; date: string; value: number }> }).rows.map(({ series, key, date, value }) => ({ series, key, date, value }));

describe("series rows", () => {
  it("reads an AI-share row with its unit and origin", () => {
    const file = aiShareFile("AI_posting.csv");
    const verdict = file.reader(["date", "jobcountry", "AI_share_postings"])(["2026-06-30", "US", "5.88061424953879"], 2);
    expect(verdict).toEqual({
      rows: [{ series: "indeed_ai_share", key: "US", date: "2026-06-30", value: 5.88061424953879, unit: "percent of postings", origin: SERIES_INFO.indeed_ai_share.origin, url: file.url }],
    });
    expect(SERIES_INFO.indeed_ai_share.origin).toMatch(/Hiring Lab.*CC BY 4\.0/);
  });

  it("splits an Indeed index row into its adjusted and unadjusted series", () => {
    const read = postingsIndexFile("GB").reader(["date", "jobcountry", "indeed_job_postings_index_SA", "indeed_job_postings_index_NSA", "variable"]);
    expect(values(read(["2020-02-02", "GB", "100.03", "100.05", "new postings"], 2))).toEqual([
      { series: "indeed_postings_new_sa", key: "GB", date: "2020-02-02", value: 100.03 },
      { series: "indeed_postings_new_nsa", key: "GB", date: "2020-02-02", value: 100.05 },
    ]);
    expect(read(["2020-02-02", "GB", "100", "100", "old postings"], 2)).toEqual({ invalid: 'unknown variable "old postings"' });
  });

  it("reads a headerless paper row: MM/YY → YYYY-MM, the conference as key, three series", () => {
    expect(values(PAPERS_FILE.reader(null)(["NeurIPS", "12/18", "74", "127", "1009"], 1))).toEqual([
      { series: "papers_pytorch", key: "neurips", date: "2018-12", value: 74 },
      { series: "papers_tensorflow", key: "neurips", date: "2018-12", value: 127 },
      { series: "papers_total", key: "neurips", date: "2018-12", value: 1009 },
    ]);
  });

  it("reads a question-count row (floats as written) into one point per framework", () => {
    const read = SO_QUESTIONS_FILE.reader(["", "Date", "Keras_Question_Count", "Tensorflow_Question_Count", "Pytorch_Question_Count"]);
    expect(values(read(["3", "2017", "4145.0", "13139", "408.0"], 5))).toEqual([
      { series: "so_questions", key: "keras", date: "2017", value: 4145 },
      { series: "so_questions", key: "tensorflow", date: "2017", value: 13139 },
      { series: "so_questions", key: "pytorch", date: "2017", value: 408 },
    ]);
  });

  test.each([
    [["2026-6-30", "US", "5.1"], /date/],
    [["2026-06-30", "usa", "5.1"], /key/],
    [["2026-06-30", "US", ""], /not a number/],
    [["2026-06-30", "US", "n/a"], /not a number/],
  ])("refuses the AI-share row %j", (fields, message) => {
    expect(aiShareFile("GenAI_posting.csv").reader(["date", "jobcountry", "GenAI_share_postings"])(fields, 2)).toEqual({ invalid: expect.stringMatching(message) });
  });

  it("refuses a paper row whose month is not MM/YY, and a file without the expected columns", () => {
    expect(PAPERS_FILE.reader(null)(["ICML", "2021", "1", "2", "3"], 1)).toEqual({ invalid: 'date "2021" is not MM/YY' });
    expect(() => aiShareFile("AI_posting.csv").reader(["date", "country", "share"])).toThrow(/no column jobcountry, AI_share_postings/);
  });

  it("reads the postings index of each configured country besides the shared files", () => {
    expect(seriesFiles(["US", "DE"]).map((file) => file.label)).toEqual([
      "AI_posting.csv",
      "GenAI_posting.csv",
      "aggregate_job_postings_US.csv",
      "aggregate_job_postings_DE.csv",
      "data.csv (papers per conference)",
      "frameworks_questions_count.csv",
    ]);
  });
});
