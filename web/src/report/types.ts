import type {
  Broker,
  Gap,
  GapCounts,
  MatrixCell,
  Maturity,
  Recommendation,
  StakeholderRef,
  Who,
} from '../api';
import type { PartnerGraph } from '../network/partner-graph';
import type { Sector, Stage } from '../sectors';

// The shapes of report-community.graphql and report-region.graphql (fragments in report-fragments.graphql).

export interface ReportProfile {
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
  sectorCounts: { sector: Sector; count: number }[];
  gapCounts: GapCounts;
  maturity: Maturity;
  businessEngagement: {
    substantive: number;
    charityOnly: number;
    none: number;
    charityOnlyStakeholders: StakeholderRef[];
  };
}

export interface ClusterBridge {
  cluster: number;
  clustersReached: number[];
  position: Who;
}

export interface TrendPoint {
  year: number;
  profile: {
    stakeholders: number;
    edges: number;
    spectrumCoverage: number;
    maturity: { stage: Stage };
    gapCounts: GapCounts;
  };
}

export type NeedStatus = 'UNMET' | 'SINGLE_SECTOR' | 'CROSS_SECTOR';
export type NeedPriority = 'HIGH' | 'MEDIUM' | 'LOW';

export interface NeedCoverage {
  total: number;
  addressed: number;
  unmet: number;
  singleSector: number;
  crossSector: number;
  businessBacked: number;
  needs: {
    status: NeedStatus;
    sectors: Sector[];
    businessBacked: boolean;
    need: { id: string; name: string; priority: NeedPriority };
    assetHolders: { stakeholder: StakeholderRef; assets: { id: string; name: string; kind: string }[] }[];
  }[];
}

/** What both scopes share. */
export interface ScopeReport {
  id: string;
  name: string;
  country: string;
  profile: ReportProfile;
  sectorMatrix: MatrixCell[];
  gaps: Gap[];
  recommendations: Recommendation[];
  brokers: Broker[];
  clusterBridges: ClusterBridge[];
  trend: TrendPoint[];
  needCoverage: NeedCoverage;
}

export interface CommunityReport extends ScopeReport {
  kind: string;
  population: number | null;
  region: { id: string; name: string } | null;
}

export interface RegionReport extends ScopeReport {
  interCommunityEdges: number;
  communityComparison: {
    community: { id: string; name: string; kind: string; population: number | null };
    profile: {
      stakeholders: number;
      edges: number;
      activePartnerships: number;
      spectrumCoverage: number;
      eiIndex: number | null;
      maturity: { stage: Stage };
      gapCounts: GapCounts;
    };
  }[];
}

export interface CommunityReportResult {
  community: CommunityReport | null;
}

export interface RegionReportResult {
  region: RegionReport | null;
}

export type ReportData = { asOf: string; graph: PartnerGraph } & (
  | { scope: 'community'; community: CommunityReport; region: null }
  | { scope: 'region'; community: null; region: RegionReport }
);
