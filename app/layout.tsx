import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "./components/site-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: "Framework Pulse",
  description: "TensorFlow and PyTorch in the hiring market, from public job postings",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-tremor-background-muted text-tremor-content-emphasis antialiased">
        <a
          href="#content"
          className="sr-only rounded-tremor-default print:hidden bg-white px-4 py-2 text-sm font-medium text-tremor-brand-emphasis focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:outline-none focus:ring-2 focus:ring-tremor-brand-emphasis"
        >
          Skip to content
        </a>
        <header className="border-b border-tremor-border bg-white print:hidden">
          <div className="mx-auto max-w-6xl space-y-2 px-4 py-4 sm:px-6">
            <div>
              <span className="text-lg font-semibold text-tremor-content-strong">Framework Pulse</span>
              <span className="ml-3 text-sm text-tremor-content">TensorFlow vs PyTorch in the hiring market</span>
            </div>
            <SiteNav />
          </div>
        </header>
        {/* tabIndex -1: the skip link moves keyboard focus here, not just the scroll position. */}
        <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
