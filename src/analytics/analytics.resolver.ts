import { Args, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { today } from '../domain/dates';
import { BadUserInputError } from '../errors';
import type { AppContext } from '../graphql/context';
import { Region } from '../regions/region.type';
import {
  AsOfArgs,
  BridgeArgs,
  RankedArgs,
  MAX_TREND_YEARS,
  RecommendationArgs,
  TrendArgs,
} from './analytics.args';
import type { AnalyticsSession, Scope } from './analytics.service';
import { bridgeOf, communityOf, positionOf, profileOf, recommendationOf } from './analytics.mapper';
import {
  CommunityComparison,
  PartnerGraphProfile,
  PartnerRecommendation,
  SectorBridge,
  SectorGap,
  SectorMatrixCell,
  StakeholderPosition,
  TrendPoint,
} from './analytics.type';
import { bridges, rankBrokers } from './brokerage';

export const sessionOf = (ctx: AppContext): AnalyticsSession => ctx.analytics;

/**
 * The analytic fields, declared once for Community and Region (type-graphql's resolver inheritance):
 * a region is analysed as the union of its communities.
 */
function createAnalyticsResolver<T extends { id: string }>(type: ClassType<T>, kind: Scope['kind']) {
  const scopeOf = (root: T): Scope => ({ kind, id: root.id });
  /** `roles`: the field shows stakeholder positions (AnalyticsSession.analysis). */
  const analysis = (ctx: AppContext, root: T, asOf: string | null | undefined, roles = false) =>
    sessionOf(ctx).analysis(scopeOf(root), asOf ?? today(), { roles });

  // Not listed in the resolvers itself: only the concrete subclasses below are.
  @Resolver(() => type)
  abstract class AnalyticsResolver {
    @FieldResolver(() => PartnerGraphProfile, {
      description: 'Headline measures of the partner graph at asOf.',
    })
    async profile(
      @Root() root: T,
      @Args() { asOf }: AsOfArgs,
      @Ctx() ctx: AppContext,
    ): Promise<PartnerGraphProfile> {
      const a = await analysis(ctx, root, asOf);
      await a.profileInTurns(sessionOf(ctx).nextTurn);
      return profileOf(a);
    }

    @FieldResolver(() => [SectorMatrixCell], { description: 'The 28 sector pairs a ≤ b in enum order.' })
    async sectorMatrix(
      @Root() root: T,
      @Args() { asOf }: AsOfArgs,
      @Ctx() ctx: AppContext,
    ): Promise<SectorMatrixCell[]> {
      return (await analysis(ctx, root, asOf)).matrix.cells;
    }

    @FieldResolver(() => [SectorGap], {
      description:
        'Cross-sector gaps: MISSING, CHARITY_ONLY, WEAK, then ABSENT_SECTOR; by possible pairs within a kind.',
    })
    async gaps(@Root() root: T, @Args() { asOf }: AsOfArgs, @Ctx() ctx: AppContext): Promise<SectorGap[]> {
      return (await analysis(ctx, root, asOf)).gaps;
    }

    @FieldResolver(() => [PartnerRecommendation], {
      description: 'Pairs that could close a gap, ranked by Adamic-Adar, each with its introducers.',
    })
    async recommendations(
      @Root() root: T,
      @Args() { asOf, sectors, first, includeCold }: RecommendationArgs,
      @Ctx() ctx: AppContext,
    ): Promise<PartnerRecommendation[]> {
      const a = await analysis(ctx, root, asOf, true);
      const found = await a.recommendationsInTurns(
        sectors ?? null,
        first,
        includeCold,
        sessionOf(ctx).nextTurn,
      );
      return found.map((r) => recommendationOf(a, r));
    }

    @FieldResolver(() => [StakeholderPosition], {
      description: 'Stakeholders brokering open triads, by liaison count, then gatekeeper count, then id.',
    })
    async brokers(
      @Root() root: T,
      @Args() { asOf, first }: RankedArgs,
      @Ctx() ctx: AppContext,
    ): Promise<StakeholderPosition[]> {
      const a = await analysis(ctx, root, asOf, true);
      return a
        .memoized(`brokers|${first}`, () => rankBrokers(a.graph, a.roles, first))
        .map((v) => positionOf(a, v));
    }

    @FieldResolver(() => [SectorBridge], {
      description: 'Stakeholders with partners in both sectors, by (partners in A)·(partners in B).',
    })
    async bridges(
      @Root() root: T,
      @Args() { asOf, sectorA, sectorB, first }: BridgeArgs,
      @Ctx() ctx: AppContext,
    ): Promise<SectorBridge[]> {
      if (sectorA === sectorB)
        throw new BadUserInputError('sectorA and sectorB must be two different sectors');
      const a = await analysis(ctx, root, asOf, true);
      return bridges(a.graph, sectorA, sectorB, first).map((b) => bridgeOf(a, b));
    }

    @FieldResolver(() => [TrendPoint], {
      description: 'The profile at 31 December of each year from fromYear to toYear.',
    })
    async trend(
      @Root() root: T,
      @Args() { fromYear, toYear }: TrendArgs,
      @Ctx() ctx: AppContext,
    ): Promise<TrendPoint[]> {
      if (fromYear > toYear) throw new BadUserInputError(`fromYear ${fromYear} is after toYear ${toYear}`);
      if (toYear - fromYear >= MAX_TREND_YEARS)
        throw new BadUserInputError(
          `a trend covers at most ${MAX_TREND_YEARS} years; narrow ${fromYear}–${toYear}`,
        );
      const points = await sessionOf(ctx).trend(scopeOf(root), fromYear, toYear);
      return points.map(({ year, analysis: a }) => ({ year, profile: profileOf(a) }));
    }
  }
  return AnalyticsResolver;
}

@Resolver(() => Community)
export class CommunityAnalyticsResolver extends createAnalyticsResolver(Community, 'community') {}

@Resolver(() => Region)
export class RegionAnalyticsResolver extends createAnalyticsResolver(Region, 'region') {
  @FieldResolver(() => Int, {
    description: 'Edges of the region partner graph joining two of its communities.',
  })
  async interCommunityEdges(
    @Root() region: Region,
    @Args() { asOf }: AsOfArgs,
    @Ctx() ctx: AppContext,
  ): Promise<number> {
    return (await sessionOf(ctx).analysis({ kind: 'region', id: region.id }, asOf ?? today()))
      .interCommunityEdges;
  }

  @FieldResolver(() => [CommunityComparison], {
    description: 'One row per community of the region: its own profile (headline measures and stage).',
  })
  async communityComparison(
    @Root() region: Region,
    @Args() { asOf }: AsOfArgs,
    @Ctx() ctx: AppContext,
  ): Promise<CommunityComparison[]> {
    const rows = await sessionOf(ctx).communities(region.id, asOf ?? today());
    return rows.map(({ community, analysis: a }) => ({
      community: communityOf(community),
      profile: profileOf(a),
    }));
  }
}
