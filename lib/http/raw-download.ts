import fs from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { request, type Dispatcher } from "undici";
import { HttpError } from "./errors";
import { flattenHeaders, toHttpError } from "./raw-request";

export type RawDownload = {
  status: number;
  headers: Record<string, string | undefined>;
  /** Bytes written to the file; 0 unless the status is 2xx. */
  bytes: number;
  /** The first bytes of a non-2xx body, for the error message. */
  hint: string;
};

export type RawDownloadOptions = {
  source: string;
  headers: Record<string, string>;
  maxBytes: number;
  /** Where a 2xx body is written; overwritten by each attempt. */
  file: string;
};

const HINT_BYTES = 200;

/** Like rawRequest, but a 2xx body goes chunk by chunk to `file` and is never held in memory. */
export async function rawDownload(dispatcher: Dispatcher, realUrl: string, wireUrl: string, options: RawDownloadOptions): Promise<RawDownload> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(wireUrl, { method: "GET", headers: options.headers, dispatcher });
  } catch (error) {
    throw toHttpError(error, realUrl, options.source);
  }
  const headers = flattenHeaders(response.headers);
  const status = response.statusCode;
  if (status < 200 || status >= 300) return { status, headers, bytes: 0, hint: await readHint(response.body) };
  const declared = Number(headers["content-length"] ?? NaN);
  if (declared > options.maxBytes) {
    response.body.destroy();
    throw new HttpError(realUrl, options.source, status, "too-large", `declared ${declared} bytes, cap is ${options.maxBytes}`);
  }
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) return done(new HttpError(realUrl, options.source, status, "too-large", `body exceeds the cap of ${options.maxBytes} bytes`));
      done(null, chunk);
    },
  });
  try {
    await pipeline(response.body, cap, fs.createWriteStream(options.file));
  } catch (error) {
    await fs.promises.rm(options.file, { force: true });
    throw toHttpError(error, realUrl, options.source, status);
  }
  return { status, headers, bytes, hint: "" };
}

async function readHint(body: Dispatcher.ResponseData["body"]): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= HINT_BYTES) break;
    }
  } catch {
    // The hint is only for the message; a body that breaks off still leaves the status to report.
  } finally {
    body.destroy();
  }
  return Buffer.concat(chunks).toString("utf8", 0, Math.min(size, HINT_BYTES)).replace(/\s+/g, " ").trim();
}
