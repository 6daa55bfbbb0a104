import type {
  AssetKind,
  CommunityKind,
  MemberRole,
  NeedPriority,
  PartnershipKind,
  Sector,
} from '../domain/enums';

/**
 * A network document: one or more regions with their communities, stakeholders and partnerships
 * (schema/network-document.schema.json). The JSON form is this object; the CSV folder holds the same records in five files.
 * Its JSON Schema, for validation and for users' editors, is schema/network-document.schema.json.
 */
export const NETWORK_FORMAT = 'partnership-graph/v1';

export interface RegionRecord {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, e.g. "PT". */
  country: string;
}

export interface CommunityRecord {
  id: string;
  name: string;
  country: string;
  kind: CommunityKind;
  population?: number | null;
  /** Id of the region the community is PART_OF. */
  region: string;
}

export interface StakeholderRecord {
  id: string;
  name: string;
  sector: Sector;
  type?: string | null;
  description?: string | null;
  website?: string | null;
  /** Id of the community the stakeholder is BASED_IN. */
  community: string;
}

export interface MemberRecord {
  /** Id of the member stakeholder. */
  stakeholder: string;
  role: MemberRole;
}

export interface PartnershipRecord {
  id: string;
  name: string;
  kind: PartnershipKind;
  /** ISO date 'YYYY-MM-DD'; absent = since before records began. */
  startedOn?: string | null;
  /** ISO date 'YYYY-MM-DD'; absent = still running. */
  endedOn?: string | null;
  themes?: string[];
  description?: string | null;
  /** The complete member list: on import, members not listed here are removed from the partnership. */
  members: MemberRecord[];
}

/** A community's need (docs/needs-and-assets.md). */
export interface NeedRecord {
  id: string;
  name: string;
  theme: string;
  targetGroup?: string | null;
  priority: NeedPriority;
  /** ISO date 'YYYY-MM-DD'. */
  identifiedOn?: string | null;
  description?: string | null;
  /** Id of the community that has the need. */
  community: string;
}

/** What a stakeholder offers (docs/needs-and-assets.md). */
export interface AssetRecord {
  id: string;
  name: string;
  kind: AssetKind;
  themes?: string[];
  description?: string | null;
  /** Id of the stakeholder offering it. */
  stakeholder: string;
}

/** A partnership addressing a need. Imports add these links; they never remove one. */
export interface AddressedNeedRecord {
  partnership: string;
  need: string;
}

export interface NetworkDocument {
  format: typeof NETWORK_FORMAT;
  regions: RegionRecord[];
  communities: CommunityRecord[];
  stakeholders: StakeholderRecord[];
  partnerships: PartnershipRecord[];
  /** Optional lists: absent means "nothing listed", never "remove what is stored". */
  needs?: NeedRecord[];
  assets?: AssetRecord[];
  addressedNeeds?: AddressedNeedRecord[];
}

/** The record lists in the order they are written (a record only refers to earlier lists). */
export const RECORD_LISTS = [
  'regions',
  'communities',
  'stakeholders',
  'partnerships',
  'needs',
  'assets',
  'addressedNeeds',
] as const;
export type RecordList = (typeof RECORD_LISTS)[number];

/** Number of memberships in a document (each partnership's members). */
export function countMemberships(document: NetworkDocument): number {
  return document.partnerships.reduce((sum, p) => sum + p.members.length, 0);
}
