// Run in its own process by bench/measure/export.ts, so its peak RSS is the export's alone:
// streams the postings export (the function /export/postings.csv runs) over every row and prints
// rows, seconds and the process's peak RSS as one JSON line.
import { openDb } from "@/db/client";
import { exportStream } from "@/lib/export/respond";
import type { ExportFormat } from "@/lib/export/view";

async function main(file: string, format: ExportFormat): Promise<void> {
  const started = performance.now();
  const { stream } = exportStream({ view: "postings", format, search: new URLSearchParams() }, () => openDb(file, { readonly: true }));
  let bytes = 0;
  let newlines = 0;
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) if (byte === 10) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  // CSV: six header lines and the column row before the rows (as bench/export-memory.ts counts them).
  const rows = format === "csv" ? newlines - 7 : newlines - 3;
  console.log(JSON.stringify({ rows, bytes, seconds, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

await main(process.argv[2]!, (process.argv[3] ?? "csv") as ExportFormat);
