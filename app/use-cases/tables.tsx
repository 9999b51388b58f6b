import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { FrameworkTotal, UseCaseFilter, UseCaseTotal } from "@/db/queries/use-cases";
import { FRAMEWORKS, USE_CASES, type Framework, type UseCase } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingsHref } from "@/lib/ui/drilldown";
import { formatCount, formatShare } from "@/lib/ui/format";
import { USE_CASE_LABELS } from "@/lib/ui/labels";
import { ScrollRegion } from "@/app/components/scroll-region";

type JobsOf = (useCase: UseCase, framework: Framework) => number;
const link = "underline decoration-dotted focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand";

/** A count that opens its postings; `what` names them for screen readers ("jobs naming PyTorch in NLP / LLMs"). */
function Count({ href, n, share, what }: { href: string; n: number; share?: number | null; what: string }) {
  return (
    <>
      <Link prefetch={false} href={href} className={link} aria-label={`${formatCount(n)} ${what}: open the postings`}>
        {formatCount(n)}
      </Link>
      {share === undefined || share === null ? null : <span className="text-tremor-content-subtle"> ({formatShare(share)})</span>}
    </>
  );
}

export function FrameworkByUseCaseTable({ filter, totals, jobsOf }: { filter: UseCaseFilter; totals: UseCaseTotal[]; jobsOf: JobsOf }) {
  return (
    <ScrollRegion label="Framework split per use case" className="mt-4">
      <Table data-testid="split-table">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Use case</TableHeaderCell>
            <TableHeaderCell className="text-right">Jobs</TableHeaderCell>
            <TableHeaderCell className="text-right">Naming a framework</TableHeaderCell>
            {FRAMEWORKS.map((f) => (
              <TableHeaderCell key={f} className="text-right">
                {FRAMEWORK_LABELS[f]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {USE_CASES.map((useCase) => {
            const total = totals.find((t) => t.useCase === useCase);
            const base = { ...filter, use_case: useCase };
            return (
              <TableRow key={useCase} data-use-case={useCase}>
                <TableCell>{USE_CASE_LABELS[useCase]}</TableCell>
                <TableCell className="text-right" data-col="jobs">
                  <Count href={postingsHref(base)} n={total?.jobs ?? 0} what={`jobs in ${USE_CASE_LABELS[useCase]}`} />
                </TableCell>
                <TableCell className="text-right" data-col="with-framework">
                  {formatCount(total?.withFramework ?? 0)}
                </TableCell>
                {FRAMEWORKS.map((f) => {
                  const n = jobsOf(useCase, f);
                  return (
                    <TableCell key={f} className="text-right" data-col={f}>
                      <Count href={postingsHref({ ...base, framework: f })} n={n} share={total?.withFramework ? n / total.withFramework : null} what={`jobs in ${USE_CASE_LABELS[useCase]} naming ${FRAMEWORK_LABELS[f]}`} />
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

export function UseCaseByFrameworkTable({ filter, totals, jobsOf }: { filter: UseCaseFilter; totals: FrameworkTotal[]; jobsOf: JobsOf }) {
  const totalOf = (framework: Framework) => totals.find((t) => t.framework === framework);
  return (
    <ScrollRegion label="Use cases per framework" className="mt-4">
      <Table data-testid="reverse-table-rows">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Jobs naming…</TableHeaderCell>
            {FRAMEWORKS.map((f) => (
              <TableHeaderCell key={f} className="text-right">
                {FRAMEWORK_LABELS[f]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow data-row="jobs">
            <TableCell>the framework</TableCell>
            {FRAMEWORKS.map((f) => (
              <TableCell key={f} className="text-right" data-col={f}>
                <Count href={postingsHref({ ...filter, framework: f })} n={totalOf(f)?.jobs ?? 0} what={`jobs naming ${FRAMEWORK_LABELS[f]}`} />
              </TableCell>
            ))}
          </TableRow>
          <TableRow data-row="with-use-case">
            <TableCell>…and any use case</TableCell>
            {FRAMEWORKS.map((f) => (
              <TableCell key={f} className="text-right" data-col={f}>
                {formatCount(totalOf(f)?.withUseCase ?? 0)}
              </TableCell>
            ))}
          </TableRow>
          {USE_CASES.map((useCase) => (
            <TableRow key={useCase} data-use-case={useCase}>
              <TableCell>…and {USE_CASE_LABELS[useCase]}</TableCell>
              {FRAMEWORKS.map((f) => {
                const n = jobsOf(useCase, f);
                const base = totalOf(f)?.withUseCase ?? 0;
                return (
                  <TableCell key={f} className="text-right" data-col={f}>
                    <Count href={postingsHref({ ...filter, framework: f, use_case: useCase })} n={n} share={base ? n / base : null} what={`jobs naming ${FRAMEWORK_LABELS[f]} in ${USE_CASE_LABELS[useCase]}`} />
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
