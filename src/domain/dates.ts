import { PartnershipStatus } from './enums';

/** ISO calendar date 'YYYY-MM-DD'; the `asOf` of every measure and partnership dates. */
export type IsoDate = string;

/** A span of dates, both ends inclusive; a missing end is open. */
export interface DateSpan {
  from?: IsoDate | null;
  to?: IsoDate | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date (leap years included). Plain arithmetic: an import checks hundreds of thousands. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The last day of a year, 'YYYY-12-31': the date a trend measures each year at. */
export function yearEnd(year: number): IsoDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** Today in UTC: the default `asOf` of every analysis. */
export function today(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a partnership is active at some date of [from, to]: statusAt's rule over a window (it starts
 * on or before `to` and ends on or after `from`), as the analytics fetch's WHERE has it in Cypher.
 */
export function activeDuring(
  startedOn: IsoDate | null,
  endedOn: IsoDate | null,
  from: IsoDate,
  to: IsoDate,
): boolean {
  return (startedOn === null || startedOn <= to) && (endedOn === null || endedOn >= from);
}

/** docs/measures.md "Active partnerships": planned before startedOn, ended after endedOn, active in between (both ends inclusive). */
export function statusAt(
  startedOn: IsoDate | null,
  endedOn: IsoDate | null,
  asOf: IsoDate,
): PartnershipStatus {
  if (startedOn !== null && startedOn > asOf) return PartnershipStatus.PLANNED;
  if (endedOn !== null && endedOn < asOf) return PartnershipStatus.ENDED;
  return PartnershipStatus.ACTIVE;
}
