import { MAX_FILTER_VALUES, TEXT_LIMITS } from './validation';

const LIST_FILTER = `1 to ${MAX_FILTER_VALUES} values (an empty list is refused); absent: no filter. ANDed with the other filters, its single-value twin included (docs/queries.md).`;

/**
 * Wording shared by the schema descriptions of every entity, so one rule reads the same everywhere in
 * the SDL. Each names the limits the validation decorators enforce.
 */
export const DESCRIBE = {
  /** An entity's own id field. */
  id: (plural: string, example: string): string =>
    `Stable id, unique among ${plural}, e.g. ${example}; never changes.`,
  /** The optional id of a create input. */
  newId: `Id to create it with: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit. Generated from the name when absent (a slug plus six hex digits).`,
  /** The id argument of a lookup. */
  lookupId: (singular: string): string => `Id of the ${singular}; the answer is null when there is none.`,
  /** The id argument of an update or delete. */
  idOf: (singular: string): string => `Id of the ${singular}; NOT_FOUND when there is none.`,
  name: `Display name, 1 to ${TEXT_LIMITS.name} characters, not blank.`,
  description: `Free-text description, 1 to ${TEXT_LIMITS.description} characters; null when there is none.`,
  newName: `Display name, 1 to ${TEXT_LIMITS.name} characters, not blank; need not be unique.`,
  newDescription: `Free-text description, 1 to ${TEXT_LIMITS.description} characters; null or absent for none.`,
  themes: `Free tags, at most ${TEXT_LIMITS.themes}, each 1 to ${TEXT_LIMITS.theme} characters without ';'; compared after trimming, lower-casing and collapsing spaces.`,
  /** A field of an update input: absent keeps the stored value. */
  change: (what: string): string => `New ${what}; absent keeps the current one.`,
  /** A nullable field of an update input: absent keeps, null clears. */
  changeOrClear: (what: string): string => `New ${what}; absent keeps the current one, null clears it.`,
  deletedId: 'Id of the record deleted, as passed to the mutation.',
  input: (singular: string): string =>
    `The ${singular}'s fields; validated whole before anything is written.`,
  changes: 'The fields to change; only those given change.',
  orderBy: 'The order of the list; the `after` cursor must come from the same order.',
  regionFilter: (plural: string): string => `Only ${plural} of communities in this region.`,
  communityFilter: (plural: string): string => `Only ${plural} of this community.`,
  regionsFilter: (plural: string): string =>
    `Only ${plural} of communities in one of these regions. ${LIST_FILTER}`,
  communitiesFilter: (plural: string): string => `Only ${plural} of one of these communities. ${LIST_FILTER}`,
  /** The rule of every list filter (docs/queries.md). */
  listFilter: LIST_FILTER,
} as const;
