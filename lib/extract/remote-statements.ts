// What a posting's words say about where the work happens. Location fields and header segments are
// short, so a bare word counts there; in running text only phrasings about the job count.

/** A statement rule that is read only when the text holds one of the words every phrasing of it contains (much cheaper). */
export type Statement = { test: (text: string) => boolean };

function screened(words: string, rule: RegExp): Statement {
  const screen = new RegExp(words, rule.flags);
  return { test: (text) => screen.test(text) && rule.test(text) };
}

export const REMOTE_FIELD = /\bremote\b/i;
export const HYBRID_FIELD = /\bhybrid\b/i;
export const ONSITE_FIELD = /\b(?:on-?site|in[- ]office|in[- ]person)\b/i;

// Fully remote work offered for the role, even beside an office option ("NYC or remote").
export const REMOTE_OFFER = screened(
  "remote|anywhere",
  /\b(?:(?:fully|100%|completely|entirely) remote(?:ly)?|remote[- ](?:first|only|friendly)|(?:roles?|positions?|jobs?|this|it) (?:is|are) (?:fully |100% )?remote|remote (?:role|position|job|option|available|possible|ok)|remote (?:is|would be) (?:possible|available|ok|an option)|open to remote|remote\s*(?:or|\/)\s*(?:hybrid|on-?site|in[- ]office|\p{Lu})|(?:or|and) remote\b(?!\s+(?:workers?|teams?|employees|colleagues|members|people|staff|collaborat\w*))|remote \(|\(remote\)|work from anywhere(?! in the office)|can (?:be )?(?:work(?:ed)?|done|performed|executed|based) remotely|#LI-Remote)/iu,
);
// "We don't offer remote internships", "sponsorship / remote is not", "occasional remote work".
export const REMOTE_DENIED = screened(
  "remote|occasional",
  /\b(?:not|no|don't|do not|doesn't|cannot|can't|isn't|unable|non)\b[^.]{0,40}\bremote\b|\bremote\b[^.]{0,25}\b(?:is not|isn't|not (?:possible|available|an option|offered))\b|\boccasional(?:ly)? (?:remote|work(?:ing)? from home|WFH)\b/i,
);

// Only hybrid is offered: a hybrid work model, or a set number of office days.
export const HYBRID_STATEMENT = screened(
  "hybrid|office|site|person|%|hq|headquarters|travel",
  /#LI-Hybrid\b|\bhybrid (?:work(?:ing)?(?: (?:model|environment|setup|arrangement|policy|schedule))?|role|setup|set-up|schedule|arrangement|policy|basis|position(?! spanning)|model(?! systems))\b|\b(?:is|are) hybrid\b|\(hybrid\)|\bhybrid\s*(?:[.;)]|$|in\b|from\b|based\b|\()|\b(?:on-?site|in[- ]office)\s*\/\s*hybrid\b|\b(?:remote|on-?site)\s*\/\s*hybrid\b|\b(?:[1-4]|one|two|three|four)\s*(?:-\s*[1-4]\s*)?(?:x|days?|times)\b[^.]{0,30}?\b(?:office|on-?site|in[- ]person)\b|\b(?:office|on-?site|in[- ]person)\b[^.]{0,40}?\b(?:[1-4]|one|two|three|four)\s*(?:\(\d\)\s*\w+\s*)?(?:x|days?|times)\b|\d+\s*%\s*(?:home office|remote|from home)|\b(?:come|travel|commute)\s+(?:in)?to\s+(?:our|the)\s+[\w ]{0,20}?(?:office|HQ|headquarters)\s+(?:regularly|weekly|monthly|once|twice)|\bregular(?:ly)? travel to (?:our |the )?[\w ]{0,20}?(?:office|onsite|on-site|HQ)|\btravel to \w+ (?:is )?expected regularly|\b(?:required?|expected|need)\b[^.]{0,30}\b(?:on[- ]?site|in (?:the )?office)\b[^.]{0,15}\b(?:at times|occasionally|sometimes|periodically)/i,
);

// Only on-site work is stated.
export const ONSITE_STATEMENT = screened(
  "site|office|person|occasional",
  /\b(?:work|working|be|based) (?:fully )?(?:on-?site|in[- ]office|in[- ]person) (?:in|at)\b|\b(?:on-?site|in[- ]office|in[- ]person)(?: only)? (?:role|position|team|job|work model|work|only)\b|\b(?:fully|100%) (?:on-?site|in[- ]office|in[- ]person)\b|\bon-?site only\b|\b(?:5|five) days (?:a week |per week )?(?:in|on|at)[- ](?:the )?(?:office|site|on-?site)|\b(?:5|five) days on-?site\b|#LI-Onsite\b|\boccasional(?:ly)? (?:work(?:ing)? from home|WFH)\b/i,
);

// Living near the office is required, so a loose "remote" flag does not hold.
export const PRESENCE_REQUIRED = screened(
  "relocat|must|commuting",
  /\b(?:relocat\w* to|(?:ready|willing|able) to relocate|must (?:live|reside|be based) (?:near|close to|within commut\w+)|within commuting distance)\b/i,
);
