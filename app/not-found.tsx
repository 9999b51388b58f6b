import Link from "next/link";
import { connection } from "next/server";

/**
 * Rendered per request, like every page: a not-found page prerendered at build time would carry
 * scripts without the request's CSP nonce, and the browser would refuse them.
 */
export default async function NotFound() {
  await connection();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold text-tremor-content-strong">Page not found</h1>
      <p className="text-sm">
        There is no page at this address.{" "}
        <Link prefetch={false} href="/" className="underline">
          Back to the overview
        </Link>
      </p>
    </div>
  );
}
