import { CommunityKind, MemberRole, PartnershipKind, Sector, SECTORS } from '../domain/enums';
import {
  NETWORK_FORMAT,
  type CommunityRecord,
  type MemberRecord,
  type NetworkDocument,
  type PartnershipRecord,
  type StakeholderRecord,
} from '../network-document/network-document';

/**
 * Synthetic regional networks for benchmarks, tests and demos. Same options → same document
 * (a seeded PRNG; no clock, no Math.random).
 */
export interface GeneratorOptions {
  communities: number;
  stakeholdersPerCommunity: number;
  seed: number;
  /** Id of the one region every community is PART_OF; default `${idPrefix}-region`. */
  regionId?: string;
  /** Prefix of every generated id, so generated networks can sit side by side; default 'gen'. */
  idPrefix?: string;
  /** ISO 3166-1 alpha-2 country of the region and its communities; default 'PT'. */
  country?: string;
  /**
   * Average partnerships a stakeholder is a member of (= memberships per stakeholder); default 5.
   * With the default member counts a 2,000-stakeholder community gets about 10,000 partner-graph edges.
   */
  membershipsPerStakeholder?: number;
  /** Average members of a partnership (at least 2); default 3. */
  meanMembersPerPartnership?: number;
  /** Largest partnership; default 12. */
  maxMembersPerPartnership?: number;
  /** Probability that a further member comes from the lead's own sector; default 0.45. */
  homophily?: number;
  /** Probability that a further member comes from another community of the region; default 0.03. */
  crossCommunityShare?: number;
  /** Partnerships start from this year …; default 2012. */
  firstYear?: number;
  /** … up to the end of this year (later than today, so some are planned); default 2027. */
  lastYear?: number;
}

/** Shares of the sectors among a community's stakeholders (education and civil society dominate). */
export const SECTOR_SHARES: Readonly<Record<Sector, number>> = {
  [Sector.PUBLIC]: 0.12,
  [Sector.EDUCATION]: 0.25,
  [Sector.PRIVATE]: 0.17,
  [Sector.FINANCIAL]: 0.05,
  [Sector.CULTURAL]: 0.1,
  [Sector.SPORT]: 0.09,
  [Sector.CIVIL_SOCIETY]: 0.22,
};

/**
 * How readily a lead of one sector partners with another sector (row = lead). Business rarely reaches
 * schools, culture or sport substantively, which is the gap the service exists to show.
 */
const AFFINITY: Readonly<Record<Sector, Readonly<Record<Sector, number>>>> = {
  PUBLIC: {
    PUBLIC: 1,
    EDUCATION: 3,
    PRIVATE: 0.6,
    FINANCIAL: 0.2,
    CULTURAL: 1.2,
    SPORT: 1,
    CIVIL_SOCIETY: 3,
  },
  EDUCATION: {
    PUBLIC: 3,
    EDUCATION: 1,
    PRIVATE: 0.3,
    FINANCIAL: 0.05,
    CULTURAL: 1,
    SPORT: 0.6,
    CIVIL_SOCIETY: 2.5,
  },
  PRIVATE: {
    PUBLIC: 0.8,
    EDUCATION: 0.3,
    PRIVATE: 1,
    FINANCIAL: 1.5,
    CULTURAL: 0.2,
    SPORT: 0.3,
    CIVIL_SOCIETY: 0.3,
  },
  FINANCIAL: {
    PUBLIC: 0.4,
    EDUCATION: 0.1,
    PRIVATE: 2,
    FINANCIAL: 1,
    CULTURAL: 0.2,
    SPORT: 0.3,
    CIVIL_SOCIETY: 0.5,
  },
  CULTURAL: {
    PUBLIC: 1.5,
    EDUCATION: 1.2,
    PRIVATE: 0.2,
    FINANCIAL: 0.1,
    CULTURAL: 1,
    SPORT: 0.3,
    CIVIL_SOCIETY: 1.5,
  },
  SPORT: {
    PUBLIC: 1.5,
    EDUCATION: 1,
    PRIVATE: 0.3,
    FINANCIAL: 0.1,
    CULTURAL: 0.3,
    SPORT: 1,
    CIVIL_SOCIETY: 1,
  },
  CIVIL_SOCIETY: {
    PUBLIC: 3,
    EDUCATION: 2.5,
    PRIVATE: 0.3,
    FINANCIAL: 0.2,
    CULTURAL: 1.2,
    SPORT: 0.8,
    CIVIL_SOCIETY: 1,
  },
};

