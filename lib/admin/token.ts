import { createHash, timingSafeEqual } from "node:crypto";

const digest = (token: string) => createHash("sha256").update(token, "utf8").digest();

/**
 * Whether the token a request carries is the admin token, in time that depends on neither:
 * both are hashed to 32 bytes first, so timingSafeEqual never sees (nor leaks) their lengths.
 */
export function tokensEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token of an `Authorization: Bearer <token>` header, or null for any other form. */
export function bearerToken(header: string | null): string | null {
  return /^Bearer +([^\s]+) *$/i.exec(header ?? "")?.[1] ?? null;
}
