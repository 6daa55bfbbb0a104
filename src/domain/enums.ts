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
  description:
    'The seven stakeholder sectors (docs/measures.md), in the order that breaks ties. PRIVATE and FINANCIAL together are the business world.',
  valuesConfig: {
    PUBLIC: { description: 'Local and regional authorities, public services (youth, social, employment).' },
    EDUCATION: {
      description:
        'Kindergartens, schools, universities, adult and vocational education, research institutes.',
    },
    PRIVATE: { description: 'Enterprises, business associations, chambers of commerce.' },
    FINANCIAL: { description: 'Banks, insurers, funds, credit unions.' },
    CULTURAL: { description: 'Libraries, museums, theatres, cultural associations.' },
    SPORT: { description: 'Sport clubs, federations, leisure centres.' },
    CIVIL_SOCIETY: { description: 'NGOs, social economy, volunteer and community groups.' },
  },
});
registerEnumType(Helix, {
  name: 'Helix',
  description: 'Triple/quadruple helix a sector belongs to.',
  valuesConfig: {
    GOVERNMENT: { description: 'The PUBLIC sector.' },
    KNOWLEDGE: { description: 'The EDUCATION sector.' },
    INDUSTRY: { description: 'The PRIVATE and FINANCIAL sectors.' },
    CIVIL_SOCIETY: { description: 'The CULTURAL, SPORT and CIVIL_SOCIETY sectors.' },
  },
});
registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description:
    'What sort of partnership it is. SPONSORSHIP and CHARITY are charitable: every membership in them is charitable. In the other kinds a membership is substantive unless its role is FUNDER (docs/measures.md).',
  valuesConfig: {
    PROJECT: { description: 'A time-bound joint project.' },
    CONSORTIUM: { description: 'A standing group of organisations working on a common programme.' },
    AGREEMENT: { description: 'A strategic partnership, memorandum or cooperation agreement.' },
    NETWORK: { description: 'A network or platform its members take part in.' },
    SPONSORSHIP: {
      description:
        'Money or goods given for visibility. Charitable: ties formed only through it are not substantive.',
    },
    CHARITY: {
      description:
        'A donation or charitable support. Charitable: ties formed only through it are not substantive.',
    },
  },
});
registerEnumType(MemberRole, {
  name: 'MemberRole',
  description:
    "A member's part in a partnership. A FUNDER's membership is charitable whatever the partnership's kind.",
  valuesConfig: {
    LEAD: { description: 'Leads or coordinates the partnership. Substantive unless the kind is charitable.' },
    PARTNER: { description: 'Works in the partnership. Substantive unless the kind is charitable.' },
    FUNDER: { description: 'Only funds it: the membership is charitable, never substantive.' },
  },
});
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Status of a partnership at a date; both the start and the end day count as active.',
  valuesConfig: {
    PLANNED: { description: 'startedOn is after the date.' },
    ACTIVE: { description: 'Started on or before the date (or no startedOn) and not ended before it.' },
    ENDED: { description: 'endedOn is before the date.' },
  },
});
registerEnumType(CommunityKind, {
  name: 'CommunityKind',
  description: 'What sort of place a learning community is, by size and administration.',
  valuesConfig: {
    VILLAGE: { description: 'A village or rural parish.' },
    TOWN: { description: 'A town: larger than a village, smaller than a city.' },
    CITY: { description: 'A city, or a district of one.' },
    MUNICIPALITY: {
      description: 'A municipality: the area of one local authority, town and villages together.',
    },
    REGION: { description: 'A whole region acting as one learning community.' },
  },
});

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

registerEnumType(NeedPriority, {
  name: 'NeedPriority',
  description: "How urgent a community's need is; reports list HIGH first.",
  valuesConfig: {
    HIGH: { description: 'Urgent: address first.' },
    MEDIUM: { description: 'Important, not urgent.' },
    LOW: { description: 'Desirable when there is capacity.' },
  },
});
registerEnumType(AssetKind, {
  name: 'AssetKind',
  description: 'What an organisation can bring to a need (docs/needs-and-assets.md).',
  valuesConfig: {
    VENUE: { description: 'A place: rooms, halls, sports grounds, a stage.' },
    EXPERTISE: { description: 'Knowledge and skills of its people: teaching, advice, mentoring.' },
    FUNDING: { description: 'Money: grants, sponsorship, loans.' },
    VOLUNTEERS: { description: 'People who give their time.' },
    EQUIPMENT: { description: 'Things to lend or give: computers, vehicles, tools, materials.' },
    NETWORK: { description: 'Contacts and reach into other organisations or groups.' },
    MEDIA: { description: 'Channels to reach the public: press, radio, social media, newsletters.' },
  },
});
