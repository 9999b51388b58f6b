import fs from "node:fs";
import type { DownloadResult } from "@/lib/http/client";
import { HttpError } from "@/lib/http/errors";
import { ParseError } from "@/lib/parse-error";
import type { SourceName } from "@/lib/sources";
import { failureBatch } from "../failure-batch";
import type { Batch, ScrapeContext } from "../types";

export type FileRequest = { source: SourceName; url: string; label: string; accept: string; maxBytes: number };

/**
 * Streams `url` to a temp file, then yields the batches `read` makes of it; the file is removed
 * whatever happens. The validators ride on the last batch, so they are saved only once the whole
 * file is in; a 304 gives one not-modified batch, a failed download or unreadable file one failure.
 */
export async function* downloadedBatches(context: ScrapeContext, request: FileRequest, read: (file: string) => AsyncGenerator<Batch>): AsyncGenerator<Batch> {
  const empty: Batch = { label: request.label, items: [], skipped: {}, validators: [] };
  let download: DownloadResult;
  try {
    download = await context.http.download(request.url, {
      source: request.source,
      accept: request.accept,
      paceMs: context.config.paceMs,
      maxBytes: request.maxBytes,
      validators: context.validatorsFor(request.url),
    });
  } catch (error) {
    yield failureBatch(empty, error);
    return;
  }
  const validators = [{ url: request.url, validators: download.validators }];
  if (download.notModified) {
    yield { ...empty, notModified: true, validators };
    return;
  }
  let held: Batch | null = null;
  try {
    for await (const batch of read(download.file)) {
      if (held) yield held;
      held = batch;
    }
    if (held) yield { ...held, validators };
    held = null;
  } catch (error) {
    if (held) yield held;
    yield failureBatch(empty, asReadError(request.url, error));
  } finally {
    await fs.promises.rm(download.file, { force: true });
  }
}

// Whatever breaks while reading a downloaded file (zip, CSV, a stream) fails that file, not the run.
function asReadError(url: string, error: unknown): HttpError | ParseError {
  if (error instanceof HttpError || error instanceof ParseError) return error;
  return new ParseError(url, error instanceof Error ? error.message : String(error));
}
