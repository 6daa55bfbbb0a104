import type { IsoDate } from '../domain/dates';
import type { CommunityKind, MemberRole, PartnershipKind, Sector } from '../domain/enums';
import type { ScopeAsset, ScopeNeed } from './needs';

/** A stakeholder of the analysed scope (a community, or every community of a region). */
export interface ScopeStakeholder {
  id: string;
  name: string;
  sector: Sector;
  type: string | null;
  description: string | null;
  website: string | null;
  communityId: string;
}

/**
 * A partnership with at least one member in the scope, with ALL its members: those based elsewhere
 * (stakeholderId not among the scope's stakeholders) make the external ties.
 */
export interface ScopePartnership {
  id: string;
  kind: PartnershipKind;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  /**
   * Its members' stakeholder ids, and parallel to them their roles: the fetched row's two lists kept as
   * they came, rather than an object per membership (135,000 of them in a region of 40,000, each one
   * more for the main thread to allocate and the GC to trace).
   */
  memberIds: string[];
  roles: MemberRole[];
}

/** The scope's communities, with what the Community type needs (for the region's comparison table). */
export interface ScopeCommunity {
  id: string;
  name: string;
  country: string;
  kind: CommunityKind;
  population: number | null;
  regionId: string | null;
}

/**
 * Everything the measures need, fetched in one query: the scope's stakeholders and every partnership
 * active at some date of the requested window with a member in the scope.
 */
export interface Subgraph {
  /** 'community' or 'region', and its name, for the plain-English explanations. */
  scope: 'community' | 'region';
  id: string;
  name: string;
  communities: ScopeCommunity[];
  stakeholders: ScopeStakeholder[];
  partnerships: ScopePartnership[];
  /** The communities' needs and the stakeholders' assets (docs/needs-and-assets.md); none when absent. */
  needs?: ScopeNeed[];
  assets?: ScopeAsset[];
}
