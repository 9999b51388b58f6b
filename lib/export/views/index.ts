import "server-only";
import { NotFoundError } from "@/lib/api/errors";
import { EXPORT_FORMATS, EXPORT_VIEWS, type ExportFormat, type ExportView, type ExportViewName } from "../view";
import { overviewView } from "./overview";
import { postingsView } from "./postings";
import { salariesView } from "./salaries";
import { talentView } from "./talent";
import { trendsView } from "./trends";
import { useCasesView } from "./use-cases";

const VIEWS: Record<ExportViewName, ExportView> = {
  overview: overviewView,
  trends: trendsView,
  talent: talentView,
  salaries: salariesView,
  "use-cases": useCasesView,
  postings: postingsView,
};

export function exportView(name: ExportViewName): ExportView {
  return VIEWS[name];
}

export function isExportView(name: string): name is ExportViewName {
  return (EXPORT_VIEWS as readonly string[]).includes(name);
}

/** `trends.csv` → view and format; anything else is a 404. */
export function parseExportFile(file: string): { view: ExportViewName; format: ExportFormat } {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  const view = EXPORT_VIEWS.find((name) => name === match?.[1]);
  const format = EXPORT_FORMATS.find((name) => name === match?.[2]);
  if (!view || !format) throw new NotFoundError(`no export at /export/${file}: use /export/<${EXPORT_VIEWS.join("|")}>.<csv|json>`);
  return { view, format };
}
