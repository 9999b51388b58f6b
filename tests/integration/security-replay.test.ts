import http from "node:http";
import { describe, expect, test } from "vitest";
import { replayServerForFile } from "../helpers/replay";

// replay-server.test.ts covers literal `..`, `%2e%2e/` and `..%5c`; these are the encoded-slash forms.
const server = replayServerForFile();

/** A GET with the request target exactly as written: a URL parser would resolve the dots first. */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port: server().port, path: target }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

describe("the replay server refuses path traversal in every encoding", () => {
  test.each([
    "/news.ycombinator.com/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/news.ycombinator.com/..%2f..%2f..%2fetc%2fpasswd",
    "/news.ycombinator.com/%2E%2E%2F%2E%2E%2Fmanifest.json",
    "/news.ycombinator.com/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/%2e%2e/manifest.json",
    "/news.ycombinator.com/.%2e/.%2e/etc/passwd",
    "/news.ycombinator.com/item%00.json",
  ])("%s → 400, never a file", async (target) => {
    const { status, body } = await rawGet(target);
    expect(status).toBe(400);
    expect(body).toMatch(/traversal|malformed|encoded too many times/);
    expect(body).not.toMatch(/root:|"fidelity"|"recordedAt"/);
  });

  test("an absolute-form request target is not a way out either", async () => {
    const { status, body } = await rawGet("file:///etc/passwd");
    expect([400, 404]).toContain(status);
    expect(body).not.toMatch(/root:/);
  });
});
