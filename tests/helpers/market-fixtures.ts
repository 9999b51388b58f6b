import type { Db } from "@/db/client";
import { ingestDataBatch } from "@/db/ingest/data-rows";
import { ingestBatch } from "@/db/ingest/postings";
import type { SalaryReportInput } from "@/db/ingest/salary-reports";
import type { SurveyResponseInput } from "@/db/ingest/survey-responses";
import { regionOf } from "@/lib/geo/regions";
import type { Salary } from "@/lib/normalise/types";
import type { Framework, Role, Seniority } from "@/lib/taxonomy";

// Small hand-made inputs for the market queries (supply, demand/supply, salary bands), written
// through the real ingest layer so they land exactly as scraped rows would.

type Respondent = {
  year?: number;
  role: Role | null;
  seniority?: Seniority;
  country: string | null;
  comp?: number | null;
  used?: Framework[];
  wanted?: Framework[];
  /** Libraries outside our four (they must not count). */
  other?: Array<"scikit_learn" | "hugging_face_transformers">;
};

let nextRespondent = 1;

/** Stores survey respondents (so-survey); ids are unique across calls. */
export function seedRespondents(db: Db, respondents: Respondent[]): void {
  const rows: SurveyResponseInput[] = respondents.map((r) => ({
    source: "so-survey",
    year: r.year ?? 2023,
    sourceId: String(nextRespondent++),
    role: r.role,
    devType: r.role,
    seniority: r.seniority ?? "unspecified",
    yearsPro: null,
    country: r.country,
    countryName: r.country,
    region: regionOf(r.country),
    compYearlyUsd: r.comp ?? null,
    frameworks: [
      ...(r.used ?? []).map((framework) => ({ framework, relation: "used" as const })),
      ...(r.wanted ?? []).map((framework) => ({ framework, relation: "wanted" as const })),
      ...(r.other ?? []).map((framework) => ({ framework, relation: "used" as const })),
    ],
  }));
  ingestDataBatch(db, { data: { kind: "survey-responses", rows }, validators: [], fetchedAt: "2026-11-26T00:00:00.000Z" });
}

type Report = { year: number; salaryUsd: number; role?: Role; seniority?: Seniority; residence?: string; employment?: SalaryReportInput["employmentType"] };
let nextReport = 1;

/** Stores ai-jobs.net salary reports. */
export function seedSalaryReports(db: Db, reports: Report[]): void {
  const rows: SalaryReportInput[] = reports.map((r) => ({
    source: "aijobs-salaries",
    sourceId: `report-${nextReport++}`,
    workYear: r.year,
    experienceLevel: "SE",
    seniority: r.seniority ?? "senior",
    employmentType: r.employment ?? "full_time",
    jobTitle: "Machine Learning Engineer",
    role: r.role ?? "ml_engineer",
    salary: r.salaryUsd,
    salaryCurrency: "USD",
    salaryUsd: r.salaryUsd,
    employeeResidence: r.residence ?? "US",
    region: regionOf(r.residence ?? "US"),
    remoteRatio: 0,
    companyLocation: r.residence ?? "US",
    companySize: "M",
  }));
  ingestDataBatch(db, { data: { kind: "salary-reports", rows }, validators: [], fetchedAt: "2026-11-26T00:00:00.000Z" });
}

type Job = {
  source?: string;
  month?: string;
  frameworks?: Framework[];
  roles?: Role[];
  seniority?: Seniority;
  countries?: string[];
  salary?: Omit<Salary, "text"> | null;
  /** Jobs with the same apply URL are one duplicate group. */
  applyUrl?: string;
};
let nextJob = 1;

/** Stores postings, one batch per call and source. */
export function seedJobs(db: Db, jobs: Job[]): void {
  const bySource = new Map<string, Job[]>();
  for (const job of jobs) bySource.set(job.source ?? "ashby", [...(bySource.get(job.source ?? "ashby") ?? []), job]);
  for (const [source, batch] of bySource) {
    ingestBatch(db, {
      source,
      runId: null,
      fetchedAt: "2026-11-26T00:00:00.000Z",
      validators: [],
      items: batch.map((job) => {
        const id = nextJob++;
        const month = job.month ?? "2026-01";
        return {
          sourceId: `job-${id}`,
          url: `https://jobs.example.test/${source}/${id}`,
          record: { id },
          month,
          postedAt: `${month}-02T00:00:00.000Z`,
          posting: {
            company: `Company ${id}`,
            title: `Job ${id}`,
            locationText: null,
            description: `Job number ${id}`,
            applyUrl: job.applyUrl ?? `https://apply.example.test/${id}`,
            frameworks: (job.frameworks ?? []).map((framework) => ({ framework, context: "stack" as const, snippet: framework })),
            roles: job.roles ?? ["software_engineer"],
            useCases: [],
            countries: job.countries ?? [],
            seniority: job.seniority ?? "unspecified",
            remote: "unspecified",
            salary: job.salary ? { ...job.salary, text: `${job.salary.min}-${job.salary.max} ${job.salary.currency}` } : null,
          },
        };
      }),
    });
  }
}

/** `n` copies of a value, for building samples of known size. */
export function times<T>(n: number, make: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => make(i));
}
