import type { Sector } from '../domain/enums';
import { translator } from '../i18n/catalogs';
import type { Translator } from '../i18n/translate';

/**
 * The pieces every generated sentence is made of, each from the language's catalog (locales/): nouns
 * for a sector's organisations, counts, shares, lists, the possessive. The sentences themselves are in
 * gap-wording.ts, recommendation-wording.ts and needs-wording.ts (maturity reasons: maturity.ts).
 */

/** A sentence that can be said in any language of locales/ (GraphQL's `language`, the report's). */
export type Wording = (t: Translator) => string;

/** The English the API answers with when no language is asked for. */
export const english = (): Translator => translator('en');

/** English plural of the last word of a free-text type ("sport club" → "sport clubs", "library" → "libraries"). */
export function pluralize(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** How a sector's organisations are called ("public body", "public bodies"). */
export function sectorNoun(t: Translator, sector: Sector, count: number): string {
  return t.t(`noun.${sector}`, { count });
}

/**
 * The noun for a group of stakeholders of one sector: their shared `type` when they all have the same
 * one ("sport club"), else the sector's noun ("sport organisation"). A free-text type is made plural
 * only in a language whose catalog says it can be (English: "wording.pluralizeTypes" is "yes");
 * elsewhere a group of several takes the sector's noun.
 */
export function groupNoun(
  t: Translator,
  sector: Sector,
  types: readonly (string | null)[],
  count: number,
): string {
  const shared = allAlike(types) ? (types[0]?.trim() ?? '') : '';
  if (shared && count === 1) return shared;
  if (shared && t.t('wording.pluralizeTypes') === 'yes') return pluralize(shared);
  return sectorNoun(t, sector, count);
}

/** Whether every type is the same one, trimmed and in any case (false for none); stops at the first other. */
function allAlike(types: readonly (string | null)[]): boolean {
  if (types.length === 0) return false;
  const key = (type: string | null): string => type?.trim().toLowerCase() ?? '';
  const first = key(types[0] ?? null);
  for (let i = 1; i < types.length; i += 1)
    if (types[i] !== types[0] && key(types[i] ?? null) !== first) return false;
  return true;
}

export function sectorPlural(t: Translator, sector: Sector): string {
  return sectorNoun(t, sector, 2);
}

/** 0.125 → "12.5%", 0.4 → "40%" (one decimal at most, the decimal mark of the language). */
export function percent(t: Translator, share: number): string {
  return t.t('wording.percent', { value: Number((share * 100).toFixed(1)) });
}

/** 2.0 → "2", 2.3083 → "2.31". */
export function decimal(t: Translator, value: number): string {
  return t.number(Number(value.toFixed(2)), { maximumFractionDigits: 2, useGrouping: false });
}

/** 0.857 → "0.86": two decimals always. */
export function fixed2(t: Translator, value: number): string {
  return t.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
}

/** "Évora's", "Wales'" (in languages whose catalog has a possessive; others word it in the sentence). */
export function possessive(t: Translator, name: string): string {
  return t.t('wording.possessive', { name, sibilant: /s$/i.test(name) ? 'yes' : 'no' });
}

/** "a, b and c" */
export function listing(t: Translator, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return t.t('wording.list', {
    init: items.slice(0, -1).join(t.t('wording.listSeparator')),
    last: items[items.length - 1]!,
  });
}

/** Up to three names, then "and N more". */
export function someNames(t: Translator, names: readonly string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length - shown.length;
  return more > 0
    ? t.t('wording.andMore', { names: shown.join(t.t('wording.listSeparator')), more })
    : listing(t, shown);
}
