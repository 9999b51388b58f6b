import type { CheckSource } from "@/lib/claims/claims";
import { scopeLinks, salariesHref, talentHref, type EvidenceLink } from "@/lib/evidence/links";
import type { SurveyRowsLink } from "@/lib/claims/claims";
import { respondentsHref } from "@/lib/ui/drilldown";
import { ROLE_LABELS } from "@/lib/ui/labels";

/** Where a check's figures can be found again: postings, or the page holding the survey rows. */
export function checkLinks(source: CheckSource): { links: EvidenceLink[]; wider: string[] } {
  switch (source.kind) {
    case "jobs": {
      const parts = source.links.map((link) => scopeLinks(link.scope, link.framework, link.label));
      return { links: parts.flatMap((p) => p.links), wider: [...new Set(parts.flatMap((p) => p.wider))] };
    }
    case "papers":
      return { links: [{ label: "Research-paper share on Trends", href: "/trends#adoption" }], wider: [] };
    case "survey":
      return { links: [...rowLinks(source.rows), { label: `Survey ${source.year} on Talent`, href: talentHref({ year: source.year }) }], wider: [] };
    case "survey-pay":
      return {
        links: [...rowLinks(source.rows), ...source.roles.map((role) => ({ label: `Survey pay, ${ROLE_LABELS[role]}`, href: salariesHref({ origin: "survey", role, year: source.year }) }))],
        wider: source.roles.length > 1 ? ["one role per Salaries link, where the figure and the respondent links pool the roles"] : [],
      };
    case "posted-pay":
      return { links: source.roles.map((role) => ({ label: `Posted pay, ${ROLE_LABELS[role]}`, href: salariesHref({ origin: "posted", role }) })), wider: pooled(source.roles.length) };
    case "questions":
      return { links: [], wider: [] };
  }
}

const rowLinks = (rows: readonly SurveyRowsLink[]): EvidenceLink[] => rows.map((row) => ({ label: row.label, href: respondentsHref(row.scope) }));

const pooled = (roles: number) => (roles > 1 ? ["one role per link, where the figure pools the roles"] : []);
