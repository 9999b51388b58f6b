import { Card } from "@tremor/react";
import { SURVEY_CAVEATS, SURVEY_SOURCES } from "@/lib/caveats";
import type { MonthRange } from "@/lib/provenance/month-gaps";
import { formatCount, formatMonth } from "@/lib/ui/format";

type Props = { hnGaps: MonthRange[]; hnMonths: number; luaTorchUntil: string; trimmedSources: string[]; snapshotPresent: boolean };

/** Where the series break: missing months, a rule that changes meaning at a date, partial recordings. */
export function KnownBreaks({ hnGaps, hnMonths, luaTorchUntil, trimmedSources, snapshotPresent }: Props) {
  const missing = hnGaps.reduce((sum, gap) => sum + gap.months, 0);
  return (
    <Card className="card" id="breaks">
      <h2 className="font-medium text-tremor-content-strong">Known breaks</h2>
      <ul className="mt-2 list-disc space-y-2 pl-5 text-sm">
        <li data-testid="hn-gaps">
          <strong>Hacker News months without a thread.</strong>{" "}
          {hnGaps.length === 0 ? (
            `No month is missing between the first and last of the ${formatCount(hnMonths)} stored months.`
          ) : (
            <>
              {formatCount(hnMonths)} months are stored; {formatCount(missing)} months between them have no thread in the data (the recorded web holds 54
              of the 149 monthly threads) and are drawn as gaps, not zeros:{" "}
              {hnGaps.map((gap, i) => (
                <span key={gap.first} data-gap-first={gap.first}>
                  {i > 0 ? "; " : ""}
                  {gap.first === gap.last ? formatMonth(gap.first) : `${formatMonth(gap.first)} – ${formatMonth(gap.last)}`} ({gap.months})
                </span>
              ))}
              .
            </>
          )}
        </li>
        <li>
          <strong>Lua Torch before {formatMonth(luaTorchUntil)}.</strong> Torch7 and a bare “Torch” in a post from before PyTorch’s release are the Lua
          library, not PyTorch, and are not counted; from {formatMonth(luaTorchUntil)} a bare “Torch” beside ML words counts as PyTorch. PyTorch’s share
          before then is zero by definition.
        </li>
        <li>
          <strong>Boards list only open jobs.</strong> Their earliest months hold only the jobs still open when a board was first read, so board shares
          before the first read describe long-open jobs, not that month’s hiring.
        </li>
        <li>
          <strong>Trimmed recordings.</strong>{" "}
          {snapshotPresent
            ? `Where the data was replayed from the recorded web, the recordings of ${trimmedSources.join(", ") || "no source"} are trimmed (items removed by whoever saved them): their counts are a sample of the real listing or file, and a trimmed listing must not be read as jobs closing.`
            : "No recorded web is present on this server: the data was read from the live sources."}
        </li>
        {SURVEY_SOURCES.map((source) => (
          <li key={source}>
            <strong>{source}.</strong> {SURVEY_CAVEATS[source]}
          </li>
        ))}
      </ul>
    </Card>
  );
}
