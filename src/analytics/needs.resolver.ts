import { ArgsType, Args, Ctx, Field, FieldResolver, ID, Resolver, Root, type ClassType } from 'type-graphql';
import { Community } from '../communities/community.type';
import { today } from '../domain/dates';
import type { AppContext } from '../graphql/context';
import { Partnership } from '../partnerships/partnership.type';
import { Region } from '../regions/region.type';
import { AsOfArgs, RankedArgs } from './analytics.args';
import { sessionOf } from './analytics.resolver';
import type { Scope } from './analytics.service';
import { CommunityComparison } from './analytics.type';
import { needsOf, recommendForNeeds } from './needs-analysis';
import { coverageOf, needRecommendationOf } from './needs.present';
import { NeedCoverage, NeedRecommendation, NeedReport } from './needs.type';

@ArgsType()
export class NeedRecommendationArgs extends RankedArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this need; default every UNMET or SINGLE_SECTOR need of the scope.',
  })
  needId?: string | null;
}

/** needCoverage and needRecommendations, declared once for Community and Region (a region: all its communities' needs). */
function createNeedsAnalyticsResolver<T extends { id: string }>(type: ClassType<T>, kind: Scope['kind']) {
  @Resolver(() => type)
  abstract class NeedsAnalyticsResolver {
    @FieldResolver(() => NeedCoverage, {
      description: 'Its needs at asOf: counts by status and priority, and each need with who addresses it.',
    })
    async needCoverage(
      @Root() root: T,
      @Args() { asOf }: AsOfArgs,
      @Ctx() ctx: AppContext,
    ): Promise<NeedCoverage> {
      const a = await sessionOf(ctx).analysis({ kind, id: root.id }, asOf ?? today());
      return coverageOf(a, needsOf(a).coverage);
    }

    @FieldResolver(() => [NeedRecommendation], {
      description:
        'Pairs of different sectors, not yet partners, that hold assets for or work on a need not yet cross-sector: by gap kind (MISSING, CHARITY_ONLY, WEAK, LINKED), then Adamic-Adar, then ids.',
    })
    async needRecommendations(
      @Root() root: T,
      @Args() { asOf, first, needId }: NeedRecommendationArgs,
      @Ctx() ctx: AppContext,
    ): Promise<NeedRecommendation[]> {
      const a = await sessionOf(ctx).analysis({ kind, id: root.id }, asOf ?? today(), { roles: true });
      return recommendForNeeds(a, needId ?? null, first).map((r) => needRecommendationOf(a, r));
    }
  }
  return NeedsAnalyticsResolver;
}

@Resolver(() => Community)
export class CommunityNeedsAnalyticsResolver extends createNeedsAnalyticsResolver(Community, 'community') {}

@Resolver(() => Region)
export class RegionNeedsAnalyticsResolver extends createNeedsAnalyticsResolver(Region, 'region') {}

@Resolver(() => CommunityComparison)
export class ComparisonNeedsResolver {
  @FieldResolver(() => NeedCoverage, { description: "The community's own need coverage at the same date." })
  async needCoverage(@Root() row: CommunityComparison, @Ctx() ctx: AppContext): Promise<NeedCoverage> {
    // The comparison's rows are memoised under the community's id and date: this finds them.
    const a = await sessionOf(ctx).analysis({ kind: 'community', id: row.community.id }, row.profile.asOf);
    return coverageOf(a, needsOf(a).coverage);
  }
}

@Resolver(() => NeedReport)
export class NeedReportResolver {
  @FieldResolver(() => [Partnership], {
    description: 'The partnerships addressing it that are active at asOf, by id.',
  })
  async addressing(@Root() report: NeedReport, @Ctx() ctx: AppContext): Promise<Partnership[]> {
    const found = await ctx.loaders.partnership.loadMany(report.addressingIds);
    return found.filter((p): p is Partnership => p !== null && !(p instanceof Error));
  }
}
