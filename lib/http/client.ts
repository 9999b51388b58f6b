import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pRetry from "p-retry";
import type { Dispatcher } from "undici";
import { toReplayUrl } from "@/lib/replay/url-mapping";
import { HttpError } from "./errors";
import { HostPacer, sleep } from "./host-pacer";
import { rawDownload } from "./raw-download";
import { createDispatcher, rawRequest, type RawResponse } from "./raw-request";
import { parseRetryAfter } from "./retry-after";
import { ROBOTS_TTL_MS, ROBOTS_UNREACHABLE_TTL_MS, RobotsCache } from "./robots";

export type HttpConfig = {
  userAgent: string;
  /** When set, every real URL is fetched from this replay server instead. */
  replayBase?: string;
  /** Pause between two requests to a host when the request names no pace of its own. */
  paceMs: number;
  /** When set, every request uses this pace whatever the source asks (replay, tests, an operator's override). */
  forcePaceMs?: number;
  timeoutMs: number;
  retries: number;
  maxBodyBytes: number;
  /** Cap of a streamed download when the call names none (512 MiB when unset). */
  maxDownloadBytes?: number;
  /** Where downloads are written (the OS temp dir when unset). */
  downloadDir?: string;
  retryBaseMs?: number;
  /** A Retry-After longer than this fails the request instead of stalling the run. */
  maxRetryAfterMs?: number;
  /** How soon a robots.txt that could not be fetched (so its site is disallowed meanwhile) is asked for again; 10 min when unset. */
  robotsRetryMs?: number;
};

export type Validators = { etag: string | null; lastModified: string | null };

export type HttpResponse = {
  url: string;
  status: number;
  notModified: boolean;
  contentType: string;
  body: string;
  validators: Validators;
  /** The server's Date header: the moment relative times in the body refer to. */
  servedAt: Date;
};

/** `paceMs`: the source's configured pause between requests to this host. */
export type GetOptions = { source: string; validators?: Validators | null; accept?: string; paceMs?: number };

export type DownloadOptions = GetOptions & { maxBytes?: number };

/** A body streamed to a temp file that the caller owns and removes; nothing when the server answered 304. */
export type DownloadResult =
  | { notModified: false; file: string; bytes: number; contentType: string; validators: Validators; servedAt: Date }
  | { notModified: true; validators: Validators; servedAt: Date };

const DEFAULT_MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;

export class HttpClient {
  private readonly dispatcher: Dispatcher;
  private readonly pacer = new HostPacer();
  private readonly robots: RobotsCache;

  constructor(private readonly config: HttpConfig) {
    this.dispatcher = createDispatcher(config.timeoutMs);
    this.robots = new RobotsCache(config.userAgent, (robotsUrl) => this.fetchRobots(robotsUrl), {
      ttlMs: ROBOTS_TTL_MS,
      unreachableTtlMs: config.robotsRetryMs ?? ROBOTS_UNREACHABLE_TTL_MS,
    });
  }

  async get(url: string, options: GetOptions): Promise<HttpResponse> {
    const paceMs = await this.allowedPace(url, options);
    const raw = await this.pacer.run(new URL(url).host, paceMs, () => this.withRetries(() => this.once(url, options)));
    return toResponse(url, raw);
  }

