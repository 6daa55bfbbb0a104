/**
 * The table form of a network document, shared by the CSV folder and the XLSX workbook: one table per
 * record type with a header row (a file of the folder, a sheet of the workbook). Empty cells mean
 * "absent"; a partnership's themes share one cell, separated by ';'; the memberships table lists one
 * member per row and must name partnerships of the partnerships table. The last three tables are
 * optional: a missing one lists nothing and removes nothing (docs/formats.md).
 */
export const RECORD_TABLES = {
  regions: {
    file: 'regions.csv',
    sheet: 'Regions',
    required: ['id', 'name', 'country'],
    optional: [],
    columns: ['id', 'name', 'country'],
  },
  communities: {
    file: 'communities.csv',
    sheet: 'Communities',
    required: ['id', 'name', 'country', 'kind', 'region'],
    optional: ['population'],
    columns: ['id', 'name', 'country', 'kind', 'population', 'region'],
  },
  stakeholders: {
    file: 'stakeholders.csv',
    sheet: 'Stakeholders',
    required: ['id', 'name', 'sector', 'community'],
    optional: ['type', 'description', 'website'],
    columns: ['id', 'name', 'sector', 'type', 'description', 'website', 'community'],
  },
  partnerships: {
    file: 'partnerships.csv',
    sheet: 'Partnerships',
    required: ['id', 'name', 'kind'],
    optional: ['startedOn', 'endedOn', 'themes', 'description'],
    columns: ['id', 'name', 'kind', 'startedOn', 'endedOn', 'themes', 'description'],
  },
  memberships: {
    file: 'memberships.csv',
    sheet: 'Memberships',
    required: ['partnership', 'stakeholder', 'role'],
    optional: [],
    columns: ['partnership', 'stakeholder', 'role'],
  },
  needs: {
    file: 'needs.csv',
    sheet: 'Needs',
    required: ['id', 'name', 'theme', 'priority', 'community'],
    optional: ['targetGroup', 'identifiedOn', 'description'],
    columns: ['id', 'name', 'theme', 'targetGroup', 'priority', 'identifiedOn', 'description', 'community'],
  },
  assets: {
    file: 'assets.csv',
    sheet: 'Assets',
    required: ['id', 'name', 'kind', 'stakeholder'],
    optional: ['themes', 'description'],
    columns: ['id', 'name', 'kind', 'themes', 'description', 'stakeholder'],
  },
  addressedNeeds: {
    file: 'addressed-needs.csv',
    sheet: 'AddressedNeeds',
    required: ['partnership', 'need'],
    optional: [],
    columns: ['partnership', 'need'],
  },
} as const;
export type RecordTable = keyof typeof RECORD_TABLES;
export const RECORD_TABLE_NAMES = Object.keys(RECORD_TABLES) as RecordTable[];

export const THEME_SEPARATOR = ';';
