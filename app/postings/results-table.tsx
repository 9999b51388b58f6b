import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@tremor/react";
import Link from "next/link";
import type { PostingFilter, PostingListRow } from "@/db/queries/postings";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingHref, postingsHref } from "@/lib/ui/drilldown";
import { formatDay, formatRange, formatUsd } from "@/lib/ui/format";
import { REMOTE_LABELS, SENIORITY_LABELS } from "@/lib/ui/labels";
import { postingsLink } from "./search-params";
import { ScrollRegion } from "@/app/components/scroll-region";

const link = "underline decoration-dotted focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand";

type Sort = PostingFilter["sort"];

/** A column header that sorts by it (a second click on Posted flips the order); the current order is announced. */
function SortHeader({ filter, sorts, label }: { filter: PostingFilter; sorts: readonly [Sort, ...Sort[]]; label: string }) {
  const current = sorts.indexOf(filter.sort);
  const next = current === -1 ? sorts[0] : (sorts[(current + 1) % sorts.length] ?? sorts[0]);
  const ascending = filter.sort === "oldest" || filter.sort === "company";
  return (
    <TableHeaderCell aria-sort={current === -1 ? undefined : ascending ? "ascending" : "descending"}>
      <Link prefetch={false} href={postingsHref(postingsLink(filter, { sort: next, page: undefined }))} className={link}>
        {label}
        {current === -1 ? "" : ascending ? " ▴" : " ▾"}
      </Link>
    </TableHeaderCell>
  );
}

export function ResultsTable({ filter, rows }: { filter: PostingFilter; rows: PostingListRow[] }) {
  return (
    <ScrollRegion label="Matching postings">
      <Table data-testid="results">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Title</TableHeaderCell>
            <SortHeader filter={filter} sorts={["company"]} label="Company" />
            <TableHeaderCell>Source</TableHeaderCell>
            <SortHeader filter={filter} sorts={["newest", "oldest"]} label="Posted" />
            <TableHeaderCell>Where</TableHeaderCell>
            <TableHeaderCell>Frameworks</TableHeaderCell>
            <SortHeader filter={filter} sorts={["salary"]} label="Salary (USD/yr)" />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-posting-id={row.id}>
              <TableCell className="max-w-xs whitespace-normal">
                <Link prefetch={false} href={postingHref(row.id)} className={`${link} font-medium text-tremor-content-strong`}>
                  {row.title}
                </Link>
                <div className="text-xs text-tremor-content">
                  {SENIORITY_LABELS[row.seniority]} · {REMOTE_LABELS[row.remote]}
                  {row.closedAt ? ` · closed ${formatDay(row.closedAt)}` : ""}
                </div>
              </TableCell>
              <TableCell className="whitespace-normal">{row.company ?? "–"}</TableCell>
              <TableCell>{row.source}</TableCell>
              <TableCell>{formatDay(row.postedAt)}</TableCell>
              <TableCell className="max-w-[12rem] truncate" title={row.locationText ?? undefined}>
                {row.locationText ?? "–"}
              </TableCell>
              <TableCell>{row.frameworks.map((f) => FRAMEWORK_LABELS[f]).join(", ") || "–"}</TableCell>
              <TableCell data-col="salary">{row.salaryUsdMin !== null && row.salaryUsdMax !== null ? formatRange(row.salaryUsdMin, row.salaryUsdMax, formatUsd) : "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}
