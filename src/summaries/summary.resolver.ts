import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../graphql/context';
import { selectedFields } from '../graphql/look-ahead';
import { PartnershipFilterArgs } from '../partnerships/partnership.input';
import { StakeholderFilterArgs } from '../stakeholders/stakeholder.input';
import { PartnershipSummary, StakeholderSummary } from './summary.type';

/**
 * Summaries over the top-level lists, with the lists' own filter arguments. Only the groups the
 * operation selects are computed, all in one query.
 */
@Resolver()
export class SummaryResolver {
  @Query(() => StakeholderSummary, {
    description:
      'Counts of the stakeholders `stakeholders` lists with the same filters, grouped by sector, community and type (docs/queries.md).',
  })
  stakeholdersSummary(
    @Args() filter: StakeholderFilterArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StakeholderSummary> {
    const selected = selectedFields(info);
    return ctx.services.stakeholders.summarize(filter, {
      bySector: selected.has('bySector'),
      byCommunity: selected.has('byCommunity'),
      byType: selected.has('byType'),
    });
  }

  @Query(() => PartnershipSummary, {
    description:
      'Counts of the partnerships `partnerships` lists with the same filters, grouped by kind, start year, community and member sector (docs/queries.md).',
  })
  partnershipsSummary(
    @Args() filter: PartnershipFilterArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PartnershipSummary> {
    const selected = selectedFields(info);
    return ctx.services.partnerships.summarize(filter, {
      byKind: selected.has('byKind'),
      byYear: selected.has('byYear'),
      byCommunity: selected.has('byCommunity'),
      bySector: selected.has('bySector'),
    });
  }
}
