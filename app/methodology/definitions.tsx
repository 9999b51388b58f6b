import { Card } from "@tremor/react";
import type { ReactNode } from "react";
import { DEMAND_SUPPLY_INDEX_FORMULA } from "@/db/queries/demand-supply";
import { MIN_BAND_N } from "@/db/queries/salaries";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card className="card" id={id}>
      <h2 className="font-medium text-tremor-content-strong">{title}</h2>
      <div className="mt-2 space-y-2 text-sm">{children}</div>
    </Card>
  );
}

const TERMS: Array<[string, string]> = [
  ["Posting", "One job as a source lists it: a top-level “Who is hiring?” comment (not a reply, meta or “seeking work” post), or one job of a board or feed. It counts once per (source, source id)."],
  ["Framework mention", "The posting names TensorFlow, PyTorch, JAX or Keras as a technology of the job — required, preferred, a migration, or in the stack. Aliases count (TF2, tf.keras, TFX, LiteRT, libtorch, torch.compile, Lightning, TorchServe, ExecuTorch, Flax); Keras does not imply TensorFlow. Not mentions: torch welding or lighting, TF = Terraform, JAX the airport or JAX-RS, a framework only in the company’s product marketing."],
  ["Role", "From the title first, the text second; a posting may hold several (HN posts often do): ML engineer, research scientist, research engineer, MLOps, data scientist, data engineer, software engineer (every other engineering role), engineering/research management, other (non-engineering)."],
  ["Seniority", "From the title only: intern, junior, mid, senior, staff+ (staff, principal, lead), management (manager, head, director, VP); no level word, or several levels, is “unspecified” — never guessed from years of experience."],
  ["Remote", "Remote when fully remote work is offered; hybrid when only hybrid is; on-site when only office work is stated; otherwise unspecified. The job’s own words about office days win over a structured flag."],
  ["Salary", "Base pay as posted: currency, period, lowest minimum and highest maximum of one currency and period. Equity, bonus, commission and OTE are not salary. “k” is ×1,000; Indian “L/LPA” is lakh (×100,000)."],
  ["Use case", "Computer vision, NLP/LLMs (agents and LLM tooling included), speech & audio, reinforcement learning, time series, recommender systems, robotics — when the job’s own work involves it, not the company’s unrelated products."],
  ["Countries", "Where the job can be done, from location fields and text (cities and states imply their country); regions and time zones are not expanded; worldwide remote names none."],
];

export function TaxonomySection() {
  return (
    <Section id="taxonomy" title="Definitions (summary of TAXONOMY.md)">
      <dl className="space-y-2">
        {TERMS.map(([term, text]) => (
          <div key={term}>
            <dt className="font-medium text-tremor-content-strong">{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

export function FormulasSection() {
  return (
    <Section id="formulas" title="Formulas">
      <ul className="list-disc space-y-2 pl-5">
        <li>
          <strong>Distinct jobs.</strong> Postings are linked into duplicate groups, never deleted: first by canonical apply URL (tracking parameters
          and <code>/apply</code> stripped), then by normalised company + title + location posted within 45 days, then by a fingerprint of the
          description (descriptions of 300+ characters). Every count is of groups, <code>coalesce(group_id, id)</code>, so a job counts once.
        </li>
        <li>
          <strong>Share.</strong> For a month m and framework f: share = (distinct jobs in m mentioning f) ÷ (distinct jobs in m). A job can name
          several frameworks, so shares do not add up to 100%.
        </li>
        <li>
          <strong>Wilson 95% interval.</strong> With k mentions of n jobs, p̂ = k/n and z = 1.96: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) ÷ (1 + z²/n).
          It stays inside 0–100% and widens honestly for thin months.
        </li>
        <li>
          <strong>3-month moving average.</strong> Pooled, not a mean of shares: (mentions in m, m−1, m−2) ÷ (jobs in m, m−1, m−2), over the months of
          the three that have data, so a thin month weighs less than a full one. A month without data of its own stays a gap.
        </li>
        <li>
          <strong>Survey supply.</strong> Respondents of one Stack Overflow survey year who use a framework ÷ respondents in the same role, seniority
          band and region, with the Wilson 95% interval above over respondents; those who want to work with it are next year’s supply. Surveys are
          non-random samples.
        </li>
        <li data-testid="methodology-index-formula">
          <strong>Demand/supply index.</strong> {DEMAND_SUPPLY_INDEX_FORMULA}
        </li>
        <li data-testid="methodology-salary-bands">
          <strong>Salary bands.</strong> p10, p25, p50, p75 and p90 by linear interpolation between ranks (numpy’s default), per framework × role ×
          seniority × region, never pooling origins (posted ranges, Stack Overflow pay, ai-jobs.net reports) or currencies; each band shows its n, and a
          band of fewer than {MIN_BAND_N} figures is suppressed — listed with its n, without percentiles.
        </li>
        <li>
          <strong>Closing.</strong> A board or feed read in full (its complete listing) closes its stored open jobs that the listing no longer
          contains, with the date; a job that reappears is open again. Paged feeds and HN threads never close jobs.
        </li>
        <li>
          <strong>Months.</strong> HN postings are filed under their thread’s month; board postings under the month they were posted.
        </li>
      </ul>
    </Section>
  );
}

export function ExchangeRatesSection({ date, source, currencies }: { date: string; source: string; currencies: number }) {
  return (
    <Section id="exchange-rates" title="Salaries and exchange rates">
      <p>
        Posted pay is annualised (year ×1, month ×12, week ×52, day ×260, hour ×2,080) and converted to US dollars with one dated table:{" "}
        <strong data-testid="rates-date">{date}</strong> — {source} ({currencies} currencies). Each posting stores the rates date it was converted at;
        the table was transcribed from a republication of that day’s ECB table and is replaced (with a new date) rather than updated in place.
      </p>
    </Section>
  );
}
