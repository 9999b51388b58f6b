import { describe, expect, it } from "vitest";
import { readJobRows } from "@/scrapers/careers/job-rows";
import { readCareersRecord } from "@/scrapers/careers/record";

const site = {
  url: "https://acme.example/careers/",
  selectors: { job: ".job", title: ".title", link: "a", location: ".where", description: ".about" },
};

describe("readJobRows", () => {
  it.each([
    {
      name: "resolves a relative link against the page URL and collapses whitespace",
      html: `<li class="job"><a class="title" href="ml-engineer">  ML\n   Engineer </a><span class="where">Berlin</span></li>`,
      rows: [{ title: "ML Engineer", url: "https://acme.example/careers/ml-engineer", location: "Berlin", descriptionHtml: null }],
    },
    {
      name: "reads a row that is itself the link",
      html: `<a class="job" href="/jobs/7"><span class="title">Data Scientist</span></a>`,
      rows: [{ title: "Data Scientist", url: "https://acme.example/jobs/7", location: null, descriptionHtml: null }],
    },
    {
      name: "keeps the description's HTML",
      html: `<div class="job"><a class="title" href="https://ats.example/1">Researcher</a><div class="about"><p>Uses <b>PyTorch</b></p></div></div>`,
      rows: [{ title: "Researcher", url: "https://ats.example/1", location: null, descriptionHtml: "<p>Uses <b>PyTorch</b></p>" }],
    },
  ])("$name", ({ html, rows }) => {
    expect(readJobRows(html, site)).toEqual({ rows, invalid: [] });
  });

  it.each([
    { html: `<li class="job"><span class="title">Open application</span></li>`, reason: "no link" },
    { html: `<li class="job"><a class="title" href="javascript:void(0)">Engineer</a></li>`, reason: 'link "javascript:void(0)" is not a web address' },
    { html: `<li class="job"><a class="title" href="/x">   </a></li>`, reason: "no title" },
  ])("skips a row as invalid: $reason", ({ html, reason }) => {
    expect(readJobRows(html, site)).toEqual({ rows: [], invalid: [{ row: 1, reason }] });
  });
});

describe("readCareersRecord", () => {
  const record = {
    site: "acme",
    company: "Acme AI",
    pageUrl: "https://acme.example/careers/",
    title: "ML Engineer",
    url: "https://acme.example/careers/ml-engineer",
    location: "Berlin",
    description: "<p>Train models in <b>PyTorch</b>.</p>",
  };

  it("gives the company, the row's facts and the link as the apply URL, without a date", () => {
    expect(readCareersRecord(record, { board: "acme" })).toEqual({
      company: "Acme AI",
      title: "ML Engineer",
      locationText: "Berlin",
      text: "Train models in PyTorch.",
      postedAt: null,
      applyUrl: "https://acme.example/careers/ml-engineer",
    });
  });

  it("names the bad field of an invalid record", () => {
    expect(() => readCareersRecord({ ...record, url: "not a url" }, { board: null })).toThrow(/invalid careers record \(url: /);
  });
});
