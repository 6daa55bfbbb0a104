import type { NonEmptyArray } from 'type-graphql';
import { CommunityAnalyticsResolver, RegionAnalyticsResolver } from '../analytics/analytics.resolver';
import {
  CommunityStructureResolver,
  RegionStructureResolver,
  StakeholderPositionResolver,
} from '../analytics/structure.resolver';
import {
  CommunityNeedsAnalyticsResolver,
  ComparisonNeedsResolver,
  NeedReportResolver,
  RegionNeedsAnalyticsResolver,
} from '../analytics/needs.resolver';
import {
  MaturityWordingResolver,
  NeedRecommendationWordingResolver,
  RecommendationWordingResolver,
  SectorGapWordingResolver,
} from '../analytics/wording.resolver';
import { CommunityResolver } from '../communities/community.resolver';
import { AssetResolver, StakeholderAssetsResolver } from '../assets/asset.resolver';
import { NetworkResolver } from '../importer/network.resolver';
import { CommunityNeedsResolver, NeedResolver, PartnershipNeedsResolver } from '../needs/need.resolver';
import { PartnershipResolver } from '../partnerships/partnership.resolver';
import { RegionResolver } from '../regions/region.resolver';
import { StakeholderResolver } from '../stakeholders/stakeholder.resolver';
import { SummaryResolver } from '../summaries/summary.resolver';
import { SystemResolver } from '../system/system.resolver';

/** Every resolver class of the schema; a feature registers its resolvers here. */
export const resolvers: NonEmptyArray<new (...args: never[]) => object> = [
  SystemResolver,
  CommunityAnalyticsResolver,
  RegionAnalyticsResolver,
  CommunityStructureResolver,
  RegionStructureResolver,
  StakeholderPositionResolver,
  CommunityNeedsAnalyticsResolver,
  RegionNeedsAnalyticsResolver,
  ComparisonNeedsResolver,
  NeedReportResolver,
  SectorGapWordingResolver,
  RecommendationWordingResolver,
  NeedRecommendationWordingResolver,
  MaturityWordingResolver,
  RegionResolver,
  CommunityResolver,
  StakeholderResolver,
  PartnershipResolver,
  SummaryResolver,
  NeedResolver,
  CommunityNeedsResolver,
  PartnershipNeedsResolver,
  AssetResolver,
  StakeholderAssetsResolver,
  NetworkResolver,
];
