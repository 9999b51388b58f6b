import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { REGIONS } from "@/lib/geo/regions";
import { FRAMEWORK_RELATIONS, SURVEY_FRAMEWORKS } from "@/lib/surveys/frameworks";
import { ROLES, SENIORITIES } from "@/lib/taxonomy";

// One row per survey respondent (Stack Overflow Developer Survey), with the answers as given
// beside what we map them to, so a better mapping can be re-applied without the archive.
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    year: integer("year").notNull(),
    /** The survey's own id of the response (ResponseId), unique within a year. */
    sourceId: text("source_id").notNull(),
    /** Null when the respondent gave no job, or one our table does not map. */
    role: text("role", { enum: ROLES }),
    devType: text("dev_type"),
    /** A band of professional years (lib/surveys/seniority-bands.ts), not a title. */
    seniority: text("seniority", { enum: SENIORITIES }).notNull().default("unspecified"),
    yearsPro: integer("years_pro"),
    /** ISO 3166-1 alpha-2; null when not given, "Nomadic", or a name the table does not hold. */
    country: text("country"),
    countryName: text("country_name"),
    region: text("region", { enum: REGIONS }),
    /** Total yearly compensation in USD as the survey converted it (ConvertedCompYearly). */
    compYearlyUsd: real("comp_yearly_usd"),
    /**
     * Which contenders the respondent used and wants, as bits (lib/surveys/profile.ts), kept by the
     * triggers of migration 0007 from the framework rows below; never written by ingest.
     */
    profile: integer("profile").notNull().default(0),
    contentHash: text("content_hash").notNull(),
    ingestedAt: text("ingested_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("survey_responses_source_year_item_uq").on(t.source, t.year, t.sourceId),
    index("survey_responses_year_role_idx").on(t.year, t.role),
    index("survey_responses_year_region_idx").on(t.year, t.region),
  ],
);

export const surveyResponseFrameworks = sqliteTable(
  "survey_response_frameworks",
  {
    surveyResponseId: integer("survey_response_id")
      .notNull()
      .references(() => surveyResponses.id, { onDelete: "cascade" }),
    framework: text("framework", { enum: SURVEY_FRAMEWORKS }).notNull(),
    relation: text("relation", { enum: FRAMEWORK_RELATIONS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyResponseId, t.framework, t.relation] }),
    index("survey_response_frameworks_framework_idx").on(t.framework, t.relation, t.surveyResponseId),
  ],
);

export type SurveyResponse = typeof surveyResponses.$inferSelect;
export type NewSurveyResponse = typeof surveyResponses.$inferInsert;

// Rollups of the two tables above, kept by the triggers of migration 0006 whenever a response or
// its framework rows are written, so supply reads a few hundred cells instead of every response.
// A missing role or region is stored as '' (a primary key column cannot hold NULL as a value).
export const surveyCellCounts = sqliteTable(
  "survey_cell_counts",
  {
    source: text("source").notNull(),
    year: integer("year").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    region: text("region").notNull(),
    respondents: integer("respondents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.year, t.role, t.seniority, t.region] })],
);

export const surveyFrameworkCellCounts = sqliteTable(
  "survey_framework_cell_counts",
  {
    source: text("source").notNull(),
    year: integer("year").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    region: text("region").notNull(),
    framework: text("framework").notNull(),
    relation: text("relation").notNull(),
    users: integer("users").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.year, t.relation, t.framework, t.role, t.seniority, t.region] })],
);

// Rollups of migration 0007, kept by its triggers. Respondents per cell and profile: any
// used/wanted/newcomer/either count of the two contenders is a sum over at most 16 profiles.
export const surveyProfileCounts = sqliteTable(
  "survey_profile_counts",
  {
    source: text("source").notNull(),
    year: integer("year").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    region: text("region").notNull(),
    profile: integer("profile").notNull(),
    respondents: integer("respondents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.year, t.role, t.seniority, t.region, t.profile] })],
);

// Respondents who stated pay (above 0), per cell and exact pay figure: one row set per framework
// used (of FRAMEWORKS) and one for "any" (every respondent), so bands' percentiles stay exact.
export const surveyPayCounts = sqliteTable(
  "survey_pay_counts",
  {
    source: text("source").notNull(),
    year: integer("year").notNull(),
    framework: text("framework").notNull(),
    role: text("role").notNull(),
    seniority: text("seniority").notNull(),
    region: text("region").notNull(),
    value: real("value").notNull(),
    respondents: integer("respondents").notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.year, t.framework, t.role, t.seniority, t.region, t.value] })],
);
