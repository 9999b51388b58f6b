import { z } from "zod";

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month is written YYYY-MM, e.g. 2018-03");

export function monthStartEpoch(month: string): number {
  return Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / 1000;
}

export function monthOf(isoOrDate: string | Date): string {
  return new Date(isoOrDate).toISOString().slice(0, 7);
}

export function addMonths(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + Number(month.slice(5, 7)) - 1 + delta;
  const to = Math.floor(index / 12);
  // Plain arithmetic for the years months are written in: a chart's month series calls this a few
  // thousand times a render, and each Date cost more than the rest of the loop. Date keeps the rest
  // (its years 0–99 read as 1900s, six-digit years, the error on a month that is not one).
  if (Number.isInteger(index) && year >= 100 && to >= 100 && to <= 9999) return `${String(to).padStart(4, "0")}-${String(index - to * 12 + 1).padStart(2, "0")}`;
  const date = new Date(Date.UTC(year, Number(month.slice(5, 7)) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}
