import Link from "next/link";
import { REGION_LABELS, REGIONS } from "@/lib/geo/regions";
import { MAX_HIRES, type Situation } from "@/lib/recommend/situation";
import { FRAMEWORKS, ROLES, USE_CASES } from "@/lib/taxonomy";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { ROLE_LABELS, USE_CASE_LABELS } from "@/lib/ui/labels";

const control =
  "mt-1 block w-full rounded-tremor-default border-tremor-border bg-white text-sm text-tremor-content-strong shadow-tremor-input focus:border-tremor-brand focus:ring-2 focus:ring-tremor-brand";
const box = "rounded border-tremor-border text-tremor-brand focus:ring-2 focus:ring-tremor-brand";

function Checkboxes<T extends string>({ name, legend, options, labels, checked }: { name: string; legend: string; options: readonly T[]; labels: Record<T, string>; checked: readonly T[] }) {
  return (
    <fieldset>
      <legend className="text-sm text-tremor-content-emphasis">{legend}</legend>
      <div className="mt-1 grid gap-1">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option} defaultChecked={checked.includes(option)} className={box} id={`situation-${name}-${option}`} />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The team's situation as a plain GET form: works without JavaScript; the answer is a shareable URL. */
export function SituationForm({ situation }: { situation: Situation }) {
  return (
    <form method="get" action="/recommendations" className="card rounded-tremor-default border border-tremor-border bg-white p-4 print:hidden" data-testid="situation-form">
      <fieldset>
        <legend className="text-sm font-medium text-tremor-content-strong">Your team&rsquo;s situation</legend>
        <div className="mt-3 grid gap-5 sm:grid-cols-2 lg:grid-cols-4">
          <Checkboxes name="skill" legend="Frameworks the team uses today" options={FRAMEWORKS} labels={FRAMEWORK_LABELS} checked={situation.skills} />
          <Checkboxes name="use_case" legend="Target use cases" options={USE_CASES} labels={USE_CASE_LABELS} checked={situation.useCases} />
          <div className="space-y-3">
            <div>
              <label htmlFor="situation-focus" className="block text-sm text-tremor-content-emphasis">
                Research or production
              </label>
              <select id="situation-focus" name="focus" defaultValue={situation.focus} className={control}>
                <option value="research">Mostly research</option>
                <option value="production">Mostly production</option>
                <option value="both">Both</option>
              </select>
            </div>
            <div>
              <label htmlFor="situation-deploy" className="block text-sm text-tremor-content-emphasis">
                Where models run
              </label>
              <select id="situation-deploy" name="deploy" defaultValue={situation.deployment} className={control}>
                <option value="server">Servers or cloud</option>
                <option value="edge">Mobile or edge devices</option>
              </select>
            </div>
            <div>
              <label htmlFor="situation-region" className="block text-sm text-tremor-content-emphasis">
                Region
              </label>
              <select id="situation-region" name="region" defaultValue={situation.region ?? ""} className={control}>
                <option value="">Every region</option>
                {REGIONS.map((region) => (
                  <option key={region} value={region}>
                    {REGION_LABELS[region]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="situation-hires" className="block text-sm text-tremor-content-emphasis">
                Planned hires
              </label>
              <input id="situation-hires" name="hires" type="number" min={0} max={MAX_HIRES} step={1} inputMode="numeric" defaultValue={situation.hires} className={control} />
            </div>
          </div>
          <Checkboxes name="role" legend="Roles you hire for" options={ROLES} labels={ROLE_LABELS} checked={situation.roles} />
        </div>
        <div className="mt-4 flex items-center gap-4">
          <button
            type="submit"
            className="rounded-tremor-default bg-tremor-brand-emphasis px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand focus-visible:ring-offset-2"
          >
            Recommend
          </button>
          <Link href="/recommendations" className="text-sm text-tremor-brand-emphasis underline focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand">
            Reset
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
