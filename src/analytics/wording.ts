import { Sector } from '../domain/enums';

/** How a sector's organisations are called when they do not share one `type`. */
const SECTOR_NOUN: Readonly<Record<Sector, [singular: string, plural: string]>> = {
  [Sector.PUBLIC]: ['public body', 'public bodies'],
  [Sector.EDUCATION]: ['educational institution', 'educational institutions'],
  [Sector.PRIVATE]: ['business', 'businesses'],
  [Sector.FINANCIAL]: ['financial organisation', 'financial organisations'],
  [Sector.CULTURAL]: ['cultural organisation', 'cultural organisations'],
  [Sector.SPORT]: ['sport organisation', 'sport organisations'],
  [Sector.CIVIL_SOCIETY]: ['civil-society organisation', 'civil-society organisations'],
};

/** English plural of the last word of a free-text type ("sport club" → "sport clubs", "library" → "libraries"). */
export function pluralize(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * The noun for a group of stakeholders of one sector: their shared `type` when they all have the same
 * one ("sport club"), else the sector's noun ("sport organisation").
 */
export function groupNoun(sector: Sector, types: readonly (string | null)[], count: number): string {
  const distinct = new Set(types.map((t) => t?.trim().toLowerCase() ?? ''));
  const shared = distinct.size === 1 ? (types[0]?.trim() ?? '') : '';
  const [singular, plural] = shared ? [shared, pluralize(shared)] : SECTOR_NOUN[sector];
  return count === 1 ? singular : plural;
}

export function sectorPlural(sector: Sector): string {
  return SECTOR_NOUN[sector][1];
}

/** "its 4 sport clubs" / "its sport club" (a group of one needs no number). */
export function counted(count: number, noun: string): string {
  return count === 1 ? noun : `${count} ${noun}`;
}

/** 0.125 → "12.5%", 0.4 → "40%". */
export function percent(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/** 2.0 → "2", 2.3083 → "2.31". */
export function decimal(value: number): string {
  return `${Number(value.toFixed(2))}`;
}

export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
