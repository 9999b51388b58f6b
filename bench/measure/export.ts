import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

export type ExportRun = { rows: number; bytes: number; seconds: number; peakRssBytes: number };

const TSX = path.resolve("node_modules/.bin/tsx");

/** The full postings export in a child process: throughput and that process's peak RSS. */
export async function measureExport(file: string, format: "csv" | "json"): Promise<ExportRun> {
  const { stdout } = await promisify(execFile)(TSX, ["--conditions=react-server", "bench/measure/export-child.ts", file, format], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as ExportRun;
}
