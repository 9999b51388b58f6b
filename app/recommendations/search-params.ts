import { z } from "zod";
import { REGIONS } from "@/lib/geo/regions";
import { DEPLOYMENTS, FOCUSES, MAX_HIRES, situationSchema, type Situation } from "@/lib/recommend/situation";
import { FRAMEWORKS, ROLES, USE_CASES } from "@/lib/taxonomy";
import { parseSearchParams, type ParsedSearchParams, type RawSearchParams } from "@/lib/ui/search-params";
import { withParams } from "@/lib/ui/drilldown";

// The form's URL: checkboxes repeat their name (skill=pytorch&skill=keras), the rest appear once.

const single = z.object({
  focus: z.enum(FOCUSES).default("both"),
  deploy: z.enum(DEPLOYMENTS).default("server"),
  region: z.enum(REGIONS).optional(),
  hires: z.coerce.number("hires is a number of people, e.g. 3").int("hires is a whole number of people").min(0, "hires cannot be negative").max(MAX_HIRES, `hires is at most ${MAX_HIRES}`).default(0),
});

const MULTI = { skill: FRAMEWORKS, use_case: USE_CASES, role: ROLES } as const;
type MultiName = keyof typeof MULTI;

function readList<T extends string>(name: MultiName, allowed: readonly T[], raw: RawSearchParams, problems: string[]): T[] {
  const given = raw[name];
  const values = (Array.isArray(given) ? given : given === undefined ? [] : [given]).map((v) => v.trim()).filter(Boolean);
  const kept = values.filter((value): value is T => {
    const ok = (allowed as readonly string[]).includes(value);
    if (!ok) problems.push(`Ignored ${name} = “${value.length > 60 ? `${value.slice(0, 57)}…` : value}”: expected one of ${allowed.join(", ")}.`);
    return ok;
  });
  return [...new Set(kept)];
}

/** The team's situation from the URL, with what could not be read reported, never thrown. */
export function parseRecommendationParams(raw: RawSearchParams): ParsedSearchParams<Situation> {
  const { values, problems } = parseSearchParams(single, raw);
  const situation = situationSchema.parse({
    skills: readList("skill", MULTI.skill, raw, problems),
    useCases: readList("use_case", MULTI.use_case, raw, problems),
    roles: readList("role", MULTI.role, raw, problems),
    focus: values.focus,
    deployment: values.deploy,
    region: values.region,
    hires: values.hires,
  });
  return { values: situation, problems };
}

/** The situation as a /recommendations URL (the form's own parameter names). */
export function recommendationHref(situation: Situation): string {
  return withParams("/recommendations", [
    ...situation.skills.map((value) => ["skill", value] as const),
    ...situation.useCases.map((value) => ["use_case", value] as const),
    ["focus", situation.focus],
    ["deploy", situation.deployment],
    ["region", situation.region],
    ["hires", situation.hires || undefined],
    ...situation.roles.map((value) => ["role", value] as const),
  ]);
}
