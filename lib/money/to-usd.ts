import { UNITS_PER_EURO } from "./exchange-rates";

/** The amount in US dollars at the shipped reference rates, or null for a currency the table lacks. */
export function toUsd(amount: number, currency: string): number | null {
  const perEuro = UNITS_PER_EURO[currency.toUpperCase()];
  const usdPerEuro = UNITS_PER_EURO.USD;
  if (perEuro === undefined || usdPerEuro === undefined) return null;
  return (amount / perEuro) * usdPerEuro;
}
