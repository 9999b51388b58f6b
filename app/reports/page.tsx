import type { Metadata } from "next";
import Link from "next/link";
import { readEnv } from "@/lib/env";
import { listReports, type ReportFile } from "@/lib/reports/files";
import { formatCount, formatDay } from "@/lib/ui/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Weekly reports · Framework Pulse" };

const size = (bytes: number) => `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;

export default function ReportsPage() {
  const env = readEnv();
  const byDate = new Map<string, ReportFile[]>();
  for (const file of listReports(env.PULSE_REPORTS_DIR)) byDate.set(file.date, [...(byDate.get(file.date) ?? []), file]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Weekly reports</h1>
        <p className="mt-1 text-sm">
          The worker (<code>npm run jobs</code>) writes the trend report as a PDF and its trends as CSV every Monday at 06:00 UTC and keeps the
          last {env.PULSE_REPORTS_KEEP}. For a report of your own filters, open the{" "}
          <Link href="/report" className="underline">
            report page
          </Link>{" "}
          and download its PDF.
        </p>
      </div>
      {byDate.size === 0 ? (
        <p className="card rounded-tremor-default border border-tremor-border bg-white p-4 text-sm" data-testid="reports-empty">
          No weekly report yet: the first is written at the next Monday run of the worker.
        </p>
      ) : (
        <ul className="card divide-y divide-tremor-border rounded-tremor-default border border-tremor-border bg-white" data-testid="reports-list">
          {[...byDate].map(([date, files]) => (
            <li key={date} className="flex flex-wrap items-baseline gap-x-4 px-4 py-3 text-sm" data-report-date={date}>
              <span className="font-medium text-tremor-content-strong">Week of {formatDay(date)}</span>
              {files.map((file) => (
                <a key={file.name} href={`/reports/${file.name}`} className="underline" download>
                  {file.kind === "pdf" ? "Report (PDF)" : "Trends (CSV)"}, {size(file.bytes)}
                </a>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
