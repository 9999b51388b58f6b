import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesToPrune, isReportFileName, listReports, reportFileNames, resolveReportFile } from "@/lib/reports/files";

describe("report file names", () => {
  it("dates the weekly files by the UTC day of the run", () => {
    expect(reportFileNames(new Date("2026-11-30T06:00:00Z"))).toEqual({ pdf: "framework-pulse-2026-11-30.pdf", csv: "framework-pulse-2026-11-30-trends.csv" });
  });

  it.each([
    ["framework-pulse-2026-11-30.pdf", true],
    ["framework-pulse-2026-11-30-trends.csv", true],
    ["framework-pulse-2026-11-30.csv", true],
    ["framework-pulse-2026-11-30-talent.csv", false],
    ["framework-pulse-2026-11-30.pdf.partial", false],
    ["../framework-pulse-2026-11-30.pdf", false],
    ["framework-pulse-2026-11-30.pdf/..", false],
    ["/etc/passwd", false],
    ["framework-pulse-../../etc.pdf", false],
    ["notes.txt", false],
  ])("%s is a report name: %s", (name, expected) => {
    expect(isReportFileName(name)).toBe(expected);
  });
});

describe("filesToPrune", () => {
  const week = (date: string) => [`framework-pulse-${date}.pdf`, `framework-pulse-${date}-trends.csv`];
  it.each([
    { names: [...week("2026-11-02"), ...week("2026-11-09"), ...week("2026-11-16")], keep: 2, pruned: week("2026-11-02") },
    { names: [...week("2026-11-16"), ...week("2026-11-02"), ...week("2026-11-09")], keep: 1, pruned: [...week("2026-11-02"), ...week("2026-11-09")] },
    { names: [...week("2026-11-02")], keep: 8, pruned: [] },
    // A week whose PDF failed still counts as a week; other files in the folder are never touched.
    { names: ["framework-pulse-2026-11-02-trends.csv", ...week("2026-11-09"), "notes.txt", "framework-pulse-2026-11-16.pdf.partial"], keep: 1, pruned: ["framework-pulse-2026-11-02-trends.csv"] },
  ])("keeps the newest $keep dates", ({ names, keep, pruned }) => {
    expect(filesToPrune(names, keep).sort()).toEqual([...pruned].sort());
  });
});

describe("resolveReportFile", () => {
  let root: string;
  let dir: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "pulse-report-files-"));
    dir = path.join(root, "reports");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "framework-pulse-2026-11-30.pdf"), "%PDF-");
    fs.writeFileSync(path.join(root, "secret.txt"), "secret");
    fs.symlinkSync(path.join(root, "secret.txt"), path.join(dir, "framework-pulse-2026-01-05.pdf"));
    fs.mkdirSync(path.join(dir, "framework-pulse-2026-01-12.pdf"));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("serves a report file in the folder", () => {
    expect(resolveReportFile(dir, "framework-pulse-2026-11-30.pdf")).toBe(path.join(fs.realpathSync(dir), "framework-pulse-2026-11-30.pdf"));
  });

  it.each(["../secret.txt", "framework-pulse-2026-01-05.pdf", "framework-pulse-2026-01-12.pdf", "framework-pulse-2026-02-02.pdf", "%2e%2e%2fsecret.txt"])("refuses %s", (name) => {
    expect(resolveReportFile(dir, name)).toBeNull();
  });

  it("lists only regular report files, newest first", () => {
    expect(listReports(dir).map((file) => file.name)).toEqual(["framework-pulse-2026-11-30.pdf"]);
    expect(listReports(path.join(root, "missing"))).toEqual([]);
  });
});
