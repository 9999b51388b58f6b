import { NextResponse, type NextRequest } from "next/server";

const HSTS = "max-age=63072000; includeSubDomains";

/**
 * A fresh nonce per request in a Content-Security-Policy, on every page and route. Next reads the
 * nonce from the request's CSP header and puts it on its own scripts; every page here is rendered
 * per request (force-dynamic), so none is served from a build-time shell without it.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = request.nextUrl.protocol === "https:";
  const policy = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });
  // Overwrites whatever CSP header the client sent: only ours may name the nonce Next renders with.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  // Over plain http (next start on a loopback port) HSTS is ignored by browsers and would only mislead.
  if (https) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export function contentSecurityPolicy(nonce: string, { https, dev }: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // No 'strict-dynamic': it would let any running script add inline scripts, and Next loads its
    // chunks from 'self'. React uses eval only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes cannot carry a nonce, and the server-rendered bars and Tremor/Recharts charts
    // position themselves with them; CSS cannot run script, and scraped text is never rendered as markup.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

// Build output needs no policy of its own: it is only ever loaded by a page that has one.
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