  /** Same robots, pace, retries and typed errors as `get`, but the body goes to a temp file under its own cap. */
  async download(url: string, options: DownloadOptions): Promise<DownloadResult> {
    const paceMs = await this.allowedPace(url, options);
    const file = path.join(this.config.downloadDir ?? os.tmpdir(), `pulse-${randomUUID()}.download`);
    const maxBytes = options.maxBytes ?? this.config.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
    try {
      const raw = await this.pacer.run(new URL(url).host, paceMs, () =>
        this.withRetries(async () => {
          const result = await rawDownload(this.dispatcher, url, this.wireUrl(url), { source: options.source, headers: this.headers(options), maxBytes, file });
          throwForStatus(url, options.source, result.status, result.headers, result.hint);
          throwForContentType(url, options, result.status, result.headers);
          return result;
        }),
      );
      const validators = validatorsOf(raw.headers);
      const servedAt = servedAtOf(raw.headers);
      if (raw.status === 304) return { notModified: true, validators, servedAt };
      return { notModified: false, file, bytes: raw.bytes, contentType: raw.headers["content-type"] ?? "application/octet-stream", validators, servedAt };
    } catch (error) {
      await fs.promises.rm(file, { force: true });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /** Throws when robots.txt disallows the URL; else the pause to keep before requesting it. */
  private async allowedPace(url: string, options: GetOptions): Promise<number> {
    const rules = await this.robots.rulesFor(url);
    if (!rules.isAllowed(url)) throw new HttpError(url, options.source, null, "robots", "disallowed by robots.txt");
    return this.config.forcePaceMs ?? Math.max(options.paceMs ?? this.config.paceMs, rules.crawlDelayMs);
  }

  private withRetries<T>(attempt: () => Promise<T>): Promise<T> {
    const maxRetryAfterMs = this.config.maxRetryAfterMs ?? 120_000;
    return pRetry(attempt, {
      retries: this.config.retries,
      minTimeout: this.config.retryBaseMs ?? 500,
      factor: 2,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof HttpError && error.retryable && (error.retryAfterMs ?? 0) <= maxRetryAfterMs,
      onFailedAttempt: async ({ error }) => {
        // The server said how long to wait: wait that long before pRetry's own jittered backoff.
        if (error instanceof HttpError && error.retryAfterMs && error.retryAfterMs <= maxRetryAfterMs) await sleep(error.retryAfterMs);
      },
    });
  }

  private async once(url: string, options: GetOptions): Promise<RawResponse> {
    const raw = await rawRequest(this.dispatcher, url, this.wireUrl(url), { source: options.source, headers: this.headers(options), maxBodyBytes: this.config.maxBodyBytes });
    throwForStatus(url, options.source, raw.status, raw.headers, bodyHint(raw));
    throwForContentType(url, options, raw.status, raw.headers);
    return raw;
  }

  private headers(options: GetOptions): Record<string, string> {
    const headers: Record<string, string> = { "user-agent": this.config.userAgent, accept: options.accept ?? "*/*" };
    if (options.validators?.etag) headers["if-none-match"] = options.validators.etag;
    if (options.validators?.lastModified) headers["if-modified-since"] = options.validators.lastModified;
    return headers;
  }

  private async fetchRobots(robotsUrl: string) {
    try {
      const host = new URL(robotsUrl).host;
      // A dropped connection or a 5xx is retried like any request: one blip must not shut a host out.
      const raw = await this.pacer.run(host, this.config.forcePaceMs ?? this.config.paceMs, () =>
        this.withRetries(async () => {
          const response = await rawRequest(this.dispatcher, robotsUrl, this.wireUrl(robotsUrl), {
            source: "robots",
            headers: { "user-agent": this.config.userAgent, accept: "text/plain" },
            maxBodyBytes: 512 * 1024,
          });
          if (response.status >= 500) throw new HttpError(robotsUrl, "robots", response.status, "http", "robots.txt unavailable");
          return response;
        }),
      );
      return { status: raw.status, body: raw.body.toString("utf8") };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  private wireUrl(url: string): string {
    return this.config.replayBase ? toReplayUrl(url, this.config.replayBase) : url;
  }
}

function toResponse(url: string, raw: RawResponse): HttpResponse {
  return {
    url,
    status: raw.status,
    notModified: raw.status === 304,
    contentType: raw.headers["content-type"] ?? "application/octet-stream",
    body: raw.status === 304 ? "" : raw.body.toString("utf8"),
    validators: validatorsOf(raw.headers),
    servedAt: servedAtOf(raw.headers),
  };
}

function validatorsOf(headers: Record<string, string | undefined>): Validators {
  return { etag: headers.etag ?? null, lastModified: headers["last-modified"] ?? null };
}

function servedAtOf(headers: Record<string, string | undefined>): Date {
  const servedAt = headers.date ? new Date(headers.date) : new Date();
  return Number.isNaN(servedAt.getTime()) ? new Date() : servedAt;
}

function throwForStatus(url: string, source: string, status: number, headers: Record<string, string | undefined>, hint: string): void {
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(headers["retry-after"]);
    throw new HttpError(url, source, 429, "rate-limited", `rate limited${retryAfterMs !== null ? `, retry after ${retryAfterMs} ms` : ""}`, retryAfterMs);
  }
  if (status >= 400) throw new HttpError(url, source, status, "http", hint || "no body");
}

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const ACCEPTS_HTML = /(^|,)\s*(\*\/\*|text\/\*|text\/html|application\/xhtml\+xml)\s*(;|,|$)/i;

// An HTML page where data was asked for is a login, error or maintenance page answered with 200:
// fail it by name instead of reading it as the data. Other mislabels (JSON as text/plain) are read.
function throwForContentType(url: string, options: GetOptions, status: number, headers: Record<string, string | undefined>): void {
  const contentType = headers["content-type"] ?? "";
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (status === 304 || !HTML_TYPES.has(mediaType) || !options.accept || ACCEPTS_HTML.test(options.accept)) return;
  throw new HttpError(url, options.source, status, "content-type", `asked for ${options.accept}, got ${contentType}: an HTML page (error, login or maintenance page?) instead of the data`);
}

function bodyHint(raw: RawResponse): string {
  const text = raw.body.toString("utf8", 0, Math.min(raw.body.length, 200)).replace(/\s+/g, " ").trim();
  return text || "no body";
}
