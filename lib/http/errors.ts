export const HTTP_ERROR_KINDS = ["network", "timeout", "http", "rate-limited", "robots", "too-large", "content-type"] as const;
export type HttpErrorKind = (typeof HTTP_ERROR_KINDS)[number];

// The one error every scraper sees from the network: where, which source, what status, what kind.
export class HttpError extends Error {
  override readonly name = "HttpError";
  constructor(
    readonly url: string,
    readonly source: string,
    readonly status: number | null,
    readonly kind: HttpErrorKind,
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`${kind}${status ? ` ${status}` : ""} for ${url}: ${message}`);
  }

  get retryable(): boolean {
    return this.kind === "network" || this.kind === "timeout" || this.kind === "rate-limited" || (this.kind === "http" && (this.status ?? 0) >= 500);
  }
}
