import "server-only";
import type { Db } from "@/db/client";
import { rawParams } from "@/lib/api/search-params";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { chartsJsonStream, csvExportStream, jsonExportStream } from "./streams";
import type { ExportFormat, ExportViewName } from "./view";
import { exportView } from "./views";

const CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

export type ExportRequest = { view: ExportViewName; format: ExportFormat; search: URLSearchParams; now?: Date };

/** A dated download name: `framework-pulse-trends-2026-11-26.csv`. */
export function exportFileName(view: string, format: string, now: Date): string {
  return `framework-pulse-${view}-${now.toISOString().slice(0, 10)}.${format}`;
}

/**
 * The export as a byte stream. Parameters are checked before the database is opened (an
 * InvalidParametersError becomes a 400 at the edge); `openDb` gives a connection of the export's
 * own, read in one transaction so the header's counts and the rows are the same snapshot, and
 * closed when the stream ends or the client goes away.
 */
export function exportStream(request: ExportRequest, openDb: () => Db): { stream: ReadableStream<Uint8Array>; fileName: string } {
  const now = request.now ?? new Date();
  const bound = exportView(request.view).bind(rawParams(request.search));
  const db = openDb();
  try {
    db.$client.exec("BEGIN");
    const prepared = bound.run(db, now);
    const close = () => {
      prepared.source.close?.();
      db.$client.close();
    };
    const source = { rows: prepared.source.rows, close };
    const stream =
      request.format === "csv"
        ? csvExportStream(prepared.meta, prepared.columns, source)
        : prepared.charts
          ? chartsJsonStream(prepared.meta, prepared.charts, close)
          : jsonExportStream(prepared.meta, prepared.columns, source);
    return { stream, fileName: exportFileName(request.view, request.format, now) };
  } catch (error) {
    db.$client.close();
    throw error;
  }
}

export function exportResponse(request: ExportRequest, openDb: () => Db): Response {
  const { stream, fileName } = exportStream(request, openDb);
  return new Response(stream, {
    headers: {
      "content-type": CONTENT_TYPES[request.format],
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-methodology-version": METHODOLOGY_VERSION,
    },
  });
}
