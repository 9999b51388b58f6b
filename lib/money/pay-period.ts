// How often a posted figure is paid, and how many of each make a working year.
export const PAY_PERIODS = ["year", "month", "week", "day", "hour"] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Full-time conventions of the methodology page: 52 weeks, 260 working days, 2,080 hours a year. */
export const PERIODS_PER_YEAR: Record<PayPeriod, number> = { year: 1, month: 12, week: 52, day: 260, hour: 2080 };

export function annualise(amount: number, period: PayPeriod): number {
  return amount * PERIODS_PER_YEAR[period];
}
