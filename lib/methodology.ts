/**
 * The version of the definitions behind every number (what counts as a posting, a mention, a
 * distinct job, a region, a band; the formulas). Every export, API answer and report names it.
 *
 * Bump rule: MAJOR when a change can move a number already published for the same data (an
 * extractor rule, the dedup keys, a taxonomy mapping, a formula, a suppression threshold); MINOR
 * when only something new appears (a new source, column or view) and old numbers stay as they
 * were. Note the change in README "What the numbers mean" in the same commit.
 */
export const METHODOLOGY_VERSION = "1.1";
