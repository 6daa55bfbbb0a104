import { LocalDateResolver } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import { Community } from '../communities/community.type';
import type { AppContext } from '../graphql/context';
import { pageRequest, toConnection } from '../graphql/pagination';
import { Membership } from '../partnerships/partnership.type';
import { CreateStakeholderInput, StakeholderListArgs, UpdateStakeholderInput } from './stakeholder.input';
import { DeleteStakeholderPayload, Stakeholder, StakeholderConnection } from './stakeholder.type';
import { DESCRIBE } from '../domain/descriptions';

const AS_OF = 'Only partnerships active at this date (docs/measures.md); all when absent.';

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  @Query(() => Stakeholder, { nullable: true, description: 'The stakeholder with this id, or null.' })
  stakeholder(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('stakeholder') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder | null> {
    return ctx.loaders.stakeholder.load(id);
  }

  @Query(() => StakeholderConnection, { description: 'Stakeholders, filtered and paged.' })
  async stakeholders(
    @Args() args: StakeholderListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<StakeholderConnection> {
    const page = pageRequest(args, args.orderBy);
    return toConnection(await ctx.services.stakeholders.list(args, page), page);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community it is based in.' })
  community(@Root() stakeholder: Stakeholder, @Ctx() ctx: AppContext): Promise<Community | null> {
    return ctx.loaders.communityOfStakeholder.load(stakeholder.id);
  }

  @FieldResolver(() => [Membership], { description: 'Its memberships of partnerships, with its role.' })
  partnerships(
    @Root() stakeholder: Stakeholder,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: AS_OF })
    asOf: string | null | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Membership[]> {
    return ctx.loaders.membershipsOfStakeholder.load({ id: stakeholder.id, asOf: asOf ?? null });
  }

  @FieldResolver(() => [Stakeholder], {
    description: 'The other members of its partnerships, each once, by name.',
  })
  partners(
    @Root() stakeholder: Stakeholder,
    @Arg('asOf', () => LocalDateResolver, { nullable: true, description: AS_OF })
    asOf: string | null | undefined,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder[]> {
    return ctx.loaders.partnersOfStakeholder.load({ id: stakeholder.id, asOf: asOf ?? null });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Stakeholder, { description: 'NOT_FOUND when the community does not exist.' })
  createStakeholder(
    @Arg('input', { description: DESCRIBE.input('stakeholder') }) input: CreateStakeholderInput,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder> {
    return ctx.services.stakeholders.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Stakeholder, { description: 'Changes the fields given; NOT_FOUND for an unknown id.' })
  updateStakeholder(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('stakeholder') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdateStakeholderInput,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder> {
    return ctx.services.stakeholders.update(id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeleteStakeholderPayload, {
    description: 'Deletes a stakeholder with its memberships; the payload says how many were removed.',
  })
  deleteStakeholder(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('stakeholder') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<DeleteStakeholderPayload> {
    return ctx.services.stakeholders.delete(id);
  }
}
