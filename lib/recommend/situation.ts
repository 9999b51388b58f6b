import { z } from "zod";
import { REGIONS } from "@/lib/geo/regions";
import { addMonths } from "@/lib/months";
import { FRAMEWORKS, ROLES, USE_CASES } from "@/lib/taxonomy";

// A team's situation as the /recommendations form states it, and the months its evidence covers.

export const FOCUSES = ["research", "production", "both"] as const;
export const DEPLOYMENTS = ["server", "edge"] as const;
export const MAX_HIRES = 1000;

export const situationSchema = z.object({
  /** Frameworks the team uses today. */
  skills: z.array(z.enum(FRAMEWORKS)).default([]),
  useCases: z.array(z.enum(USE_CASES)).default([]),
  focus: z.enum(FOCUSES).default("both"),
  deployment: z.enum(DEPLOYMENTS).default("server"),
  region: z.enum(REGIONS).optional(),
  hires: z.number().int().min(0).max(MAX_HIRES).default(0),
  /** Roles the team hires for; empty → every role. */
  roles: z.array(z.enum(ROLES)).default([]),
});
export type Situation = z.infer<typeof situationSchema>;

/** How many months each evidence window spans. */
export const WINDOW_MONTHS = 12;
export type MonthWindow = { from: string; to: string };

/** The last 12 months up to `latest`, and the 12 before them. */
export function evidenceWindows(latest: string): { recent: MonthWindow; previous: MonthWindow } {
  return {
    recent: { from: addMonths(latest, -(WINDOW_MONTHS - 1)), to: latest },
    previous: { from: addMonths(latest, -(2 * WINDOW_MONTHS - 1)), to: addMonths(latest, -WINDOW_MONTHS) },
  };
}

/** The window of the same length just before `window`. */
export function windowBefore(window: MonthWindow): MonthWindow {
  const span = Math.max(1, monthsBetween(window.from, window.to) + 1);
  return { from: addMonths(window.from, -span), to: addMonths(window.from, -1) };
}

export function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}
