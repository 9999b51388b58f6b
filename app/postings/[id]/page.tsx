import { Card } from "@tremor/react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getPostingDetail } from "@/db/queries/posting-detail";
import { getDb } from "@/db/server-db";
import { FRAMEWORK_LABELS } from "@/lib/ui/colors";
import { postingHref } from "@/lib/ui/drilldown";
import { formatDay, formatMonth } from "@/lib/ui/format";
import { originalLinkRel } from "@/lib/ui/original-link";
import { CONTEXT_LABELS, REMOTE_LABELS, ROLE_LABELS, SENIORITY_LABELS, USE_CASE_LABELS } from "@/lib/ui/labels";
import { safeHttpUrl } from "@/lib/ui/safe-url";
import { ParamProblems } from "../../components/param-problems";
import { SalaryFacts } from "./salary-facts";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive();

export default async function PostingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const id = idSchema.safeParse(raw);
  if (!id.success) {
    return <ParamProblems problems={[`“${raw.slice(0, 40)}” is not a posting id: ids are whole numbers, as in /postings/42.`]} />;
  }
  const detail = getPostingDetail(getDb(), id.data);
  if (!detail) notFound();
  const { posting, frameworks, roles, useCases, countries, groupMembers, sourceLabel } = detail;
  const original = safeHttpUrl(posting.url);
  const apply = safeHttpUrl(posting.applyUrl);
  const facts: Array<[string, string]> = [
    ["Source", sourceLabel],
    ["Posted", formatDay(posting.postedAt)],
    ["Filed under", formatMonth(posting.month)],
    ["First seen", formatDay(posting.firstSeen)],
    ["Last seen", formatDay(posting.lastSeen)],
    ["Closed", posting.closedAt ? formatDay(posting.closedAt) : posting.source === "hn" ? "never (threads are history)" : "still listed"],
    ["Location", posting.locationText ?? "not stated"],
    ["Countries", countries.join(", ") || "none named (or worldwide)"],
    ["Remote", REMOTE_LABELS[posting.remote]],
    ["Seniority", SENIORITY_LABELS[posting.seniority]],
    ["Roles", roles.map((r) => ROLE_LABELS[r]).join(", ") || "–"],
    ["Use cases", useCases.map((u) => USE_CASE_LABELS[u]).join(", ") || "–"],
  ];

  return (
    <article className="space-y-6">
      <p className="text-sm print:hidden">
        <Link prefetch={false} href="/postings" className="underline">
          ← All postings
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold text-tremor-content-strong" data-testid="posting-title">
          {posting.title}
        </h1>
        <p className="mt-1 text-sm">{posting.company ?? "Company not stated"}</p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          {original ? (
            <a href={original} rel={originalLinkRel(posting.source)} className="underline" data-testid="original-link">
              Original posting on {new URL(original).host}
            </a>
          ) : (
            <span>The original link is not a web address.</span>
          )}
          {apply && apply !== original ? (
            <a href={apply} rel="noopener noreferrer nofollow" className="underline">
              Apply link
            </a>
          ) : null}
        </p>
      </header>
      <Card className="card">
        <h2 className="font-medium text-tremor-content-strong">What was extracted</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]" data-testid="facts">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-tremor-content">{term}</dt>
              <dd className="text-tremor-content-strong">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card className="card" data-testid="frameworks">
        <h2 className="font-medium text-tremor-content-strong">Framework mentions</h2>
        {frameworks.length === 0 ? (
          <p className="mt-2 text-sm">No framework is named as part of this job.</p>
        ) : (
          <ul className="mt-2 space-y-3 text-sm">
            {frameworks.map((m) => (
              <li key={m.framework} data-framework={m.framework}>
                <strong>{FRAMEWORK_LABELS[m.framework]}</strong> — {CONTEXT_LABELS[m.context]}
                <blockquote className="mt-1 border-l-2 border-tremor-border pl-3 text-tremor-content-emphasis">{m.snippet}</blockquote>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <SalaryFacts posting={posting} />
      {groupMembers.length > 0 ? (
        <Card className="card" data-testid="group-members">
          <h2 className="font-medium text-tremor-content-strong">The same job elsewhere ({groupMembers.length})</h2>
          <p className="text-sm">Linked as one job (same apply URL, same company, title and place within 45 days, or the same long description); counted once.</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {groupMembers.map((m) => (
              <li key={m.id}>
                <Link prefetch={false} href={postingHref(m.id)} className="underline">
                  {m.title}
                </Link>{" "}
                — {m.company ?? "?"}, {m.source}, {formatMonth(m.month)}
                {m.closedAt ? `, closed ${formatDay(m.closedAt)}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card className="card">
        <h2 className="font-medium text-tremor-content-strong">Description (as text)</h2>
        {/* Scraped text is only ever rendered as a text node: markup in it shows as characters. */}
        <div className="mt-2 whitespace-pre-wrap break-words text-sm text-tremor-content-emphasis" data-testid="description">
          {posting.description}
        </div>
      </Card>
    </article>
  );
}
