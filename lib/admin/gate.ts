import { NotFoundError } from "@/lib/api/errors";
import { withErrors } from "@/lib/api/respond";
import { readEnv, type Env } from "@/lib/env";
import { UnauthorizedError } from "./errors";
import { bearerToken, tokensEqual } from "./token";

/**
 * Runs an admin route's handler only for a request carrying the admin token. Without
 * PULSE_ADMIN_TOKEN the route answers exactly as a path that does not exist.
 */
export function withAdmin(request: Request, handler: (env: Env) => Response | Promise<Response>): Promise<Response> {
  return withErrors(async () => {
    const env = readEnv();
    requireAdmin(request, env.PULSE_ADMIN_TOKEN);
    return handler(env);
  }).then(challengeOnUnauthorized);
}

export function requireAdmin(request: Request, adminToken: string | undefined): void {
  if (!adminToken) throw new NotFoundError(`no endpoint ${new URL(request.url).pathname}; GET /api/v1 lists them`);
  const given = bearerToken(request.headers.get("authorization"));
  if (given === null || !tokensEqual(given, adminToken)) throw new UnauthorizedError("this route needs the header `Authorization: Bearer <PULSE_ADMIN_TOKEN>`");
}

function challengeOnUnauthorized(response: Response): Response {
  if (response.status === 401) response.headers.set("www-authenticate", 'Bearer realm="framework-pulse admin"');
  return response;
}
