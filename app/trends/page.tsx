import { ExportLinks } from "@/app/components/export-links";
import Link from "next/link";
import { getIndeedAiShareByMonth, getPaperShareByYear, listIndeedCountries } from "@/db/queries/adoption";
import { getDb } from "@/db/server-db";
import { getSupply, listSurveyYears, supplyFilterSchema } from "@/db/queries/supply";
import { getGroupFirstRuns, getGroupMonthlyFrameworkCounts, getGroupSourceStarts } from "@/db/queries/trends";
import { FRAMEWORKS } from "@/lib/taxonomy";
import { seriesAnnotations } from "@/lib/trends/annotations";
import type { SourceGroup } from "@/lib/trends/source-groups";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { FilterForm } from "../components/filter-form";
import { ParamProblems } from "../components/param-problems";
import { IndeedCard, PapersCard, SurveyUsageCard } from "./adoption-section";
import { GroupSection } from "./group-section";
import { parseTrendsParams } from "./search-params";

export const dynamic = "force-dynamic";

const NOTES: Record<SourceGroup, string> = {
  hn: "Top-level posts of each monthly thread since 2011, filed under the thread's month. Months whose thread is not stored are gaps.",
  boards:
    "ATS boards and remote-job feeds pooled, filed under each job's posted month; a job on several boards counts once. Boards list only open jobs, so months before a board's first read hold just the jobs still open then.",
};

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const rawParams = await searchParams;
  const { values: params, problems } = parseTrendsParams(rawParams);
  const db = getDb();
  const range = { from: params.from, to: params.to };
  const [hnCounts, hnStarts, boardCounts, boardStarts, boardRuns, papers, indeed, countries, survey] = await Promise.all([
    getGroupMonthlyFrameworkCounts(db, { group: "hn", ...range }),
    getGroupSourceStarts(db, { group: "hn" }),
    getGroupMonthlyFrameworkCounts(db, { group: "boards", ...range }),
    getGroupSourceStarts(db, { group: "boards" }),
    getGroupFirstRuns(db, { group: "boards" }),
    getPaperShareByYear(db),
    getIndeedAiShareByMonth(db, { country: params.country, ...range }),
    listIndeedCountries(db),
    listSurveyYears(db).flatMap((year) => getSupply(db, supplyFilterSchema.parse({ year, relation: "used" }))),
  ]);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Trends: framework share of job postings over time</h1>
        <ExportLinks view="trends" params={rawParams} />
        <p className="mt-1 text-sm">
          The share of distinct jobs that name each framework as part of the job, month by month, with a 3-month moving average and 95% Wilson
          intervals. Hacker News and the job boards are kept apart: they sample different employers. Formulas are on{" "}
          <Link prefetch={false} href="/methodology" className="underline">
            Sources &amp; methodology
          </Link>
          .
        </p>
      </div>
      <ParamProblems problems={problems} />
      <FilterForm
        action="/trends"
        legend="Filter the trends"
        testId="trends-filters"
        fields={[
          { kind: "month", name: "from", label: "From month", value: params.from, hint: "YYYY-MM" },
          { kind: "month", name: "to", label: "To month", value: params.to, hint: "YYYY-MM" },
          { kind: "select", name: "framework", label: "Framework with interval", value: params.framework, options: FRAMEWORKS.map((f) => ({ value: f, label: FRAMEWORK_LABELS[f] })), allLabel: null },
          { kind: "select", name: "country", label: "Indeed country", value: params.country, options: countries.map((c) => ({ value: c, label: c })), allLabel: "All countries" },
        ]}
      />
      <GroupSection group="hn" counts={hnCounts} annotations={seriesAnnotations(hnCounts, hnStarts, [])} framework={params.framework} note={NOTES.hn} />
      <GroupSection group="boards" counts={boardCounts} annotations={seriesAnnotations(boardCounts, boardStarts, boardRuns)} framework={params.framework} note={NOTES.boards} />
      <section aria-labelledby="adoption" className="space-y-4">
        <h2 id="adoption" className="text-xl font-semibold text-tremor-content-strong">
          Beyond job postings
        </h2>
        <PapersCard rows={papers} />
        <IndeedCard rows={indeed} />
        <SurveyUsageCard rows={survey} />
      </section>
    </div>
  );
}
