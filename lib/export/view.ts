import type { Db } from "@/db/client";
import type { RawParams } from "@/lib/api/search-params";
import { chartColumns, chartRows, chartsCaveat, type ChartExport } from "./charts";
import { exportMeta, type AppliedFilters, type ExportMeta, type SourceShare } from "./meta";
import type { Column, Row, RowSource } from "./streams";

// The views of issue 7, in the dashboard's order; each has /export/<view>.csv and .json.
export const EXPORT_VIEWS = ["overview", "trends", "talent", "salaries", "use-cases", "postings"] as const;
export type ExportViewName = (typeof EXPORT_VIEWS)[number];

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * One exportable view: its page's URL parameters read strictly (`parse` checks what needs no
 * database and returns the step that finishes with one, such as checking a survey year is
 * stored), its columns, what its rows rest on, and its rows as an iterator over the database.
 */
export type ViewDefinition<F, R extends Row> = {
  name: ExportViewName;
  title: string;
  parse(raw: RawParams): (db: Db) => F;
  columns: readonly Column<R>[];
  filters(filter: F): AppliedFilters;
  sourceMix(db: Db, filter: F): SourceShare[];
  /** The survey caveat when the view's rows come from surveys. */
  caveat?(filter: F): string | null;
  open(db: Db, filter: F): RowSource<R>;
};

/**
 * A page whose every chart and table is exported: its charts (each with its rows, n, unit,
 * origin and surveys) from the page's own query functions, for the parameters `parse` read.
 */
export type ChartViewDefinition<F> = Omit<ViewDefinition<F, Row>, "columns" | "sourceMix" | "caveat" | "open"> & {
  charts(db: Db, filter: F): ChartExport[];
  /** What the charts rest on, per source; `charts` are this export's, so their totals need no second query. */
  sourceMix(db: Db, filter: F, charts: readonly ChartExport[]): SourceShare[];
};

/** An export ready to stream: its header and its rows; a chart view also its charts, for JSON. */
export type PreparedExport = { meta: ExportMeta; columns: readonly Column[]; source: RowSource; charts?: readonly ChartExport[] };

/** A view whose parameters passed the checks that need no database; `run` does the rest. */
export type BoundView = { run(db: Db, now: Date): PreparedExport };

export type ExportView = { name: ExportViewName; title: string; bind(raw: RawParams): BoundView };

export function defineView<F, R extends Row>(view: ViewDefinition<F, R>): ExportView {
  return {
    name: view.name,
    title: view.title,
    bind(raw) {
      const finish = view.parse(raw);
      return {
        run(db, now) {
          const filter = finish(db);
          const meta = exportMeta({ view: view.name, title: view.title, filters: view.filters(filter), sourceMix: view.sourceMix(db, filter), now, caveat: view.caveat?.(filter) ?? null });
          return { meta, columns: view.columns as readonly Column[], source: view.open(db, filter) as RowSource };
        },
      };
    },
  };
}

export function defineChartView<F>(view: ChartViewDefinition<F>): ExportView {
  return {
    name: view.name,
    title: view.title,
    bind(raw) {
      const finish = view.parse(raw);
      return {
        run(db, now) {
          const filter = finish(db);
          const charts = view.charts(db, filter);
          const meta = exportMeta({ view: view.name, title: view.title, filters: view.filters(filter), sourceMix: view.sourceMix(db, filter, charts), now, caveat: chartsCaveat(charts) });
          return { meta, columns: chartColumns(charts), source: { rows: chartRows(charts) }, charts };
        },
      };
    },
  };
}

/** For a view whose parameters need no database to check. */
export const ready = <F>(filter: F) => (): F => filter;

/** Every row of a small aggregate view, for the JSON API. */
export function drain<R>(rows: Iterator<R>): R[] {
  const all: R[] = [];
  for (let step = rows.next(); !step.done; step = rows.next()) all.push(step.value);
  return all;
}
