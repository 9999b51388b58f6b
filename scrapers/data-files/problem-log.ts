import type { RunError } from "@/db/schema";

/**
 * Row-level problems of one file: the first `max` of each kind are reported one by one, the rest
 * only counted, so a broken file cannot flood the run's errors. Repeated messages count once.
 */
export class ProblemLog {
  private readonly pending: RunError[] = [];
  private readonly seen = new Set<string>();
  private readonly reported = new Map<string, number>();
  private readonly overflow = new Map<string, number>();

  constructor(
    private readonly url: string,
    private readonly max = 20,
  ) {}

  add(kind: string, message: string): void {
    if (this.seen.has(`${kind}\u0000${message}`)) return;
    if ((this.reported.get(kind) ?? 0) >= this.max) {
      this.overflow.set(kind, (this.overflow.get(kind) ?? 0) + 1);
      return;
    }
    this.seen.add(`${kind}\u0000${message}`);
    this.reported.set(kind, (this.reported.get(kind) ?? 0) + 1);
    this.pending.push({ url: this.url, kind, status: null, message });
  }

  /** The problems added since the last call. */
  take(): RunError[] {
    return this.pending.splice(0);
  }

  /** The rest, plus one line per kind that ran over the cap. */
  finish(): RunError[] {
    const summaries = [...this.overflow].map(([kind, n]) => ({ url: this.url, kind, status: null, message: `… and ${n} more ${kind} rows not listed` }));
    return [...this.take(), ...summaries];
  }
}
