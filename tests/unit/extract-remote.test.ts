import { expect, test } from "vitest";
import { extractRemote, type RemoteInput } from "@/lib/extract/remote";
import { textSentences } from "@/lib/extract/text-lines";
import type { RemoteMode } from "@/lib/taxonomy";

const input = (text: string, over: Partial<RemoteInput> = {}): RemoteInput => ({
  fields: [],
  sentences: textSentences(text),
  remoteFlag: null,
  workplace: null,
  remoteOnlyBoard: false,
  ...over,
});

test.each<[string, RemoteInput, RemoteMode]>([
  ["nothing said", input("Build data pipelines."), "unspecified"],
  ["a structured remote flag", input("Build things.", { remoteFlag: true }), "remote"],
  ["a structured flag false with nothing else", input("Build things.", { remoteFlag: false }), "onsite"],
  ["a workplace type field", input("", { workplace: "hybrid", remoteFlag: true }), "hybrid"],
  ["a remote-only board", input("Build things.", { remoteOnlyBoard: true }), "remote"],
  ["a location field 'Remote'", input("", { fields: ["Remote"], remoteFlag: false }), "remote"],
  ["a location marked (hybrid)", input("", { fields: ["London, UK (hybrid)"], remoteFlag: false }), "hybrid"],
  ["a location marked -Onsite", input("", { fields: ["New York-Onsite"] }), "onsite"],
  ["office days beat a loose remote flag", input("This role is hybrid based in San Francisco, with at least 3 days in the office per week.", { remoteFlag: true }), "hybrid"],
  ["#LI-Hybrid beats a loose remote flag", input("#LI-Hybrid", { remoteFlag: true }), "hybrid"],
  ["'4 days a week in the office'", input("Our preference is candidates who can come in office 4 days a week."), "hybrid"],
  ["remote beside an office option is remote", input("We're based in SF.\nFlexible work arrangement (remote or San Francisco office)", { remoteFlag: false }), "remote"],
  ["HN header: onsite/hybrid preferred, remote available", input("Acme | SF | ONSITE/HYBRID Preferred, Remote Available | Full-time", { fields: ["Acme | SF | ONSITE/HYBRID Preferred, Remote Available"] }), "remote"],
  ["'Remote/hybrid UK.'", input("£70,000 base. Remote/hybrid UK."), "remote"],
  ["a header onsite with a hybrid setup in the text", input("Location: ONSITE in Vienna. Hybrid setup: ~40–60% home office after onboarding.", { fields: ["Vienna (ONSITE)"] }), "hybrid"],
  ["'must be willing to work on-site in …'", input("Must be willing to work on-site in San Francisco."), "onsite"],
  ["'these positions are remote'", input("These positions are REMOTE but we are hiring in the following states only: Arizona, Colorado."), "remote"],
  ["an in-person team", input("We use an in-person work model and offer relocation assistance."), "onsite"],
  ["'occasional work from home' stays on-site", input("Occasional work from home is fine, the team sits together in Berlin."), "onsite"],
  ["remote denied", input("Relocation is an option but sponsorship / remote is not. We're in-office MWF and WFH Tuesday and Thursdays, hybrid work in SF."), "hybrid"],
  ["'no remote' alone means on-site", input("", { fields: ["Melbourne [FULL TIME, NO REMOTE]"] }), "onsite"],
  ["remote internships not offered", input("Note: we don't offer part-time or remote internships.", { remoteFlag: true }), "onsite"],
  // Traps: "hybrid" and "remote" about other things.
  ["hybrid model systems (an architecture)", input("Push forward our hybrid model systems.", { remoteFlag: true }), "remote"],
  ["a hybrid position spanning two areas", input("This is a hybrid position spanning agents and infrastructure.", { remoteFlag: false }), "onsite"],
  ["remote and cross-functional teams", input("Collaborate effectively with remote and cross-functional teams.", { remoteFlag: false }), "onsite"],
  ["perks are not about the job: 'remote-flexible' and in-office lunches", input("Perks:\n🍽 Weekly lunch stipend, in-office lunches & snacks\n🏙 Remote-flexible, offices in Toronto", { remoteFlag: false }), "onsite"],
  ["a hybrid model among perks does not override the remote flag", input("WHAT YOU CAN EXPECT FROM US\n- Flexible working hours and hybrid working model", { remoteFlag: true }), "remote"],
  ["a required move rules the flag out, leaving the perks' hybrid model", input("- Ready to relocate to region Heidelberg\nWHAT YOU CAN EXPECT FROM US\n- Flexible working hours and hybrid working model", { remoteFlag: true }), "hybrid"],
  ["a remote board's note about site visits", input("This role may require you to be on site at times - please check with the employer first.", { remoteOnlyBoard: true }), "hybrid"],
  ["a remote region requirement is not a move", input("You must be located in the Americas, Europe, or Israel to apply.", { remoteOnlyBoard: true }), "remote"],
])("%s", (_, given, expected) => {
  expect(extractRemote(given)).toBe(expected);
});
