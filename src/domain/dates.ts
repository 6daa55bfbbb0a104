import { PartnershipStatus } from './enums';

/** ISO calendar date 'YYYY-MM-DD'; SPEC §2's `asOf` and partnership dates. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Today in UTC: the default `asOf` of every analysis. */
export function today(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** SPEC §2: planned before startedOn, ended after endedOn, active in between (both ends inclusive). */
export function statusAt(
  startedOn: IsoDate | null,
  endedOn: IsoDate | null,
  asOf: IsoDate,
): PartnershipStatus {
  if (startedOn !== null && startedOn > asOf) return PartnershipStatus.PLANNED;
  if (endedOn !== null && endedOn < asOf) return PartnershipStatus.ENDED;
  return PartnershipStatus.ACTIVE;
}
