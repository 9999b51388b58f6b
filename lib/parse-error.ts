/** A response arrived but its body could not be read (truncated JSON, unexpected shape). Not retried. */
export class ParseError extends Error {
  override readonly name = "ParseError";
  readonly kind = "parse";
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`cannot read ${url}: ${message}`);
  }
}

export function parseOrThrow<T>(url: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new ParseError(url, error instanceof Error ? error.message : String(error));
  }
}
