/**
 * The exchange-rate table the product ships, named on the methodology page.
 *
 * Origin: the European Central Bank's euro foreign exchange reference rates of Friday 28 February 2025
 * (units of each currency for one euro). They were transcribed from a public republication of that
 * day's ECB table, not downloaded from ecb.europa.eu, so check them against the ECB's
 * eurofxref-hist file before a release and bump RATES_DATE whenever the table is replaced.
 */
export const RATES_DATE = "2025-02-28";
export const RATES_SOURCE = "ECB euro foreign exchange reference rates, 28 February 2025";

export const UNITS_PER_EURO: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.0411,
  JPY: 156.96,
  BGN: 1.9558,
  CZK: 25.029,
  DKK: 7.4583,
  GBP: 0.82608,
  HUF: 399.5,
  PLN: 4.1503,
  RON: 4.9768,
  SEK: 11.188,
  CHF: 0.9394,
  ISK: 145.7,
  NOK: 11.7245,
  TRY: 38.0186,
  AUD: 1.6741,
  BRL: 6.0712,
  CAD: 1.5019,
  CNY: 7.5782,
  HKD: 8.098,
  IDR: 17228.17,
  ILS: 3.7457,
  INR: 90.971,
  KRW: 1519.92,
  MXN: 21.2191,
  MYR: 4.6459,
  NZD: 1.8579,
  PHP: 60.355,
  SGD: 1.4037,
  THB: 35.567,
  ZAR: 19.1917,
};
