import type { RunError } from "@/db/schema";

/**
 * Row-level problems of one file: the first `max` distinct messages of each kind are reported
 * one by one, the rest only counted, so a broken file cannot flood the run's errors.
 */
export class ProblemLog {
  private readonly pending: RunError[] = [];
  private readonly listed = new Map<string, Set<string>>();
  private readonly unlisted = new Map<string, number>();

  constructor(
    private readonly url: string,
    private readonly max = 20,
  ) {}

  add(kind: string, message: string): void {
    const listed = this.listed.get(kind) ?? new Set<string>();
    this.listed.set(kind, listed);
    if (listed.has(message) || listed.size >= this.max) {
      this.unlisted.set(kind, (this.unlisted.get(kind) ?? 0) + 1);
      return;
    }
    listed.add(message);
    this.pending.push({ url: this.url, kind, status: null, message });
  }

  /** The problems added since the last call. */
  take(): RunError[] {
    return this.pending.splice(0);
  }

  /** The rest, plus one line per kind with problems not listed (repeats, or past the cap). */
  finish(): RunError[] {
    const summaries = [...this.unlisted].map(([kind, n]) => ({ url: this.url, kind, status: null, message: `… and ${n} more ${kind} not listed` }));
    return [...this.take(), ...summaries];
  }
}
