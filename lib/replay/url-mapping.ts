// The replay server answers `https://<host><path>?<query>` at `<replayBase>/<host><path>?<query>`.
// Both directions work on the raw string: a URL parser would re-encode the query, and the
// recorded query strings must reach the matcher byte for byte.

export class ReplayPathError extends Error {
  override name = "ReplayPathError";
}

const REAL_URL = /^https?:\/\/([^/?#]+)([^?#]*)(\?[^#]*)?/i;
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/;
const MAX_DECODE_ROUNDS = 3;

export function toReplayUrl(realUrl: string, replayBase: string): string {
  const parts = REAL_URL.exec(realUrl);
  const host = parts?.[1]?.toLowerCase();
  if (!parts || !host || !HOST.test(host)) throw new ReplayPathError(`not an http(s) URL with a host: ${realUrl}`);
  const path = parts[2] || "/";
  const query = parts[3] ?? "";
  return `${replayBase.replace(/\/+$/, "")}/${host}${path}${query}`;
}

/** `/news.ycombinator.com/item?id=5` → `https://news.ycombinator.com/item?id=5`; throws ReplayPathError when unsafe. */
export function fromReplayRequest(pathAndQuery: string): string {
  const queryStart = pathAndQuery.indexOf("?");
  const rawPath = queryStart === -1 ? pathAndQuery : pathAndQuery.slice(0, queryStart);
  const query = queryStart === -1 ? "" : pathAndQuery.slice(queryStart);
  if (!rawPath.startsWith("/")) throw new ReplayPathError(`request target must start with "/": ${pathAndQuery}`);
  const unsafe = unsafePathReason(rawPath);
  if (unsafe) throw new ReplayPathError(`${unsafe}: ${rawPath}`);

  const hostEnd = rawPath.indexOf("/", 1);
  const host = (hostEnd === -1 ? rawPath.slice(1) : rawPath.slice(1, hostEnd)).toLowerCase();
  if (!HOST.test(host)) throw new ReplayPathError(`first path segment is not a host: ${rawPath}`);
  const path = hostEnd === -1 ? "/" : rawPath.slice(hostEnd);
  return `https://${host}${path}${query}`;
}

// Decodes a few rounds so `%2e%2e` and `%252e%252e` are caught as well as a literal `..`.
function unsafePathReason(rawPath: string): string | null {
  let decoded = rawPath;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round++) {
    if (decoded.includes("\\") || decoded.includes("\0")) return "path traversal refused (backslash or NUL)";
    if (decoded.split("/").some((segment) => segment === ".." || segment === ".")) return "path traversal refused (dot segment)";
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return "malformed percent-encoding in path";
    }
    if (next === decoded) return null;
    decoded = next;
  }
  return "path encoded too many times";
}
