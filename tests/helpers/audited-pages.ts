import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { postings } from "@/db/schema";
import { HOSTILE_POSTING } from "./seed-dashboard";

/** A team that has stated its whole situation, so /recommendations shows a verdict, its reasons and the training path. */
export const FILLED_SITUATION = "/recommendations?skill=tensorflow&use_case=computer_vision&focus=production&deploy=edge&region=europe&hires=3&role=ml_engineer";

/** Every page of the dashboard as a user reaches it (file name of its screenshot, path), on the seeded database. */
export function auditedPages(db: Db): Array<{ name: string; path: string }> {
  const posting = db.select({ id: postings.id }).from(postings).where(eq(postings.sourceId, HOSTILE_POSTING.sourceId)).get();
  if (!posting) throw new Error("the hand-made posting was not seeded");
  return [
    { name: "overview", path: "/" },
    { name: "trends", path: "/trends" },
    { name: "talent", path: "/talent" },
    { name: "salaries", path: "/salaries" },
    { name: "use-cases", path: "/use-cases" },
    { name: "postings", path: "/postings" },
    { name: "surveys", path: "/surveys?dataset=respondents&framework=pytorch&relation=used" },
    { name: "salary-reports", path: "/surveys?dataset=salary-reports" },
    { name: "posting", path: `/postings/${posting.id}` },
    { name: "recommendations", path: FILLED_SITUATION },
    { name: "claims", path: "/claims" },
    { name: "methodology", path: "/methodology" },
    { name: "reports", path: "/reports" },
    { name: "report", path: "/report" },
  ];
}
