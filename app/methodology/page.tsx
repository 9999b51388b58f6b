import { Card } from "@tremor/react";
import { getDb } from "@/db/server-db";
import { getSourceStatus, listHnMonths } from "@/db/queries/source-status";
import { monthGaps } from "@/lib/provenance/month-gaps";
import { loadSnapshotFidelity } from "@/lib/provenance/snapshot-fidelity";
import { PYTORCH_RELEASED } from "@/lib/extract/framework-aliases";
import { METHODOLOGY_VERSION } from "@/lib/methodology";
import { RATES_DATE, RATES_SOURCE, UNITS_PER_EURO } from "@/lib/money/exchange-rates";
import type { SourceName } from "@/lib/sources";
import { ExchangeRatesSection, FormulasSection, TaxonomySection } from "./definitions";
import { KnownBreaks } from "./known-breaks";
import { SourcesTable } from "./sources-table";

export const dynamic = "force-dynamic";

export default async function MethodologyPage() {
  const db = getDb();
  const [sources, hnMonths, fidelity] = await Promise.all([getSourceStatus(db), listHnMonths(db), loadSnapshotFidelity()]);
  const trimmed = Object.entries(fidelity ?? {})
    .filter(([, counts]) => (counts.trimmed ?? 0) > 0)
    .map(([source]) => source as SourceName);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold text-tremor-content-strong">Sources &amp; methodology</h1>
        <p className="mt-1 text-sm">
          Where every number comes from and how it is computed. Definitions version <span data-testid="methodology-version">{METHODOLOGY_VERSION}</span>
          ; exports and the API name the same version.
        </p>
      </div>
      <Card className="card" id="sources">
        <h2 className="font-medium text-tremor-content-strong">Sources</h2>
        <p className="mt-1 text-sm">
          Each source’s latest scrape run and what it has stored. The fidelity column describes the recorded web at this server’s snapshot folder
          (exact, trimmed, browser-saved, re-enveloped, reformatted); it applies to data replayed from it, as the demo does — runs do not record
          whether they read the live web or the recording.
        </p>
        <SourcesTable rows={sources} fidelity={fidelity} />
      </Card>
      <TaxonomySection />
      <FormulasSection />
      <ExchangeRatesSection date={RATES_DATE} source={RATES_SOURCE} currencies={Object.keys(UNITS_PER_EURO).length} />
      <KnownBreaks hnGaps={monthGaps(hnMonths)} hnMonths={hnMonths.length} luaTorchUntil={PYTORCH_RELEASED} trimmedSources={trimmed} snapshotPresent={fidelity !== null} />
    </div>
  );
}
