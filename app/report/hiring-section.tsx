import Link from "next/link";
import type { HiringCompanies } from "@/db/queries/hiring-companies";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { companyPostingsHref } from "@/lib/ui/drilldown";
import { formatCount } from "@/lib/ui/format";
import { Card, NotAvailable, num, Section, td, th } from "./sections";

type Range = { from?: string; to?: string };

/** Who competes for the same talent: the companies with the most jobs naming each framework. */
export function HiringSection({ tables, range }: { tables: HiringCompanies[]; range: Range }) {
  return (
    <Section id="hiring" title="Who is hiring">
      <p className="mt-2 text-sm">
        The companies with the most distinct jobs mentioning each framework in the months selected: who competes for the same talent. A company is named as its
        postings write it; jobs that name no company count in n but have no row.
      </p>
      {tables.map((table) => (
        <HiringCard key={table.framework} table={table} range={range} />
      ))}
    </Section>
  );
}

function HiringCard({ table, range }: { table: HiringCompanies; range: Range }) {
  const label = FRAMEWORK_LABELS[table.framework];
  return (
    <Card title={`${label}: companies by distinct jobs`} testId={`report-hiring-${table.framework}`}>
      <p className="text-sm" data-testid={`report-hiring-${table.framework}-n`}>
        n = {formatCount(table.jobs)} distinct jobs mentioning {label}, at {formatCount(table.companies)} {table.companies === 1 ? "company" : "companies"}
      </p>
      {table.top.length ? (
        <table className="mt-3 w-full border-collapse" data-testid="hiring-table">
          <thead>
            <tr>
              <th className={`${th} w-8 text-right`}>#</th>
              <th className={th}>Company</th>
              <th className={`${th} text-right`}>Jobs</th>
              <th className={`${th} print:hidden`}>Postings</th>
            </tr>
          </thead>
          <tbody>
            {table.top.map((row, at) => (
              <tr key={row.company} data-hiring-company>
                <td className={num}>{at + 1}</td>
                <td className={`${td} break-all`} data-col="company">
                  {row.company}
                </td>
                <td className={num} data-col="jobs">
                  {formatCount(row.jobs)}
                </td>
                <td className={`${td} print:hidden`}>
                  <Link prefetch={false} href={companyPostingsHref({ framework: table.framework, company: row.company, ...range })} className="underline">
                    See postings
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <NotAvailable what={`no job in the months selected names ${label} and a company.`} testId={`report-hiring-${table.framework}-empty`} />
      )}
    </Card>
  );
}
