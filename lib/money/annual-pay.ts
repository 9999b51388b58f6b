import { RATES_DATE } from "./exchange-rates";
import { annualise, type PayPeriod } from "./pay-period";
import { toUsd } from "./to-usd";

export type PostedPay = { min: number; max: number; currency: string; period: PayPeriod; text: string };

/** A posted range as annual base pay, local and in USD, with what was posted kept beside it. */
export type AnnualPay = {
  posted: PostedPay;
  annualMin: number;
  annualMax: number;
  /** null when the shipped table has no rate for the currency. */
  usdMin: number | null;
  usdMax: number | null;
  ratesDate: string;
};

export function annualPay(posted: PostedPay): AnnualPay {
  const annualMin = annualise(posted.min, posted.period);
  const annualMax = annualise(posted.max, posted.period);
  return {
    posted,
    annualMin,
    annualMax,
    usdMin: roundedUsd(annualMin, posted.currency),
    usdMax: roundedUsd(annualMax, posted.currency),
    ratesDate: RATES_DATE,
  };
}

function roundedUsd(amount: number, currency: string): number | null {
  const usd = toUsd(amount, currency);
  return usd === null ? null : Math.round(usd);
}