const TYPES: Readonly<Record<Sector, readonly string[]>> = {
  PUBLIC: ['municipal council', 'youth department', 'social services', 'employment office', 'health centre'],
  EDUCATION: [
    'kindergarten',
    'primary school',
    'secondary school',
    'vocational school',
    'adult education centre',
    'university',
  ],
  PRIVATE: ['enterprise', 'family business', 'chamber of commerce', 'business association', 'start-up'],
  FINANCIAL: ['bank', 'insurance company', 'credit union', 'community fund'],
  CULTURAL: ['library', 'museum', 'theatre', 'cultural association', 'music school'],
  SPORT: ['sport club', 'football club', 'leisure centre', 'sport federation'],
  CIVIL_SOCIETY: ['NGO', 'volunteer group', 'social cooperative', 'residents association', 'foundation'],
};

const THEMES = [
  'lifelong learning',
  'digital skills',
  'inclusion',
  'youth',
  'employment',
  'environment',
  'health',
  'heritage',
  'entrepreneurship',
  'active ageing',
  'mobility',
  'arts',
];

/** mulberry32: small, fast, good enough for synthetic data, and the same on every platform. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker<T> {
  private readonly cumulative: number[] = [];
  private total = 0;
  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    for (const weight of weights) {
      this.total += weight;
      this.cumulative.push(this.total);
    }
  }
  get isEmpty(): boolean {
    return this.items.length === 0 || this.total <= 0;
  }
  pick(random: () => number): T {
    const target = random() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const isoDate = (year: number, dayOfYear: number): string =>
  new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

interface CommunityPool {
  all: Picker<StakeholderRecord>;
  bySector: Map<Sector, Picker<StakeholderRecord>>;
}

export function generateNetwork(options: GeneratorOptions): NetworkDocument {
  const prefix = options.idPrefix ?? 'gen';
  const regionId = options.regionId ?? `${prefix}-region`;
  const country = options.country ?? 'PT';
  const membershipsPerStakeholder = options.membershipsPerStakeholder ?? 5;
  const meanMembers = Math.max(2, options.meanMembersPerPartnership ?? 3);
  const maxMembers = Math.max(2, options.maxMembersPerPartnership ?? 12);
  const homophily = options.homophily ?? 0.45;
  const crossCommunity = options.crossCommunityShare ?? 0.03;
  const firstYear = options.firstYear ?? 2012;
  const lastYear = options.lastYear ?? 2027;
  const random = createRandom(options.seed);
  const chance = (p: number): boolean => random() < p;
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const oneOf = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sectorPicker = new Picker(
    SECTORS,
    SECTORS.map((s) => SECTOR_SHARES[s]),
  );
  const width = (n: number): number => String(Math.max(1, n)).length;

  const communities: CommunityRecord[] = [];
  const stakeholders: StakeholderRecord[] = [];
  const pools: CommunityPool[] = [];
  for (let c = 1; c <= options.communities; c += 1) {
    const community: CommunityRecord = {
      id: `${prefix}-c${pad(c, width(options.communities))}`,
      name: `Community ${c}`,
      country,
      kind: oneOf([
        CommunityKind.TOWN,
        CommunityKind.CITY,
        CommunityKind.MUNICIPALITY,
        CommunityKind.VILLAGE,
      ]),
      population: options.stakeholdersPerCommunity * between(20, 120),
      region: regionId,
    };
    communities.push(community);
    const members: StakeholderRecord[] = [];
    const activity: number[] = [];
    for (let s = 1; s <= options.stakeholdersPerCommunity; s += 1) {
      const sector = sectorPicker.pick(random);
      const type = oneOf(TYPES[sector]);
      const stakeholder: StakeholderRecord = {
        id: `${community.id}-s${pad(s, width(options.stakeholdersPerCommunity))}`,
        name: `${community.name} ${type} ${s}`,
        sector,
        type,
        community: community.id,
      };
      if (chance(0.3)) stakeholder.website = `https://example.org/${stakeholder.id}`;
      members.push(stakeholder);
      // A skewed activity level: a few hubs, many occasional partners (roughly a power law).
      activity.push(1 / Math.pow(1 - random() * 0.97, 0.9));
    }
    stakeholders.push(...members);
    const bySector = new Map<Sector, Picker<StakeholderRecord>>();
    for (const sector of SECTORS) {
      const indexes = members.map((m, i) => (m.sector === sector ? i : -1)).filter((i) => i >= 0);
      bySector.set(
        sector,
        new Picker(
          indexes.map((i) => members[i] as StakeholderRecord),
          indexes.map((i) => activity[i] ?? 1),
        ),
      );
    }
    pools.push({ all: new Picker(members, activity), bySector });
  }

  // Members per partnership: 2 + a geometric tail with the requested mean, capped.
  const extraMean = meanMembers - 2;
  const memberCount = (): number => {
    let k = 2;
    const p = extraMean / (1 + extraMean);
    while (k < maxMembers && chance(p)) k += 1;
    return k;
  };

  const partnerships: PartnershipRecord[] = [];
  const perCommunity = Math.round(
    (options.stakeholdersPerCommunity * membershipsPerStakeholder) / meanMembers,
  );
  const total = perCommunity * options.communities;
  let serial = 0;
  for (let c = 0; c < pools.length; c += 1) {
    const pool = pools[c] as CommunityPool;
    if (pool.all.isEmpty) continue;
    for (let i = 0; i < perCommunity; i += 1) {
      serial += 1;
      const lead = pool.all.pick(random);
      const wanted = Math.min(memberCount(), options.stakeholdersPerCommunity * pools.length);
      const chosen = new Map<string, StakeholderRecord>([[lead.id, lead]]);
      for (let attempt = 0; chosen.size < wanted && attempt < wanted * 6; attempt += 1) {
        const from =
          pools.length > 1 && chance(crossCommunity)
            ? (pools[between(0, pools.length - 1)] as CommunityPool)
            : pool;
        const affinity = AFFINITY[lead.sector];
        const sector = chance(homophily)
          ? lead.sector
          : new Picker(
              SECTORS,
              SECTORS.map((s) => affinity[s]),
            ).pick(random);
        const sectorPool = from.bySector.get(sector);
        if (!sectorPool || sectorPool.isEmpty) continue;
        const member = sectorPool.pick(random);
        chosen.set(member.id, member);
      }
      const memberList = [...chosen.values()];
      const business = memberList.some((m) => m.sector === Sector.PRIVATE || m.sector === Sector.FINANCIAL);
      const kind =
        business && chance(0.35)
          ? oneOf([PartnershipKind.SPONSORSHIP, PartnershipKind.CHARITY])
          : oneOf([
              PartnershipKind.PROJECT,
              PartnershipKind.PROJECT,
              PartnershipKind.CONSORTIUM,
              PartnershipKind.AGREEMENT,
              PartnershipKind.NETWORK,
            ]);
      const members: MemberRecord[] = memberList.map((m, index) => ({
        stakeholder: m.id,
        role:
          index === 0
            ? MemberRole.LEAD
            : m.sector === Sector.FINANCIAL && chance(0.5)
              ? MemberRole.FUNDER
              : MemberRole.PARTNER,
      }));
      const partnership: PartnershipRecord = {
        id: `${prefix}-p${pad(serial, width(total))}`,
        name: `${kind.toLowerCase()} ${serial} of ${lead.name}`,
        kind,
        themes: chance(0.8) ? [...new Set([oneOf(THEMES), oneOf(THEMES)])].sort() : [],
        members,
      };
      if (!chance(0.05)) {
        const startYear = between(firstYear, lastYear);
        partnership.startedOn = isoDate(startYear, between(0, 364));
        if (chance(0.35)) partnership.endedOn = isoDate(startYear + between(1, 6), between(0, 364));
      }
      if (chance(0.2))
        partnership.description = `A ${kind.toLowerCase()} on ${partnership.themes?.[0] ?? 'local development'}.`;
      partnerships.push(partnership);
    }
  }

  return {
    format: NETWORK_FORMAT,
    regions: [{ id: regionId, name: `Generated region ${options.seed}`, country }],
    communities,
    stakeholders,
    partnerships,
  };
}
