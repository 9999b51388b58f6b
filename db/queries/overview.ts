import "server-only";
import { max } from "drizzle-orm";
import { addMonths } from "@/lib/months";
import { FRAMEWORKS, type Framework } from "@/lib/taxonomy";
import type { Db } from "../client";
import { postings } from "../schema";
import { SOME_LABEL, countJobCells } from "./job-cells";
import { getSalaryBands } from "./salaries";
import { getSupply } from "./supply";

export type Period = { from: string; to: string };

export type FrameworkTile = {
  framework: Framework;
  /** Distinct jobs mentioning the framework in the period, and in the period of equal length before it. */
  jobs: number;
  previousJobs: number;
  /** Median posted annual base pay in USD (midpoint of the range) and the n behind it; null when thin. */
  medianUsd: number | null;
  payN: number;
  /** Share of survey respondents who used it, latest survey year, with the respondents behind it. */
  surveyShare: number | null;
  surveyUsers: number;
  surveySample: number;
  surveyYear: number | null;
};

export type OverviewTiles = { period: Period; previous: Period; frameworkJobs: number; tiles: FrameworkTile[] };

/** The twelve months up to the newest month with postings, unless the filter names a period. */
export function defaultPeriod(db: Db, requested: Partial<Period>): Period | null {
  const newest = db.select({ month: max(postings.month) }).from(postings).get()?.month;
  const to = requested.to ?? newest;
  if (!to) return null;
  return { from: requested.from ?? addMonths(to, -11), to };
}

/** Distinct jobs mentioning each framework in the period, and (under '+') any framework. */
function jobsMentioning(db: Db, period: Period): Map<string, number> {
  const rows = countJobCells(db, { from: period.from, to: period.to, by: ["framework"], frameworks: [...FRAMEWORKS, SOME_LABEL] });
  return new Map(rows.map((row) => [row.framework, row.jobs]));
}

/** Headline numbers per framework for a period, each with the n it rests on. */
export function getOverviewTiles(db: Db, period: Period): OverviewTiles {
  const length = monthsBetween(period.from, period.to) + 1;
  const previous = { from: addMonths(period.from, -length), to: addMonths(period.from, -1) };
  const supply = getSupply(db, { relation: "used", by: [] });
  const jobs = jobsMentioning(db, period);
  const previousJobs = jobsMentioning(db, previous);
  // One read of the posted pay gives every framework's band: the same figures as one read per framework.
  const bands = getSalaryBands(db, { origin: "posted", from: period.from, to: period.to, by: [] });
  const tiles = FRAMEWORKS.map((framework): FrameworkTile => {
    const pay = bands.find((band) => band.framework === framework && band.currency === "USD");
    const survey = supply.find((row) => row.framework === framework);
    return {
      framework,
      jobs: jobs.get(framework) ?? 0,
      previousJobs: previousJobs.get(framework) ?? 0,
      medianUsd: pay && !pay.suppressed ? pay.p50 : null,
      payN: pay?.n ?? 0,
      surveyShare: survey ? survey.share : null,
      surveyUsers: survey?.respondents ?? 0,
      surveySample: survey?.sample ?? 0,
      surveyYear: survey?.year ?? null,
    };
  });
  return { period, previous, frameworkJobs: jobs.get(SOME_LABEL) ?? 0, tiles };
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}
