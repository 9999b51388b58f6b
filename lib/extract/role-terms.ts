import { anyPattern } from "./any-pattern";
import type { Role } from "@/lib/taxonomy";

/** Words that name a job ("Engineer", "Scientist", "Manager"): a title without one only names a team or topic. */
export const ROLE_NOUN =
  /\b(?:engineers?|engineering|developers?|scientists?|researchers?|MLE|SWEs?|SREs?|architects?|analysts?|designers?|managers?|leads?|head|directors?|recruiters?|counsel|executives?|specialists?|interns?|internships?|co-?op|officers?|representatives?|sourcers?|VP|CTO|CEO|CPO|COO|programmers?|administrators?|consultants?|writers?|marketers?|owners?|contractors?|assistants?|PM|TPM|DevOps|scientist)\b/i;

/**
 * Title terms by role, most specific first: a single-job title takes the first role that matches
 * ("Lead Product Manager - AI Platform" is `other`, "ML Research Engineer" is `research_engineer`).
 */
export const ROLE_TERMS: ReadonlyArray<readonly [Role, RegExp]> = [
  [
    "other",
    /\b(?:sales|account (?:executive|manager)|business development|BDR|SDR|solutions? (?:engineer|architect|consultant)s?|forward[- ]deployed(?: (?:software|AI|ML))?(?: (?:engineers?|SREs?|architects?))?|customer|pre-?sales|post-?sales|dev ?rel|developer (?:relations|advocate|evangelist)|marketing|marketer|growth (?:marketing|manager|lead)|recruit(?:er|ing)|sourcer|talent|counsel|legal|lawyer|attorney|paralegal|people (?:business )?partner|human resources|designers?|product (?:managers?|owner|lead|marketing|operations|analyst)|program manager|project manager|TPM|business strategy|strategy (?:&|and) operations|(?:business|revenue|sales|people|finance) operations|operations (?:manager|associate|analyst|specialist)|finance|accountant|accounts? payable|bookkeeper|specialists?|technical support|support (?:engineer|specialist|agent)|social media|community manager|copywriter|communications|partnerships|executive assistant|chief of staff|country manager|general manager|head of (?:product|design|people|talent|growth)|GTM)\b|(?:^|,\s*)(?:growth|design)\s*(?:$|,)/i,
  ],
  [
    "management",
    /\b(?:engineering manager|manager,? (?:software )?engineering|(?:engineering|software|ML|machine learning|AI|data|research|science|infrastructure|platform|technical) (?:manager|director|lead manager)|(?:head|director|VP|vice president)(?: of)? (?:engineering|research|ML|machine learning|AI|data|infrastructure|platform|technology|science|software)|CTO|chief (?:technology|technical|AI|science|scientific|data) officer|technology officer|VP Eng)\b/i,
  ],
  ["research_engineer", /\b(?:(?:ML|machine learning|AI|deep learning)\s+)?research (?:software |tooling )?engineers?\b/i],
  ["data_scientist", /\b(?:data scien(?:tists?|ce)|decision scientists?|(?:ML|machine learning) analysts?)\b/i],
  [
    "research_scientist",
    /\b(?:research scientists?|researchers?|research intern(?:ship)?s?|phd intern(?:ship)?s?|applied (?:ML |AI )?scientists?|(?:ML|machine learning|AI|deep learning|research) scientists?|physician[- ]scientists?)\b/i,
  ],
  ["data_engineer", /\b(?:data engineer(?:s|ing)?|analytics engineers?|data platform engineers?|ETL)\b|(?:^|,\s*)data\s*(?:$|,)/i],
  [
    "mlops_engineer",
    /\b(?:ML ?Ops|LLM ?Ops|(?:ML|machine learning|AI|LLM|model|GPU|training|inference) (?:platform|infra(?:structure)?|systems|serving|ops|performance)|training (?:infra(?:structure)?|performance)|inference|model serving|HPC)\b/i,
  ],
  [
    "ml_engineer",
    /\b(?:machine learning|ML|MLE|deep learning|computer vision|NLP|LLMs?|AI\/ML|ML\/AI|applied AI|AI (?:engineers?|developers?)|agents?|agentic|multi-?modal|reinforcement learning)\b|(?:^|,\s*|\b(?:C\+\+|Python|Rust)\s+)AI\s*(?:$|,)/i,
  ],
  [
    "software_engineer",
    /\b(?:software|SWEs?|SREs?|site reliability|dev ?(?:sec)? ?ops|full[- ]?stack|back[- ]?end|front[- ]?end|FE|web|mobile|iOS|android|platform|infra(?:structure)?|security|embedded|firmware|systems engineer|product engineers?|tech lead|QA|test automation|architects?)\b/i,
  ],
];

/** Catch-all engineering words: software engineering when nothing more specific is named. */
export const GENERIC_ENGINEERING = /\b(?:engineers?|engineering|developers?|programmers?|eng)\b/i;

/** Whether some role term is named: one screen for the whole list (most texts name none). */
export const namesAnyRoleTerm = anyPattern(ROLE_TERMS.map(([, pattern]) => pattern));
