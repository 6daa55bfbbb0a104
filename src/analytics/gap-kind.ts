/** The kinds of sector-pair gap, apart from the measure (gaps.ts) and its wording (gap-wording.ts), which both need them. */
export enum GapKind {
  MISSING = 'MISSING',
  CHARITY_ONLY = 'CHARITY_ONLY',
  WEAK = 'WEAK',
  ABSENT_SECTOR = 'ABSENT_SECTOR',
}
