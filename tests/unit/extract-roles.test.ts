import { describe, expect, test } from "vitest";
import { multiRoleTitles, singleJobTitles } from "@/lib/extract/role-titles";
import { extractRoles, rolesOfTitle } from "@/lib/extract/roles";
import type { Role } from "@/lib/taxonomy";

describe("a single-job title names one role, the most specific", () => {
  test.each<[string, Role]>([
    ["Machine Learning Engineer", "ml_engineer"],
    ["Member of Technical Staff, MLE (UK/EU)", "ml_engineer"],
    ["Senior Computer Vision Engineer", "ml_engineer"],
    ["Research Scientist (Greece)", "research_scientist"],
    ["AI researcher", "research_scientist"],
    ["Applied ML Scientist", "research_scientist"],
    ["Research Internship (Winter 2026)", "research_scientist"],
    ["ML Research Engineer", "research_engineer"],
    ["Training Infrastructure Engineer", "mlops_engineer"],
    ["Member of Technical Staff - Inference", "mlops_engineer"],
    ["MLOps Engineer", "mlops_engineer"],
    ["Senior Data Scientist", "data_scientist"],
    ["Analytics Engineer", "data_engineer"],
    ["Software Engineer, Ray Data", "software_engineer"],
    ["Staff Software Engineer, iOS", "software_engineer"],
    ["Senior Software Engineer, Site Reliability Engineer (SRE)", "software_engineer"],
    ["Cloud platform engineer", "software_engineer"],
    ["Electrical Engineer", "software_engineer"],
    ["Engineering Manager, ML Platform", "management"],
    ["Director of Platform Engineering", "management"],
    ["Lead Product Manager - AI Platform", "other"],
    ["Customer AI architect (post-sales)", "other"],
    ["Solutions Architect (Public Sector)", "other"],
    ["Forward Deployed Engineer", "other"],
    ["Enterprise Account Executive", "other"],
    ["Technical Recruiter", "other"],
    ["Director, people business partner (sales & GTM)", "other"],
    ["Head of Marketing & Communications", "other"],
    ["Data Labeling Specialists", "other"],
    ["Staff Software Engineer, Product (Mexico City)", "software_engineer"],
    ["Audiobook Specialists (Freelance)", "other"],
  ])("%j → %s", (title, expected) => {
    expect(extractRoles(singleJobTitles(title, ""), false)).toEqual([expected]);
  });

  test("a title that names only a team is read from the text's own description of the job", () => {
    const titles = singleJobTitles("Member of Technical Staff - GPU Infrastructure", "As our Solutions Architect for GPU Infrastructure, you'll design clusters.");
    expect(extractRoles(titles, false)).toEqual(["other"]);
  });
});

describe("a free-text post names every role it lists", () => {
  test.each<[string, Role[]]>([
    ["Machine Learning Engineer, Data Engineer", ["ml_engineer", "data_engineer"]],
    ["Founding Engineer, ML Systems (Robotics)", ["mlops_engineer"]],
    ["Medical Device Engineers + Physician-Scientist (MD/PhD)", ["research_scientist", "software_engineer"]],
    ["Infra / Platform / ML Infra / SWE", ["mlops_engineer", "software_engineer"]],
    ["Senior Engineers (Full-stack, Backend, ML Platform)", ["software_engineer", "mlops_engineer"]],
    ["Staff SWE, AI", ["ml_engineer", "software_engineer"]],
    ["iOS/MacOS, Android, Ai/ML, Growth", ["other", "ml_engineer", "software_engineer"]],
    ["AI Software Engineer, Marketing Engineer", ["software_engineer", "other"]],
    ["Product Manager; Technical Project Manager (TPM)", ["other"]],
    ["Forward Deployed SRE", ["other"]],
    ["Engineering (systems/Rust, full-stack/Python/TS, Data)", ["data_engineer", "software_engineer"]],
  ])("%j → %j", (title, expected) => {
    expect(new Set(rolesOfTitle(title))).toEqual(new Set(expected));
  });

  test.each<[string, string, Role[]]>([
    ["header roles", "Acme | Senior ML Engineer, Data Engineer | Berlin | ONSITE\nWe build things.", ["ml_engineer", "data_engineer"]],
    [
      "numbered role lines",
      "Acme is hiring three engineers.\n1. Senior Front-end Engineer (TS/React)\n2. Senior Data Engineer (Python, airflow)",
      ["data_engineer", "software_engineer"],
    ],
    [
      "role lines with a description after a colon",
      "Acme | Remote | Full-time\nProduct Engineer: (React) who would build the UI.\nAI Engineer: Applied AI plus strong software engineering.",
      ["ml_engineer", "software_engineer"],
    ],
    ["a 'hiring a …' phrase when nothing else names a role", "We're building AI for hospitals.\nAcme is hiring an ML Research Engineer to build models.", ["research_engineer"]],
    ["the terms of work are not a role", "Acme | Python Engineers | United States | REMOTE (Legal to work in the US)", ["software_engineer"]],
    ["a requirement bullet is not a role line", "Acme | Senior ML Engineer | Berlin\n* Strong Python engineering and deep PyTorch experience.", ["ml_engineer"]],
  ])("%s", (_, text, expected) => {
    expect(new Set(extractRoles(multiRoleTitles(text), true))).toEqual(new Set(expected));
  });
});
