import Link from "next/link";

export type FilterOption = { value: string; label: string };

type Common = { name: string; label: string; hint?: string };
export type FilterField =
  // allLabel: the option for "no filter" ("All" by default); null when the field always has a value.
  | (Common & { kind: "select"; value: string | undefined; options: readonly FilterOption[]; allLabel?: string | null })
  | (Common & {
      kind: "text" | "search" | "number" | "month";
      value: string | number | undefined;
      placeholder?: string;
      min?: number;
      max?: number;
      step?: number;
      /** Suggestions offered under the input (a `<datalist>`). */
      suggestions?: readonly string[];
    });

type Props = {
  /** The page the form submits to: filters are query parameters, so a view is a shareable URL. */
  action: string;
  legend: string;
  fields: readonly FilterField[];
  resetHref?: string;
  testId?: string;
};

const control =
  "mt-1 block w-full rounded-tremor-default border-tremor-border bg-white text-sm text-tremor-content-strong shadow-tremor-input focus:border-tremor-brand focus:ring-2 focus:ring-tremor-brand";

/** A plain GET form: works without JavaScript, every control has a visible label, Tab order follows the layout. */
export function FilterForm({ action, legend, fields, resetHref = action, testId }: Props) {
  return (
    <form method="get" action={action} className="card rounded-tremor-default border border-tremor-border bg-white p-4 print:hidden" data-testid={testId}>
      <fieldset>
        <legend className="text-sm font-medium text-tremor-content-strong">{legend}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((field) => (
            <div key={field.name}>
              <label htmlFor={`filter-${field.name}`} className="block text-sm text-tremor-content-emphasis">
                {field.label}
              </label>
              <FieldControl field={field} />
              {field.hint ? (
                <p id={`filter-${field.name}-hint`} className="mt-1 text-xs text-tremor-content">
                  {field.hint}
                </p>
              ) : null}
            </div>
          ))}
        </div>
        <div className="mt-4 flex items-center gap-4">
          <button
            type="submit"
            className="rounded-tremor-default bg-tremor-brand-emphasis px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand focus-visible:ring-offset-2"
          >
            Apply filters
          </button>
          <Link prefetch={false} href={resetHref} className="text-sm text-tremor-brand-emphasis underline focus:outline-none focus-visible:ring-2 focus-visible:ring-tremor-brand">
            Reset
          </Link>
        </div>
      </fieldset>
    </form>
  );
}

function FieldControl({ field }: { field: FilterField }) {
  const id = `filter-${field.name}`;
  const describedBy = field.hint ? `${id}-hint` : undefined;
  if (field.kind === "select") {
    return (
      <select id={id} name={field.name} defaultValue={field.value ?? ""} className={control} aria-describedby={describedBy}>
        {field.allLabel === null ? null : <option value="">{field.allLabel ?? "All"}</option>}
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  const listId = field.suggestions?.length ? `${id}-suggestions` : undefined;
  return (
    <>
      <input
        id={id}
        name={field.name}
        type={field.kind}
        defaultValue={field.value ?? ""}
        placeholder={field.placeholder}
        min={field.min}
        max={field.max}
        step={field.step}
        list={listId}
        inputMode={field.kind === "number" ? "numeric" : undefined}
        aria-describedby={describedBy}
        className={control}
      />
      {listId ? (
        <datalist id={listId}>
          {field.suggestions?.map((value) => <option key={value} value={value} />)}
        </datalist>
      ) : null}
    </>
  );
}
