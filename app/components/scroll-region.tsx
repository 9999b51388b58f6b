import type { ReactNode } from "react";

/**
 * A box that scrolls sideways when its table or chart is wider than a phone, instead of the page.
 * It takes focus so the keyboard can scroll it, and is named so a screen reader can say what it holds.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`scroll-region overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
