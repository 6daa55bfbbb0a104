import type { GapKind, Sector, Stage } from './sectors';

const CREDENTIAL = 'partnership-graph.credential';

/** The API key or token the user typed, kept for this browser tab's session only. */
export const credential = {
  get: (): string | null => sessionStorage.getItem(CREDENTIAL),
  set: (value: string): void => sessionStorage.setItem(CREDENTIAL, value.trim()),
  clear: (): void => sessionStorage.removeItem(CREDENTIAL),
};

/** A JWT has three base64url parts; anything else is taken as an API key. */
function authorization(value: string): string {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value) ? `Bearer ${value}` : `ApiKey ${value}`;
}

/** The server wants credentials (none given, or the given ones were refused). */
export class CredentialsNeeded extends Error {
  constructor(readonly refused: boolean) {
    super(refused ? 'The API key or token was refused.' : 'This server needs an API key or token.');
  }
}

export class ApiError extends Error {}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs one of the documents in queries/ to this origin's /graphql. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  const given = credential.get();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (given) headers.authorization = authorization(given);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as Response<T>;
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  if (response.status === 401 || codes.includes('UNAUTHENTICATED'))
    throw new CredentialsNeeded(given !== null);
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`the API answered HTTP ${response.status}`);
  return body.data;
}

// The shapes of the documents' results.

export interface StakeholderRef {
  id: string;
  name: string;
  sector: Sector;
}

export interface Who {
  degree: number;
  stakeholder: StakeholderRef;
}

export interface GapCounts {
  missing: number;
  charityOnly: number;
  weak: number;
  absentSector: number;
}

export interface Maturity {
  stage: Stage;
  reasons: string[];
}

export interface MatrixCell {
  sectorA: Sector;
  sectorB: Sector;
  ties: number;
  substantiveTies: number;
  possible: number;
  density: number | null;
  partnerships: number;
}

export interface Gap {
  kind: GapKind;
  sectorA: Sector;
  sectorB: Sector;
  countA: number;
  countB: number;
  ties: number;
  substantiveTies: number;
  possible: number;
  explanation: string;
}

export interface Recommendation {
  sectorA: Sector;
  sectorB: Sector;
  adamicAdar: number;
  commonNeighbours: number;
  explanation: string;
  source: Who;
  target: Who;
  introducers: { contribution: number; position: Who }[];
}

export interface Broker extends Who {
  eiIndex: number | null;
  effectiveSize: number | null;
  constraint: number | null;
  sectorsReached: Sector[];
  brokerage: { liaison: number; gatekeeper: number; consultant: number; coordinator: number; total: number };
}

export interface RegionsResult {
  regions: {
    totalCount: number;
    nodes: { id: string; name: string; country: string; communities: { id: string; name: string }[] }[];
  };
}

export interface RegionResult {
  region: {
    id: string;
    name: string;
    country: string;
    interCommunityEdges: number;
    communityComparison: {
      community: {
        id: string;
        name: string;
        kind: string;
        population: number | null;
        trend: { year: number; profile: { spectrumCoverage: number; maturity: { stage: Stage } } }[];
      };
      profile: {
        stakeholders: number;
        edges: number;
        activePartnerships: number;
        spectrumCoverage: number;
        eiIndex: number | null;
        maturity: Maturity;
        gapCounts: GapCounts;
      };
    }[];
  } | null;
}

export interface CommunityResult {
  community: {
    id: string;
    name: string;
    kind: string;
    country: string;
    population: number | null;
    region: { id: string; name: string } | null;
    profile: {
      asOf: string;
      stakeholders: number;
      edges: number;
      substantiveEdges: number;
      density: number | null;
      spectrumCoverage: number;
      eiIndex: number | null;
      normalizedBlau: number | null;
      externalTies: number;
      activePartnerships: number;
      gapCounts: GapCounts;
      maturity: Maturity;
    };
    sectorMatrix: MatrixCell[];
    gaps: Gap[];
    recommendations: Recommendation[];
  } | null;
}

export interface BrokersResult {
  community: { id: string; brokers: Broker[] } | null;
}

export interface TrendResult {
  community: {
    id: string;
    trend: {
      year: number;
      profile: {
        stakeholders: number;
        edges: number;
        spectrumCoverage: number;
        maturity: { stage: Stage };
        gapCounts: GapCounts;
      };
    }[];
  } | null;
}

export interface NetworkPage {
  stakeholders: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: NetworkStakeholder[];
  };
}

export interface NetworkStakeholder extends StakeholderRef {
  type: string | null;
  partnerships: { role: 'LEAD' | 'PARTNER' | 'FUNDER'; partnership: { id: string; kind: string } }[];
}

export interface StakeholderResult {
  stakeholder: {
    id: string;
    name: string;
    sector: Sector;
    type: string | null;
    website: string | null;
    community: { id: string; name: string } | null;
    partnerships: {
      role: string;
      partnership: {
        id: string;
        name: string;
        kind: string;
        startedOn: string | null;
        endedOn: string | null;
      };
    }[];
    partners: (StakeholderRef & { community: { id: string } | null })[];
  } | null;
}
