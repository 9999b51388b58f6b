import type { HnComment } from "./types";

export type TopLevelVerdict = "posting" | "dead" | "deleted" | "not-a-job";

// Measured on the recorded threads (2011-04 to 2026-05): most top-level comments are postings,
// so a comment is kept unless it reads as job-seeking, a reply, or talk about the thread itself.

/** HN shows these instead of the text of a flagged or killed comment. */
const HIDDEN_TEXT = /^\[(flagged|dead)\]$/;

/** "SEEKING WORK - Remote", "I'm currently looking for a job": the other thread's posts. */
const SEEKING_WORK =
  /^\W*(seeking (\S+ ){0,3}(work|employment|jobs?|positions?|opportunit\w*)\b|looking for (work|a job|employment|a position)|hire me\b|available for (work|hire))|\b(i am|i'm|i’m) (currently |actively |now )?(looking|searching|seeking|available)( for)? (a |an )?(new )?(job|work|position|role|opportunit|employment)/i;

/** Opens with a quote of someone else's words: a reply detached to the top level. */
const QUOTED_REPLY = /^>(?!>)/;

/** "Company | Role | Location | ONSITE": the header the thread asks every post to lead with. */
const PIPE_HEADER_MIN_BARS = 2;
const FIELD_SEPARATOR = / [-–—•/]+ |--|\|| :: /;
const EMPLOYMENT_TERMS = /\b(full[- ]?time|part[- ]?time|on-?site|remote|interns?|h-?1b|visa|relocation)\b/i;
const LABELLED_FIELD =
  /^(locations?|roles?|positions?|title|job title|salary|compensation|type|stack|tech stack|visa|apply|where|who|what|company|team)\s*:/gim;

/** A sentence in the employer's voice: "we're hiring", "X is looking for", "join us". */
const HIRING_STATEMENT =
  /(?<!who )(?<!who's )\b(is|are|we're|we’re|we are|i'm|i’m|i am|now|currently|also|actively|still|and) hiring\b|\bhiring:|\b(we|i|is|are)('re|’re| are| am)? (currently |actively |also )?(looking|searching) (for|to)\b|\blooking to hire\b|\b(is|are|currently|now) recruiting\b|\bprocess of hiring\b|\bneed (people|someone|engineers|developers)\b|(^|[.!]\s+)looking for\b|\bjoin (us|our)\b|\bwe have (several |multiple |a few |many |\d+ )?(openings|positions|roles)\b|\bneeds? (\w+ )?(developers|engineers|hackers|designers)\b/i;

/** How meta comments open: requests, thanks, questions, complaints, greetings. */
const META_OPENER =
  /^\W*(please|pls|request|reminder|psa|thanks|thank you|time waste|warning|beware|does anyone|is anyone|anyone|any ?(more|one|body)|has anyone|have any|why|what(?!:)|how|who(?!:)|where(?!:)|is (it|this|there)|are (there|you)|i applied|i would|i wish|i'd|i don't|i do not|i'm not|i am not|i think|i see|i hope|i love|i like|i really|i just|off[- ]topic|aggregated|as usual|for what it's worth|fwiw|note:|meta|mods?|dang|to the|for those|your|you|can we|could we|interesting|did anyone|am i|haha|lol|wow|great|awesome|nice|cool|so|hey|hi|hello|good luck)\b/i;

/** Talk about the thread, its tools and its employers rather than a job. */
const META_TOPIC =
  /\b(reminder|off[- ]topic|this thread|these threads|the thread|posts here|posted here|job boards|scraped|browse (all|the)|upvote\w*|downvot\w+|ghosted|heard back|time waste|search (tools?|the thread|these))\b/i;

const JOB_WORDS =
  /\b(hiring|apply|applications?|positions?|roles?|openings?|vacanc(y|ies)|full[- ]?time|part[- ]?time|contract|contractors?|remote|onsite|on-site|interns?|internships?|h-?1b|visas?|relocat\w+|salary|equity|careers?|jobs?|resumes?|cv|e-?mail|engineers?|engineering|developers?|devs?|scientists?|designers?|programmers?|hackers?|manager|lead|architect|admin|analyst|director|cto|qa|head of|full-?stack|front-?end|back-?end)\b|\S@\S+\.\w/gi;
const JOB_WORDS_THAT_OUTWEIGH_META_TOPIC = 3;

function hasJobHeader(text: string): boolean {
  const firstLine = text.split("\n", 1)[0] ?? "";
  if (firstLine.split("|").length - 1 >= PIPE_HEADER_MIN_BARS) return true;
  if ((text.match(LABELLED_FIELD)?.length ?? 0) >= 2) return true;
  if (firstLine.length > 200) return false;
  if (FIELD_SEPARATOR.test(firstLine)) return true;
  return firstLine.length <= 60 && EMPLOYMENT_TERMS.test(firstLine) && /[,:(]/.test(firstLine);
}

function distinctJobWords(text: string): number {
  return new Set((text.match(JOB_WORDS) ?? []).map((word) => word.toLowerCase())).size;
}

/**
 * Decides whether a top-level comment of a "Who is hiring?" thread is a job posting.
 * `plainText` is the comment's text as plain text (paragraphs on their own lines).
 */
export function classifyTopLevelComment(comment: HnComment, plainText: string): TopLevelVerdict {
  if (comment.deleted) return "deleted";
  const text = plainText.trim();
  if (comment.dead || HIDDEN_TEXT.test(text)) return "dead";
  if (SEEKING_WORK.test(text.slice(0, 300)) || QUOTED_REPLY.test(text)) return "not-a-job";
  if (hasJobHeader(text) || HIRING_STATEMENT.test(text)) return "posting";
  if (META_OPENER.test(text)) return "not-a-job";
  const jobWords = distinctJobWords(text);
  if (META_TOPIC.test(text) && jobWords < JOB_WORDS_THAT_OUTWEIGH_META_TOPIC) return "not-a-job";
  return jobWords > 0 ? "posting" : "not-a-job";
}
