import { expect, test } from "vitest";
import { extractSeniority, seniorityOfTitle } from "@/lib/extract/seniority";
import type { Seniority } from "@/lib/taxonomy";

test.each<[string, Seniority]>([
  ["Software Engineer", "unspecified"],
  ["Machine Learning Intern/Co-op (Winter 2026)", "intern"],
  ["PhD Internship (f/m/d)", "intern"],
  ["Product Manager Intern", "intern"],
  ["Junior Data Engineer", "junior"],
  ["Jr. Developer", "junior"],
  ["Software Engineer - New Grad (Summer 2026)", "junior"],
  ["Associate Account Executive", "junior"],
  ["Support Engineer I", "junior"],
  ["Software Engineer II", "mid"],
  ["Mid-level Backend Developer", "mid"],
  ["Senior ML Engineer", "senior"],
  ["Sr Product Designer", "senior"],
  ["Software Engineer III", "senior"],
  ["Senior Software Engineer II", "senior"],
  ["(Senior) AI Researcher (f/m/d)", "senior"],
  ["Staff Software Engineer, iOS", "staff_plus"],
  ["Principal Machine Learning Engineer", "staff_plus"],
  ["Distinguished Engineer", "staff_plus"],
  ["Tech Lead Full-Stack Rails Engineer", "staff_plus"],
  ["Marketing Lead", "staff_plus"],
  ["Senior Staff Engineer", "staff_plus"],
  ["Engineering Manager", "management"],
  ["Head of Marketing & Communications", "management"],
  ["Director, people business partner", "management"],
  ["VP of Engineering", "management"],
  ["CTO", "management"],
  ["Senior Product Operations Manager", "management"],
  ["Associate Director, Data", "management"],
  ["Lead Product Manager - AI Platform", "staff_plus"],
  // Two levels, or all of them, say nothing about this opening's level.
  ["Senior/Staff Applied Scientist", "unspecified"],
  ["Senior or Staff Engineer", "unspecified"],
  ["FE/Fullstack Mid-Senior/Senior", "unspecified"],
  ["Machine Learning Scientist (All Levels)", "unspecified"],
  // Traps: words that only look like levels.
  ["Member of Technical Staff, MLE", "unspecified"],
  ["Senior Member of Technical Staff, Multimodal AI", "senior"],
  ["Principal Component Analysis Researcher", "unspecified"],
  ["Internal Tools Engineer", "unspecified"],
  ["International Sales Representative", "unspecified"],
  ["Lead Generation Specialist", "unspecified"],
  ["Mid-Market Account Executive", "unspecified"],
  ["Chief of Staff", "unspecified"],
  ["Data Entry Clerk", "unspecified"],
])("title %j → %s", (title, expected) => {
  expect(seniorityOfTitle(title)).toBe(expected);
});

test.each<[string[], Seniority]>([
  [[], "unspecified"],
  [["Senior Front-end Engineer", "Senior Back-end Engineer", "Senior Data Engineer"], "senior"],
  [["Staff Backend Engineer", "Staff Frontend Engineer"], "staff_plus"],
  [["Senior Platform Engineer", "Tech Lead", "DevRel Engineer"], "unspecified"],
  [["Mobile Engineers, Engineering managers"], "unspecified"],
  [["Principal Product Engineer, Principal ML Engineer"], "staff_plus"],
  [["Senior + Staff Engineers (Elixir, React, ML/AI)"], "unspecified"],
  [["Lead DevOps / SRE"], "staff_plus"],
  // Alternatives of different levels say nothing about the opening's level.
  [["Head of Design or Senior Product Designer"], "unspecified"],
  [["Full-Stack Engineer or intern"], "unspecified"],
  [["Senior Manager or Director"], "management"],
  // A discipline after the title qualifies it; it is no second role without a level.
  [["Principal Software Engineer, Agentic Engineering"], "staff_plus"],
  [["Director iOS & Mac Engineering"], "management"],
  [["VP, Engineering"], "management"],
  [["Mobile Engineers, Platform Engineering Managers"], "unspecified"],
])("several titles %j → %s", (titles, expected) => {
  expect(extractSeniority(titles)).toBe(expected);
});
