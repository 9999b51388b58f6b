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
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}
