import { AppError } from "@/lib/api/errors";

/** No admin token, or the wrong one. The message never repeats what was sent. */
export class UnauthorizedError extends AppError {
  override readonly name = "UnauthorizedError";
  readonly code = "unauthorized";
  readonly status = 401;
}

/** The source already has a live run (the runs table refuses a second one). */
export class RunInProgressConflict extends AppError {
  override readonly name = "RunInProgressConflict";
  readonly code = "run_in_progress";
  readonly status = 409;
}

/** The source's own notice asks for fewer reads; `force: true` reads it anyway, as `scrape --force`. */
export class TooSoonConflict extends AppError {
  override readonly name = "TooSoonConflict";
  readonly code = "too_soon";
  readonly status = 409;
}

export class MethodNotAllowedError extends AppError {
  override readonly name = "MethodNotAllowedError";
  readonly code = "method_not_allowed";
  readonly status = 405;
}
