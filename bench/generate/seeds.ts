// The real postings and survey responses the generator scales up, read from the scraped snapshot.
import Database from "better-sqlite3";
import type { SurveyResponseInput } from "@/db/ingest/survey-responses";

export type SeedPosting = { source: string; board: string | null; sourceId: string; url: string; month: string; postedAt: string; record: unknown };

export type Seeds = { postings: SeedPosting[]; surveys: SurveyResponseInput[] };

export function loadSeeds(file: string): Seeds {
  const db = new Database(file, { readonly: true });
  try {
    const postings = db
      .prepare(
        `select p.source, p.board, p.source_id as sourceId, p.url, p.month, p.posted_at as postedAt, r.body
         from postings p join raw_documents r on r.id = p.raw_document_id order by p.id`,
      )
      .all() as Array<Omit<SeedPosting, "record"> & { body: string }>;
    const frameworks = new Map<number, SurveyResponseInput["frameworks"]>();
    for (const row of db.prepare("select survey_response_id as id, framework, relation from survey_response_frameworks").all() as Array<{ id: number } & SurveyResponseInput["frameworks"][number]>) {
      frameworks.set(row.id, [...(frameworks.get(row.id) ?? []), { framework: row.framework, relation: row.relation }]);
    }
    const surveys = (
      db
        .prepare(
          `select id, source, year, source_id as sourceId, role, dev_type as devType, seniority, years_pro as yearsPro, country,
                  country_name as countryName, region, comp_yearly_usd as compYearlyUsd from survey_responses order by id`,
        )
        .all() as Array<Omit<SurveyResponseInput, "frameworks"> & { id: number }>
    ).map(({ id, ...row }) => ({ ...row, frameworks: frameworks.get(id) ?? [] }));
    return { postings: postings.map(({ body, ...seed }) => ({ ...seed, record: JSON.parse(body) as unknown })), surveys };
  } finally {
    db.close();
  }
}
