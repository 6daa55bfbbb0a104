import { registerEnumType } from 'type-graphql';

/** docs/measures.md "Sectors". The declaration order is the enum order used to break ties (e.g. the dominant sector). */
export enum Sector {
  PUBLIC = 'PUBLIC',
  EDUCATION = 'EDUCATION',
  PRIVATE = 'PRIVATE',
  FINANCIAL = 'FINANCIAL',
  CULTURAL = 'CULTURAL',
  SPORT = 'SPORT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
}
export const SECTORS: readonly Sector[] = Object.values(Sector);

export enum Helix {
  GOVERNMENT = 'GOVERNMENT',
  KNOWLEDGE = 'KNOWLEDGE',
  INDUSTRY = 'INDUSTRY',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
}

export const HELIX_OF: Readonly<Record<Sector, Helix>> = {
  [Sector.PUBLIC]: Helix.GOVERNMENT,
  [Sector.EDUCATION]: Helix.KNOWLEDGE,
  [Sector.PRIVATE]: Helix.INDUSTRY,
  [Sector.FINANCIAL]: Helix.INDUSTRY,
  [Sector.CULTURAL]: Helix.CIVIL_SOCIETY,
  [Sector.SPORT]: Helix.CIVIL_SOCIETY,
  [Sector.CIVIL_SOCIETY]: Helix.CIVIL_SOCIETY,
};

export enum PartnershipKind {
  PROJECT = 'PROJECT',
  CONSORTIUM = 'CONSORTIUM',
  AGREEMENT = 'AGREEMENT',
  NETWORK = 'NETWORK',
  SPONSORSHIP = 'SPONSORSHIP',
  CHARITY = 'CHARITY',
}

export enum MemberRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
}

export enum PartnershipStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}

export enum CommunityKind {
  VILLAGE = 'VILLAGE',
  TOWN = 'TOWN',
  CITY = 'CITY',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}

/** A membership is charitable when its partnership is sponsorship or charity, or the member only funds (docs/measures.md). */
export function isCharitable(kind: PartnershipKind, role: MemberRole): boolean {
  return (
    kind === PartnershipKind.SPONSORSHIP || kind === PartnershipKind.CHARITY || role === MemberRole.FUNDER
  );
}

registerEnumType(Sector, {
  name: 'Sector',
  description: 'The seven stakeholder sectors (docs/measures.md).',
});
registerEnumType(Helix, { name: 'Helix', description: 'Triple/quadruple helix a sector belongs to.' });
registerEnumType(PartnershipKind, { name: 'PartnershipKind' });
registerEnumType(MemberRole, { name: 'MemberRole' });
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Status of a partnership at a date.',
});
registerEnumType(CommunityKind, { name: 'CommunityKind' });

/** How urgent a community's need is (docs/needs-and-assets.md); the declaration order is the report order. */
export enum NeedPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
export const NEED_PRIORITIES: readonly NeedPriority[] = Object.values(NeedPriority);

/** What an organisation can bring to a need (docs/needs-and-assets.md). */
export enum AssetKind {
  VENUE = 'VENUE',
  EXPERTISE = 'EXPERTISE',
  FUNDING = 'FUNDING',
  VOLUNTEERS = 'VOLUNTEERS',
  EQUIPMENT = 'EQUIPMENT',
  NETWORK = 'NETWORK',
  MEDIA = 'MEDIA',
}

registerEnumType(NeedPriority, { name: 'NeedPriority', description: "How urgent a community's need is." });
registerEnumType(AssetKind, { name: 'AssetKind', description: 'What an organisation can bring to a need.' });
