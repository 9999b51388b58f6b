// The dashboard's pages, in navigation order.
export const ROUTES = [
  { href: "/", label: "Overview" },
  { href: "/trends", label: "Trends" },
  { href: "/talent", label: "Talent" },
  { href: "/salaries", label: "Salaries" },
  { href: "/use-cases", label: "Use cases" },
  { href: "/postings", label: "Postings" },
  { href: "/surveys", label: "Survey rows" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/claims", label: "Claims" },
  { href: "/methodology", label: "Sources & methodology" },
  { href: "/report", label: "Report" },
] as const;
