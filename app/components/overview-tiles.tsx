import { Card } from "@tremor/react";
import Link from "next/link";
import type { OverviewTiles } from "@/db/queries/overview";
import { SURVEY_CAVEAT } from "@/lib/caveats";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingsHref, respondentsHref } from "@/lib/ui/drilldown";
import { formatCount, formatMonth, formatShare } from "@/lib/ui/format";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

function change(now: number, before: number): string {
  if (before === 0) return now === 0 ? "no change" : "new";
  const delta = (now - before) / before;
  return `${delta >= 0 ? "+" : ""}${formatShare(delta)} vs previous period`;
}

/** One tile per framework: jobs and their change, share, posted pay and survey use — each with its n. */
export function OverviewTilesGrid({ overview }: { overview: OverviewTiles }) {
  const { period, previous, frameworkJobs, tiles } = overview;
  return (
    <section aria-labelledby="tiles-heading" className="space-y-2">
      <h2 id="tiles-heading" className="font-medium text-tremor-content-strong">
        All sources, {formatMonth(period.from)} – {formatMonth(period.to)} (previous period {formatMonth(previous.from)} – {formatMonth(previous.to)})
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {tiles.map((tile) => (
          <Card key={tile.framework} className="card space-y-1" data-testid={`tile-${tile.framework}`}>
            <h3 className="text-sm font-medium text-tremor-content-strong">{FRAMEWORK_LABELS[tile.framework]}</h3>
            <p className="text-tremor-metric font-semibold text-tremor-content-strong">
              <Link prefetch={false} href={postingsHref({ framework: tile.framework, from: period.from, to: period.to })} data-testid="tile-jobs">
                {formatCount(tile.jobs)}
              </Link>
            </p>
            <p className="text-xs">
              jobs mentioning it ({change(tile.jobs, tile.previousJobs)}; before: {formatCount(tile.previousJobs)})
            </p>
            <p className="text-xs" data-testid="tile-share">
              {frameworkJobs ? formatShare(tile.jobs / frameworkJobs) : "–"} of {formatCount(frameworkJobs)} jobs naming any framework
            </p>
            <p className="text-xs" data-testid="tile-pay">
              Median posted pay: {tile.medianUsd === null ? "not enough data" : `${usd.format(tile.medianUsd)} a year`} (n = {formatCount(tile.payN)} USD ranges)
            </p>
            <p className="text-xs" title={SURVEY_CAVEAT} data-testid="tile-survey">
              {tile.surveyYear === null || tile.surveyShare === null ? (
                <>Survey use: no survey data*</>
              ) : (
                <>
                  Survey use {tile.surveyYear}: {formatShare(tile.surveyShare)} (
                  <Link prefetch={false} href={respondentsHref({ year: tile.surveyYear, framework: tile.framework, relation: "used" })} className="underline" data-testid="tile-survey-users">
                    {formatCount(tile.surveyUsers)}
                  </Link>{" "}
                  of n ={" "}
                  <Link prefetch={false} href={respondentsHref({ year: tile.surveyYear })} className="underline" data-testid="tile-survey-sample">
                    {formatCount(tile.surveySample)}
                  </Link>{" "}
                  respondents)*
                </>
              )}
            </p>
          </Card>
        ))}
      </div>
      <p className="text-xs text-tremor-content-subtle">* {SURVEY_CAVEAT}</p>
    </section>
  );
}
