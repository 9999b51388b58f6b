import { describe, expect, it, test } from "vitest";
import { AIJOBS_COLUMNS, salaryRowReader } from "@/scrapers/aijobs-salaries/map-row";
import { roleOfJobTitle } from "@/scrapers/aijobs-salaries/title-role";

test.each([
  ["Machine Learning Engineer", "ml_engineer"],
  ["AI Engineer", "ml_engineer"],
  ["Computer Vision Engineer", "ml_engineer"],
  ["Prompt Engineer", "ml_engineer"],
  ["MLOps Engineer", "mlops_engineer"],
  ["Machine Learning Infrastructure Engineer", "mlops_engineer"],
  ["Research Engineer", "research_engineer"],
  ["AI Research Engineer", "research_engineer"],
  ["Research Scientist", "research_scientist"],
  ["Applied Scientist", "research_scientist"],
  ["Machine Learning Researcher", "research_scientist"],
  ["Data Scientist", "data_scientist"],
  ["Decision Scientist", "data_scientist"],
  ["Lead Data Scientist", "data_scientist"],
  ["Data Engineer", "data_engineer"],
  ["Analytics Engineer", "data_engineer"],
  ["ETL Developer", "data_engineer"],
  ["Software Engineer", "software_engineer"],
  ["Site Reliability Engineer", "software_engineer"],
  ["Engineering Manager", "management"],
  ["Head of Data", "management"],
  ["Director of Machine Learning", "management"],
  ["Manager", "management"],
  ["Product Manager", "other"],
  ["AI Product Manager", "other"],
  ["Data Product Owner", "other"],
  ["Business Development Manager", "other"],
  ["Data Analyst", "other"],
  ["Consultant", "other"],
])("%j → %s", (title, role) => {
  expect(roleOfJobTitle(title)).toBe(role);
});

const line = (values: Partial<Record<(typeof AIJOBS_COLUMNS)[number], string>>) => {
  const base = { work_year: "2024", experience_level: "SE", employment_type: "FT", job_title: "Data Scientist", salary: "90000", salary_currency: "EUR", salary_in_usd: "97000", employee_residence: "DE", remote_ratio: "50", company_location: "NL", company_size: "M" };
  return AIJOBS_COLUMNS.map((column) => ({ ...base, ...values })[column]);
};

describe("salaryRowReader", () => {
  it("maps a report: level → seniority, employment words, role, region of residence", () => {
    const read = salaryRowReader([...AIJOBS_COLUMNS]);
    expect(read(line({ experience_level: "EX", employment_type: "CT" }), 2)).toEqual({
      rows: [
        {
          source: "aijobs-salaries",
          sourceId: expect.stringMatching(/^[0-9a-f]{32}-1$/),
          workYear: 2024,
          experienceLevel: "EX",
          seniority: "management",
          employmentType: "contract",
          jobTitle: "Data Scientist",
          role: "data_scientist",
          salary: 90000,
          salaryCurrency: "EUR",
          salaryUsd: 97000,
          employeeResidence: "DE",
          region: "europe",
          remoteRatio: 50,
          companyLocation: "NL",
          companySize: "M",
        },
      ],
    });
  });

  test.each([
    ["EN", "junior"],
    ["MI", "mid"],
    ["SE", "senior"],
    ["EX", "management"],
  ])("experience level %s → %s", (level, seniority) => {
    expect(salaryRowReader([...AIJOBS_COLUMNS])(line({ experience_level: level }), 2)).toMatchObject({ rows: [{ seniority }] });
  });

  it("gives identical rows distinct keys by their repeat, the same keys on a second read", () => {
    const keys = (read: ReturnType<typeof salaryRowReader>) => [line({}), line({}), line({ salary: "1" })].map((fields) => {
      const verdict = read(fields, 0);
      return "rows" in verdict ? verdict.rows[0]?.sourceId : null;
    });
    const first = keys(salaryRowReader([...AIJOBS_COLUMNS]));
    expect(first[0]).toMatch(/-1$/);
    expect(first[1]).toBe(first[0]?.replace(/-1$/, "-2"));
    expect(first[2]).toMatch(/-1$/);
    expect(keys(salaryRowReader([...AIJOBS_COLUMNS]))).toEqual(first);
  });

  it("reads the columns by name, in any order", () => {
    const header = [...AIJOBS_COLUMNS].reverse();
    const fields = [...line({ job_title: "AI Engineer" })].reverse();
    expect(salaryRowReader(header)(fields, 2)).toMatchObject({ rows: [{ jobTitle: "AI Engineer", role: "ml_engineer", companySize: "M" }] });
  });

  test.each([
    [{ experience_level: "XX" }, /experience_level/],
    [{ salary_in_usd: "" }, /salary_in_usd: not an amount/],
    [{ remote_ratio: "75" }, /remote_ratio/],
    [{ employee_residence: "Germany" }, /employee_residence: not an ISO alpha-2 code/],
    [{ work_year: "24" }, /work_year: not a year/],
  ])("refuses %j", (values, message) => {
    expect(salaryRowReader([...AIJOBS_COLUMNS])(line(values), 2)).toEqual({ invalid: expect.stringMatching(message) });
  });

  it("fails the file when the header lacks a column", () => {
    expect(() => salaryRowReader(AIJOBS_COLUMNS.filter((c) => c !== "salary_in_usd"))).toThrow(/no column salary_in_usd/);
  });
});
