import fs from "node:fs";
import path from "node:path";

// framework-pulse-2026-11-30.pdf, framework-pulse-2026-11-30-trends.csv: the only names the
// reports folder serves or prunes; anything else in it is left alone.
const REPORT_FILE = /^framework-pulse-(\d{4}-\d{2}-\d{2})(?:-(trends))?\.(pdf|csv)$/;

export type ReportFile = { name: string; date: string; kind: "pdf" | "csv"; bytes: number };

export function reportFileNames(now: Date): { pdf: string; csv: string } {
  const date = now.toISOString().slice(0, 10);
  return { pdf: `framework-pulse-${date}.pdf`, csv: `framework-pulse-${date}-trends.csv` };
}

export function isReportFileName(name: string): boolean {
  return REPORT_FILE.test(name);
}

/** The report files among `names` to delete so that only the newest `keep` dates remain. */
export function filesToPrune(names: readonly string[], keep: number): string[] {
  const dates = [...new Set(names.flatMap((name) => REPORT_FILE.exec(name)?.[1] ?? []))].sort().reverse();
  const kept = new Set(dates.slice(0, keep));
  return names.filter((name) => {
    const date = REPORT_FILE.exec(name)?.[1];
    return date !== undefined && !kept.has(date);
  });
}

/** The reports in `dir`, newest first (none when the folder does not exist yet). */
export function listReports(dir: string): ReportFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const match = entry.isFile() ? REPORT_FILE.exec(entry.name) : null;
      if (!match) return [];
      return [{ name: entry.name, date: match[1]!, kind: match[3] as "pdf" | "csv", bytes: fs.statSync(path.join(dir, entry.name)).size }];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind));
}

/**
 * The path of a report file to serve, or null: the name must be a report name (no separators,
 * no dots beyond the extension) and resolve, links followed, to a regular file inside `dir`.
 */
export function resolveReportFile(dir: string, name: string): string | null {
  if (!isReportFileName(name) || path.basename(name) !== name) return null;
  try {
    const root = fs.realpathSync(dir);
    const file = fs.realpathSync(path.join(root, name));
    if (path.dirname(file) !== root || !fs.statSync(file).isFile()) return null;
    return file;
  } catch {
    return null;
  }
}
