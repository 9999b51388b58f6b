import { expect, test } from "vitest";
import { toContractFields } from "@/lib/eval/contract";
import { normalise } from "@/lib/normalise/normalise";

const hnComment = (html: string) => ({ id: 1, by: "someone", time: 1_767_225_600, text: html, parent: 2, type: "comment" });

test("an HN post: header, role lines, text salary and place", () => {
  const record = hnComment(
    "Acme Robotics | Senior ML Engineer, Senior Data Engineer | Berlin, Germany | Hybrid | €80k–€100k<p>" +
      "We train humanoid robots with reinforcement learning in PyTorch.<p>Must be willing to work 3 days a week in the office.",
  );
  expect(toContractFields("hn:1", normalise("hn", record))).toEqual({
    id: "hn:1",
    frameworks: ["pytorch"],
    roles: ["data_engineer", "ml_engineer"],
    seniority: "senior",
    remote: "hybrid",
    salary: { min: 80_000, max: 100_000, currency: "EUR", period: "year" },
    useCases: ["reinforcement_learning", "robotics"],
    countries: ["DE"],
  });
});

test("an Ashby job: structured pay, flag and locations, text about office days", () => {
  const record = {
    id: "job-1",
    title: "Staff Software Engineer, Inference",
    location: "San Francisco",
    secondaryLocations: [{ location: "Toronto" }],
    isRemote: true,
    jobUrl: "https://jobs.ashbyhq.com/acme/job-1",
    descriptionPlain: "ABOUT THE ROLE\nServe large language models at scale.\nThis role is hybrid, 3 days a week in the office.",
    compensation: {
      compensationTiers: [
        { title: null, components: [{ compensationType: "Salary", interval: "1 YEAR", currencyCode: "USD", minValue: 200_000, maxValue: 260_000 }] },
        { title: null, components: [{ compensationType: "Salary", interval: "1 YEAR", currencyCode: "CAD", minValue: 220_000, maxValue: 280_000 }] },
        { title: null, components: [{ compensationType: "Salary", interval: "1 YEAR", currencyCode: "USD", minValue: 180_000, maxValue: 240_000 }] },
      ],
    },
  };
  expect(toContractFields("ashby:acme:job-1", normalise("ashby", record, { board: "acme" }))).toEqual({
    id: "ashby:acme:job-1",
    frameworks: [],
    roles: ["mlops_engineer"],
    seniority: "staff_plus",
    remote: "hybrid",
    salary: { min: 180_000, max: 260_000, currency: "USD", period: "year" },
    useCases: ["nlp_llm"],
    countries: ["CA", "US"],
  });
});

test("the normalised posting keeps the salary's source text", () => {
  const posting = normalise("hn", hnComment("Acme | Backend Engineer | Remote (US) | $150k-$180k"));
  expect(posting.salary).toEqual({ min: 150_000, max: 180_000, currency: "USD", period: "year", text: "$150k-$180k" });
});

test("a 'LOCATION:' line in free text is a location field", () => {
  const posting = normalise("hn", hnComment("COMPANY: Tvrtle<p>ROLE: Founding Full Stack Engineer<p>LOCATION: Remote<p>COMPENSATION: Equity"));
  expect(posting.remote).toBe("remote");
});

test.each<[string, string, string]>([
  ["a title abbreviation is no sentence break", "Acme | Sr. Data Engineer, Analytics | Oakland | Onsite only, Full time<p>We move event data.", "senior"],
  ["a header that opens with the role before the company", "Staff ML Engineer at Acme.io, a payments startup | Remote, Cyprus | Full-time Contractor<p>Build models.", "staff_plus"],
  ["employment terms are no role of their own", "Acme | Senior Backend Engineer | Berlin | Full-time Contractor<p>Build APIs.", "senior"],
])("HN seniority: %s", (_why, html, expected) => {
  expect(normalise("hn", hnComment(html)).seniority).toBe(expected);
});

test.each<[string, string, string]>([
  ["full stops between header parts", "Acme Labs. Boulder, CO. ONSITE<p>We build web apps for clients in Ruby.", "onsite"],
  ["semicolons between header parts", "Boston; Full Time; Onsite<p>I am the cofounder of Acme, a design tool.", "onsite"],
  ["a colon after the company", "Acme: Full Time REMOTE<p>We build mobility software in Java.", "remote"],
  ["a header wrapped onto its second line", "Acme | Durham, NC | Software Engineers, Front End, Back-End (Python)<p>UX Designer, and others | Onsite<p>We make sports software.", "onsite"],
  ["a long opening sentence is no header", "We are a small team that likes to meet in the office for lunch on Fridays and talk about remote tools<p>Email us.", "unspecified"],
])("HN remote from the opening header: %s", (_why, html, expected) => {
  expect(normalise("hn", hnComment(html)).remote).toBe(expected);
});
