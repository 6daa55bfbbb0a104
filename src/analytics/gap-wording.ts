import type { Sector } from '../domain/enums';
import type { Translator } from '../i18n/translate';
import { GapKind } from './gap-kind';
import type { Gap } from './gaps';
import { groupNoun, percent, possessive, sectorPlural, type Wording } from './wording';

/**
 * One sentence from the gap's numbers, naming the larger group first ("No active partnership links any
 * of Évora's 4 sport clubs with its 2 financial organisations."), in any language of locales/.
 */
export function gapWording(
  gap: Omit<Gap, 'explanation' | 'wording'>,
  scopeName: string,
  types: ReadonlyMap<Sector, readonly (string | null)[]>,
  density: number | null,
): Wording {
  return (t: Translator): string => {
    const groups = [
      { sector: gap.sectorA, count: gap.countA },
      { sector: gap.sectorB, count: gap.countB },
    ].sort((x, y) => y.count - x.count);
    const [first, second] = groups as [(typeof groups)[0], (typeof groups)[0]];
    const noun = (g: typeof first): string => groupNoun(t, g.sector, types.get(g.sector) ?? [], g.count);
    const values = {
      scope: scopeName,
      place: possessive(t, scopeName),
      first: noun(first),
      firstCount: first.count,
      second: noun(second),
      secondCount: second.count,
    };
    switch (gap.kind) {
      case GapKind.ABSENT_SECTOR:
        if (first.count === 0)
          return t.t('gap.absentBoth', {
            scope: scopeName,
            pluralA: sectorPlural(t, gap.sectorA),
            pluralB: sectorPlural(t, gap.sectorB),
          });
        return t.t('gap.absentOne', { ...values, absent: sectorPlural(t, second.sector) });
      case GapKind.MISSING:
        return t.t('gap.missing', values);
      case GapKind.CHARITY_ONLY:
        return t.t('gap.charityOnly', { ...values, ties: gap.ties, possible: gap.possible });
      case GapKind.WEAK:
        return t.t('gap.weak', {
          ...values,
          substantive: gap.substantiveTies,
          possible: gap.possible,
          share: percent(t, gap.substantiveTies / gap.possible),
          density: percent(t, density ?? 0),
        });
    }
  };
}
