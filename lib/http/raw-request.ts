import { Agent, errors, interceptors, request, type Dispatcher } from "undici";
import { HttpError } from "./errors";

export type RawResponse = { status: number; headers: Record<string, string | undefined>; body: Buffer };

export type RawRequestOptions = {
  source: string;
  headers: Record<string, string>;
  maxBodyBytes: number;
};

export function createDispatcher(timeoutMs: number): Dispatcher {
  return new Agent({ connect: { timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs }).compose(
    interceptors.redirect({ maxRedirections: 3 }),
  );
}

// `realUrl` names the resource in errors; `wireUrl` is where the bytes come from (itself, or the replay server).
export async function rawRequest(dispatcher: Dispatcher, realUrl: string, wireUrl: string, options: RawRequestOptions): Promise<RawResponse> {
  let response: Dispatcher.ResponseData;
  try {
    response = await request(wireUrl, { method: "GET", headers: options.headers, dispatcher });
  } catch (error) {
    throw toHttpError(error, realUrl, options.source);
  }
  const headers = flattenHeaders(response.headers);
  const declared = Number(headers["content-length"] ?? NaN);
  if (declared > options.maxBodyBytes) {
    response.body.destroy();
    throw new HttpError(realUrl, options.source, response.statusCode, "too-large", `declared ${declared} bytes, cap is ${options.maxBodyBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > options.maxBodyBytes) {
        response.body.destroy();
        throw new HttpError(realUrl, options.source, response.statusCode, "too-large", `body exceeds the cap of ${options.maxBodyBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw toHttpError(error, realUrl, options.source, response.statusCode);
  }
  return { status: response.statusCode, headers, body: Buffer.concat(chunks) };
}

export function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), Array.isArray(value) ? value.join(", ") : value]));
}

export function toHttpError(error: unknown, url: string, source: string, status: number | null = null): HttpError {
  if (error instanceof HttpError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const timedOut =
    error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError || error instanceof errors.ConnectTimeoutError;
  return new HttpError(url, source, status, timedOut ? "timeout" : "network", message);
}
