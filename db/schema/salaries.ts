import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { REGIONS } from "@/lib/geo/regions";
import { COMPANY_SIZES, EMPLOYMENT_TYPES } from "@/lib/surveys/salary-fields";
import { ROLES, SENIORITIES } from "@/lib/taxonomy";

// One row per reported salary (ai-jobs.net salary survey). The file has no ids and repeats
// identical rows, so the key is a hash of the row plus which repeat of it this is.
export const salaryReports = sqliteTable(
  "salary_reports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    sourceId: text("source_id").notNull(),
    workYear: integer("work_year").notNull(),
    /** As the file writes it: EN, MI, SE, EX. */
    experienceLevel: text("experience_level").notNull(),
    seniority: text("seniority", { enum: SENIORITIES }).notNull(),
    employmentType: text("employment_type", { enum: EMPLOYMENT_TYPES }).notNull(),
    jobTitle: text("job_title").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    salary: real("salary").notNull(),
    salaryCurrency: text("salary_currency").notNull(),
    salaryUsd: real("salary_usd").notNull(),
    /** ISO 3166-1 alpha-2 of where the employee lives; `region` is this country's. */
    employeeResidence: text("employee_residence").notNull(),
    region: text("region", { enum: REGIONS }),
    /** Share of the work done remotely: 0, 50 or 100. */
    remoteRatio: integer("remote_ratio").notNull(),
    companyLocation: text("company_location").notNull(),
    companySize: text("company_size", { enum: COMPANY_SIZES }).notNull(),
    ingestedAt: text("ingested_at").notNull(),
  },
  (t) => [
    uniqueIndex("salary_reports_source_item_uq").on(t.source, t.sourceId),
    index("salary_reports_year_role_idx").on(t.workYear, t.role, t.seniority),
  ],
);

export type SalaryReport = typeof salaryReports.$inferSelect;
export type NewSalaryReport = typeof salaryReports.$inferInsert;
