import { ScrollRegion } from "@/app/components/scroll-region";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import type { RespondentRow } from "@/db/queries/survey-rows";
import { REGION_LABELS, type Region } from "@/lib/geo/regions";
import type { SurveyFramework } from "@/lib/surveys/frameworks";
import type { Role, Seniority } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { formatUsd } from "@/lib/ui/format";
import { ROLE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";

const LIBRARY_LABELS: Record<SurveyFramework, string> = {
  ...FRAMEWORK_LABELS,
  hugging_face_transformers: "Hugging Face Transformers",
  scikit_learn: "scikit-learn",
  opencv: "OpenCV",
  cuda: "CUDA",
};

const given = "text-tremor-content-strong";
const mapped = "block text-xs text-tremor-content";
const none = "not stated";

/** Each respondent's own answers, with what we mapped them to underneath (→). */
export function RespondentsTable({ rows }: { rows: readonly RespondentRow[] }) {
  return (
    <ScrollRegion label="Survey respondents">
      <Table data-testid="survey-rows">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Response</TableHeaderCell>
            <TableHeaderCell>Job (DevType) → role</TableHeaderCell>
            <TableHeaderCell>Years coding professionally → band</TableHeaderCell>
            <TableHeaderCell>Country → region</TableHeaderCell>
            <TableHeaderCell className="text-right">Pay (ConvertedCompYearly, USD)</TableHeaderCell>
            <TableHeaderCell>Used this year</TableHeaderCell>
            <TableHeaderCell>Wants next year</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-row-id={row.id}>
              <TableCell>
                {row.year} #{row.sourceId}
              </TableCell>
              <TableCell className="max-w-xs whitespace-normal">
                <span className={given}>{row.devType ?? none}</span>
                <span className={mapped}>→ {row.role ? ROLE_LABELS[row.role as Role] : "no role"}</span>
              </TableCell>
              <TableCell>
                <span className={given}>{row.yearsPro ?? none}</span>
                <span className={mapped}>→ {SENIORITY_LABELS[row.seniority as Seniority]}</span>
              </TableCell>
              <TableCell className="max-w-[14rem] whitespace-normal">
                <span className={given}>{row.countryName ?? none}</span>
                <span className={mapped}>
                  → {row.country ?? "no code"} · {row.region ? REGION_LABELS[row.region as Region] : "no region"}
                </span>
              </TableCell>
              <TableCell className="text-right tabular-nums" data-col="pay">
                {row.compYearlyUsd === null ? "–" : formatUsd(row.compYearlyUsd)}
              </TableCell>
              <TableCell className="whitespace-normal">{row.used.map((f) => LIBRARY_LABELS[f]).join(", ") || "–"}</TableCell>
              <TableCell className="whitespace-normal">{row.wanted.map((f) => LIBRARY_LABELS[f]).join(", ") || "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
