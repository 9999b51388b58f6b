import { HttpClient, type HttpConfig } from "@/lib/http/client";

export function testHttpClient(replayBase: string, overrides: Partial<HttpConfig> = {}): HttpClient {
  return new HttpClient({
    userAgent: "FrameworkPulse/0.1 (+https://example.test/contact)",
    replayBase,
    paceMs: 0,
    forcePaceMs: 0,
    timeoutMs: 2_000,
    retries: 3,
    retryBaseMs: 20,
    maxBodyBytes: 20 * 1024 * 1024,
    ...overrides,
  });
}
