import pRetry from "p-retry";
import type { Dispatcher } from "undici";
import { toReplayUrl } from "@/lib/replay/url-mapping";
import { HttpError } from "./errors";
import { HostPacer, sleep } from "./host-pacer";
import { createDispatcher, rawRequest, type RawResponse } from "./raw-request";
import { parseRetryAfter } from "./retry-after";
import { RobotsCache } from "./robots";

export type HttpConfig = {
  userAgent: string;
  /** When set, every real URL is fetched from this replay server instead. */
  replayBase?: string;
  paceMs: number;
  timeoutMs: number;
  retries: number;
  maxBodyBytes: number;
  retryBaseMs?: number;
  /** A Retry-After longer than this fails the request instead of stalling the run. */
  maxRetryAfterMs?: number;
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

export type GetOptions = { source: string; validators?: Validators | null; accept?: string };

export class HttpClient {
  private readonly dispatcher: Dispatcher;
  private readonly pacer = new HostPacer();
  private readonly robots: RobotsCache;

  constructor(private readonly config: HttpConfig) {
    this.dispatcher = createDispatcher(config.timeoutMs);
    this.robots = new RobotsCache(config.userAgent, (robotsUrl) => this.fetchRobots(robotsUrl));
  }

  async get(url: string, options: GetOptions): Promise<HttpResponse> {
    const rules = await this.robots.rulesFor(url);
    if (!rules.isAllowed(url)) throw new HttpError(url, options.source, null, "robots", "disallowed by robots.txt");
    const paceMs = Math.max(this.config.paceMs, rules.crawlDelayMs);
    const raw = await this.pacer.run(new URL(url).host, paceMs, () => this.withRetries(url, options));
    return toResponse(url, raw);
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  private withRetries(url: string, options: GetOptions): Promise<RawResponse> {
    const maxRetryAfterMs = this.config.maxRetryAfterMs ?? 120_000;
    return pRetry(() => this.once(url, options), {
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
    const headers: Record<string, string> = { "user-agent": this.config.userAgent, accept: options.accept ?? "*/*" };
    if (options.validators?.etag) headers["if-none-match"] = options.validators.etag;
    if (options.validators?.lastModified) headers["if-modified-since"] = options.validators.lastModified;
    const raw = await rawRequest(this.dispatcher, url, this.wireUrl(url), { source: options.source, headers, maxBodyBytes: this.config.maxBodyBytes });
    if (raw.status === 429) {
      const retryAfterMs = parseRetryAfter(raw.headers["retry-after"]);
      throw new HttpError(url, options.source, 429, "rate-limited", `rate limited${retryAfterMs !== null ? `, retry after ${retryAfterMs} ms` : ""}`, retryAfterMs);
    }
    if (raw.status >= 400) throw new HttpError(url, options.source, raw.status, "http", bodyHint(raw));
    return raw;
  }

  private async fetchRobots(robotsUrl: string) {
    try {
      const host = new URL(robotsUrl).host;
      const raw = await this.pacer.run(host, this.config.paceMs, () =>
        rawRequest(this.dispatcher, robotsUrl, this.wireUrl(robotsUrl), {
          source: "robots",
          headers: { "user-agent": this.config.userAgent, accept: "text/plain" },
          maxBodyBytes: 512 * 1024,
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
  const servedAt = raw.headers.date ? new Date(raw.headers.date) : new Date();
  return {
    url,
    status: raw.status,
    notModified: raw.status === 304,
    contentType: raw.headers["content-type"] ?? "application/octet-stream",
    body: raw.status === 304 ? "" : raw.body.toString("utf8"),
    validators: { etag: raw.headers.etag ?? null, lastModified: raw.headers["last-modified"] ?? null },
    servedAt: Number.isNaN(servedAt.getTime()) ? new Date() : servedAt,
  };
}

function bodyHint(raw: RawResponse): string {
  const text = raw.body.toString("utf8", 0, Math.min(raw.body.length, 200)).replace(/\s+/g, " ").trim();
  return text || "no body";
}
