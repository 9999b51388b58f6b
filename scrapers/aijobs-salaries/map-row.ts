import { createHash } from "node:crypto";
import { z } from "zod";
import type { SalaryReportInput } from "@/db/ingest/salary-reports";
import { regionOf } from "@/lib/geo/regions";
import type { EmploymentType } from "@/lib/surveys/salary-fields";
import type { Seniority } from "@/lib/taxonomy";
import type { RowReader } from "../data-files/csv-batches";
import { roleOfJobTitle } from "./title-role";

export const AIJOBS_SOURCE = "aijobs-salaries";

export const AIJOBS_COLUMNS = [
  "work_year",
  "experience_level",
  "employment_type",
  "job_title",
  "salary",
  "salary_currency",
  "salary_in_usd",
  "employee_residence",
  "remote_ratio",
  "company_location",
  "company_size",
] as const;

// EX is the survey's "executive / director" level: our management seniority.
export const SENIORITY_BY_LEVEL: Record<"EN" | "MI" | "SE" | "EX", Seniority> = { EN: "junior", MI: "mid", SE: "senior", EX: "management" };
export const EMPLOYMENT_BY_CODE: Record<"FT" | "PT" | "CT" | "FL", EmploymentType> = { FT: "full_time", PT: "part_time", CT: "contract", FL: "freelance" };

const amount = z.string().regex(/^\d+(\.\d+)?$/, "not an amount").transform(Number);
const country = z.string().regex(/^[A-Z]{2}$/, "not an ISO alpha-2 code");
const rowSchema = z.object({
  work_year: z.string().regex(/^(19|20)\d\d$/, "not a year").transform(Number),
  experience_level: z.enum(["EN", "MI", "SE", "EX"]),
  employment_type: z.enum(["FT", "PT", "CT", "FL"]),
  job_title: z.string().trim().min(1),
  salary: amount,
  salary_currency: z.string().regex(/^[A-Z]{3}$/, "not an ISO 4217 code"),
  salary_in_usd: amount,
  employee_residence: country,
  remote_ratio: z.enum(["0", "50", "100"]).transform(Number),
  company_location: country,
  company_size: z.enum(["S", "M", "L"]),
});

/**
 * A reader for the salaries file with this header. The file has no ids and repeats identical
 * rows (about half of them), so each row's key is a hash of its fields plus which repeat it is:
 * a rerun of the same file finds the same keys, and a new identical report gets a new one.
 */
export function salaryRowReader(header: readonly string[]): RowReader<SalaryReportInput> {
  const missing = AIJOBS_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length) throw new Error(`the salaries file has no column ${missing.join(", ")}`);
  const at = AIJOBS_COLUMNS.map((column) => header.indexOf(column));
  const repeats = new Map<string, number>();
  return (fields) => {
    const values = at.map((index) => fields[index] ?? "");
    const parsed = rowSchema.safeParse(Object.fromEntries(AIJOBS_COLUMNS.map((column, i) => [column, values[i]])));
    if (!parsed.success) return { invalid: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") };
    const row = parsed.data;
    const hash = createHash("sha256").update(values.join("\u001f")).digest("hex").slice(0, 32);
    const repeat = (repeats.get(hash) ?? 0) + 1;
    repeats.set(hash, repeat);
    const report: SalaryReportInput = {
      source: AIJOBS_SOURCE,
      sourceId: `${hash}-${repeat}`,
      workYear: row.work_year,
      experienceLevel: row.experience_level,
      seniority: SENIORITY_BY_LEVEL[row.experience_level],
      employmentType: EMPLOYMENT_BY_CODE[row.employment_type],
      jobTitle: row.job_title,
      role: roleOfJobTitle(row.job_title),
      salary: row.salary,
      salaryCurrency: row.salary_currency,
      salaryUsd: row.salary_in_usd,
      employeeResidence: row.employee_residence,
      region: regionOf(row.employee_residence),
      remoteRatio: row.remote_ratio,
      companyLocation: row.company_location,
      companySize: row.company_size,
    };
    return { rows: [report] };
  };
}
