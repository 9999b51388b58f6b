import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

// Migration 0013: the explorer's company and country filters without scanning postings. Kept by its triggers
// (hand-written part) on every write of a posting or its countries; postings without a company
// are in neither company table (no company filter matches them).

/**
 * One row per company name and duplicate group (coalesce(group_id, id)) with a posting of that
 * name, and how many. A group with rows under two or more names is `shared`: summing the names'
 * jobs counts it once per name, and these rows say how often.
 */
export const companyGroups = sqliteTable(
  "company_groups",
  {
    groupId: integer("group_id").notNull(),
    company: text("company").notNull(),
    postings: integer("postings").notNull(),
    /** 1: the group has rows under other company names too. */
    shared: integer("shared").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.company] }), index("company_groups_shared_idx").on(t.company, t.groupId).where(sql`shared = 1`)],
);

/** Per company name: postings, and jobs (the groups with a posting of that name). A company search matches these names. */
export const companyJobs = sqliteTable("company_jobs", {
  company: text("company").primaryKey(),
  postings: integer("postings").notNull(),
  jobs: integer("jobs").notNull(),
});

/**
 * One row per country label and duplicate group with a posting labelled with that country, and
 * how many: a country's jobs are its rows (kept in country_jobs), as no filter names two countries.
 */
export const countryGroups = sqliteTable(
  "country_groups",
  {
    groupId: integer("group_id").notNull(),
    country: text("country").notNull(),
    postings: integer("postings").notNull(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.country] })],
);

/** Per country label: its jobs (the groups with a posting labelled with it); its postings are posting_country_counts'. */
export const countryJobs = sqliteTable("country_jobs", {
  country: text("country").primaryKey(),
  jobs: integer("jobs").notNull(),
});
