import type { z } from "zod";

/** A problem in one parameter, as the client sent it. */
export type ParamIssue = { param: string; message: string };

/**
 * The app's one error hierarchy for requests: thrown anywhere below a route handler, turned into
 * an HTTP status and the JSON envelope `{ error: { code, message, issues? } }` at the edge only.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  readonly issues?: ParamIssue[];
}

export class InvalidParametersError extends AppError {
  override readonly name = "InvalidParametersError";
  readonly code = "invalid_parameters";
  readonly status = 400;
  constructor(override readonly issues: ParamIssue[]) {
    super(issues.map((issue) => `${issue.param}: ${issue.message}`).join("; "));
  }

  static fromZod(error: z.ZodError): InvalidParametersError {
    return new InvalidParametersError(
      error.issues.map((issue) => {
        // An unknown key is reported on the object itself; name the key instead.
        const keys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "";
        return { param: keys || issue.path.join(".") || "parameters", message: issue.message };
      }),
    );
  }
}

export class NotFoundError extends AppError {
  override readonly name = "NotFoundError";
  readonly code = "not_found";
  readonly status = 404;
}

/** A view the product will have but whose query does not exist yet. */
export class NotAvailableError extends AppError {
  override readonly name = "NotAvailableError";
  readonly code = "not_available";
  readonly status = 404;
}

/** The PDF renderer could not produce the report (browser, page or server problem). */
export class RenderError extends AppError {
  override readonly name = "RenderError";
  readonly code = "render_failed";
  readonly status = 502;
}
