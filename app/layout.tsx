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
        <header className="border-b border-tremor-border bg-white">
          <div className="mx-auto max-w-6xl space-y-2 px-6 py-4">
            <div>
              <span className="text-lg font-semibold text-tremor-content-strong">Framework Pulse</span>
              <span className="ml-3 text-sm text-tremor-content">TensorFlow vs PyTorch in the hiring market</span>
            </div>
            <SiteNav />
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
