// Postings in the shape the scrapers hand to ingest (an IngestItem with its NormalisedPosting),
// deterministic from a seed: for the export benchmark and export tests.
import type { IngestItem } from "@/db/ingest/postings";
import { addMonths } from "@/lib/months";
import { FRAMEWORKS, REMOTE_MODES, ROLES, SENIORITIES, USE_CASES, type Framework } from "@/lib/taxonomy";

const COMPANIES = ["Acme AI", "Globex Robotics", "Initech Vision", "Umbrella Labs", "Hooli", "Zürich Modelworks", "Stark Speech"];
const TITLES = ["Machine Learning Engineer", "Research Scientist, NLP", "MLOps Engineer", "Data Scientist", "Computer Vision Engineer", "Staff ML Engineer"];
const COUNTRIES = ["US", "DE", "GB", "FR", "IN", "CA", "NL"];
const DESCRIPTION = "We train and serve models for customers in production. ".repeat(12);

const pick = <T>(values: readonly T[], random: () => number): T => values[Math.floor(random() * values.length)] as T;

/** Posting number `n` (1-based), filed `n % months` months after `firstMonth`. */
export function syntheticPosting(n: number, random: () => number, options: { firstMonth?: string; months?: number; title?: string } = {}): IngestItem {
  const month = addMonths(options.firstMonth ?? "2020-01", n % (options.months ?? 72));
  const frameworks = FRAMEWORKS.filter(() => random() < 0.3);
  const title = options.title ?? `${pick(TITLES, random)} #${n}`;
  const min = 60_000 + Math.floor(random() * 80) * 1_000;
  return {
    sourceId: `synthetic-${n}`,
    url: `https://jobs.example.test/postings/${n}`,
    record: { id: n, title },
    month,
    postedAt: `${month}-${String(1 + (n % 28)).padStart(2, "0")}T09:00:00.000Z`,
    posting: {
      company: pick(COMPANIES, random),
      title,
      locationText: "Remote",
      description: `${DESCRIPTION} Posting ${n}.`,
      applyUrl: null,
      frameworks: frameworks.map((framework: Framework) => ({ framework, context: "stack" as const, snippet: framework })),
      roles: [pick(ROLES, random)],
      useCases: random() < 0.5 ? [pick(USE_CASES, random)] : [],
      countries: [pick(COUNTRIES, random)],
      seniority: pick(SENIORITIES, random),
      remote: pick(REMOTE_MODES, random),
      salary: random() < 0.4 ? { min, max: min + 30_000, currency: "USD", period: "year", text: `$${min / 1000}k` } : null,
    },
  };
}
