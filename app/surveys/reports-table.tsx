import { ScrollRegion } from "@/app/components/scroll-region";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import type { ReportRow } from "@/db/queries/survey-rows";
import { REGION_LABELS, type Region } from "@/lib/geo/regions";
import type { EmploymentType } from "@/lib/surveys/salary-fields";
import type { Role, Seniority } from "@/lib/taxonomy";
import { formatMoney, formatUsd } from "@/lib/ui/format";
import { ROLE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";

export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = { full_time: "Full-time", part_time: "Part-time", contract: "Contract", freelance: "Freelance" };

const given = "text-tremor-content-strong";
const mapped = "block text-xs text-tremor-content";

/** Each salary report as filed, with what we mapped it to underneath (→). */
export function ReportsTable({ rows }: { rows: readonly ReportRow[] }) {
  return (
    <ScrollRegion label="Salary survey reports">
      <Table data-testid="survey-rows">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Work year</TableHeaderCell>
            <TableHeaderCell>Job title → role</TableHeaderCell>
            <TableHeaderCell>Experience level → seniority</TableHeaderCell>
            <TableHeaderCell>Residence → region</TableHeaderCell>
            <TableHeaderCell>Employment</TableHeaderCell>
            <TableHeaderCell className="text-right">Salary as reported</TableHeaderCell>
            <TableHeaderCell className="text-right">Salary in USD</TableHeaderCell>
            <TableHeaderCell>Company</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-row-id={row.id}>
              <TableCell>{row.workYear}</TableCell>
              <TableCell className="max-w-xs whitespace-normal">
                <span className={given}>{row.jobTitle}</span>
                <span className={mapped}>→ {ROLE_LABELS[row.role as Role]}</span>
              </TableCell>
              <TableCell>
                <span className={given}>{row.experienceLevel}</span>
                <span className={mapped}>→ {SENIORITY_LABELS[row.seniority as Seniority]}</span>
              </TableCell>
              <TableCell>
                <span className={given}>{row.employeeResidence}</span>
                <span className={mapped}>→ {row.region ? REGION_LABELS[row.region as Region] : "no region"}</span>
              </TableCell>
              <TableCell>{EMPLOYMENT_LABELS[row.employmentType as EmploymentType]}</TableCell>
              <TableCell className="text-right tabular-nums">{formatMoney(row.salary, row.salaryCurrency)}</TableCell>
              <TableCell className="text-right tabular-nums" data-col="pay">
                {formatUsd(row.salaryUsd)}
              </TableCell>
              <TableCell className="text-xs">
                {row.companyLocation} · size {row.companySize} · {row.remoteRatio}% remote
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
