/** The seven sectors in the API's enum order. */
export const SECTORS = [
  'CIVIL_SOCIETY',
  'CULTURAL',
  'EDUCATION',
  'FINANCIAL',
  'PRIVATE',
  'PUBLIC',
  'SPORT',
] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABEL: Record<Sector, string> = {
  CIVIL_SOCIETY: 'Civil society',
  CULTURAL: 'Cultural',
  EDUCATION: 'Education',
  FINANCIAL: 'Financial',
  PRIVATE: 'Private',
  PUBLIC: 'Public',
  SPORT: 'Sport',
};

/**
 * Okabe & Ito's colour-blind-safe palette (black left out for the nodes' outlines), one colour per
 * sector; business sectors get the two warm colours so they stand out together.
 */
export const SECTOR_COLOUR: Record<Sector, string> = {
  CIVIL_SOCIETY: '#009E73', // bluish green
  CULTURAL: '#CC79A7', // reddish purple
  EDUCATION: '#0072B2', // blue
  FINANCIAL: '#D55E00', // vermillion
  PRIVATE: '#E69F00', // orange
  PUBLIC: '#56B4E9', // sky blue
  SPORT: '#F0E442', // yellow
};

export const STAGES = [
  'EMERGING',
  'EDUCATIONAL_SOCIAL',
  'CONSORTIUM',
  'CROSS_SECTOR',
  'FULL_SPECTRUM',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABEL: Record<Stage, string> = {
  EMERGING: 'Emerging',
  EDUCATIONAL_SOCIAL: 'Educational & social',
  CONSORTIUM: 'Consortium',
  CROSS_SECTOR: 'Cross-sector',
  FULL_SPECTRUM: 'Full spectrum',
};

export const GAP_KINDS = ['MISSING', 'CHARITY_ONLY', 'WEAK', 'ABSENT_SECTOR'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** A symbol per gap kind, so the heatmap does not rely on colour alone. */
export const GAP_MARK: Record<GapKind, { symbol: string; label: string; meaning: string }> = {
  MISSING: { symbol: '✕', label: 'Missing', meaning: 'both sectors present, no tie' },
  CHARITY_ONLY: {
    symbol: '♡',
    label: 'Charity only',
    meaning: 'tied only by sponsorship, charity or funding',
  },
  WEAK: { symbol: '▽', label: 'Weak', meaning: 'substantive density below half the overall density' },
  ABSENT_SECTOR: { symbol: '∅', label: 'Absent sector', meaning: 'a sector has no stakeholder: recruit' },
};
