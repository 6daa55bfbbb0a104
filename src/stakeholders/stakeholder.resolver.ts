import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../auth/role';
import { Community } from '../communities/community.type';
import { listKey } from '../db/paging';
import type { AppContext } from '../graphql/context';
import { projectionOf } from '../db/projection';
import { agreedArgs, fieldsSelectedOn, lookAhead, selectionsOf } from '../graphql/look-ahead';
import { MAX_PAGE_SIZE, PageArgs, pageRequest, toConnection } from '../graphql/pagination';
import { PARTNERSHIP_FIELD_NEEDS, PARTNERSHIP_PROPERTIES } from '../partnerships/partnership.node';
import { Membership } from '../partnerships/partnership.type';
import {
  CreateStakeholderInput,
  StakeholderLinksArgs,
  StakeholderListArgs,
  UpdateStakeholderInput,
} from './stakeholder.input';
import { STAKEHOLDER_FIELD_NEEDS, STAKEHOLDER_PROPERTIES } from './stakeholder.node';
import type { StakeholderPageNesting } from './stakeholder.service';
import { DeleteStakeholderPayload, Stakeholder, StakeholderConnection } from './stakeholder.type';
import { DESCRIBE } from '../domain/descriptions';

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
    @Args() paging: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<StakeholderConnection> {
    const page = pageRequest(paging, args.orderBy, info);
    return toConnection(await ctx.services.stakeholders.list(args, page, pageNesting(info)), page);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community it is based in.' })
  community(@Root() stakeholder: Stakeholder, @Ctx() ctx: AppContext): Promise<Community | null> {
    return ctx.loaders.communityOfStakeholder.load(stakeholder.id);
  }

  @FieldResolver(() => [Membership], {
    description: 'Its first memberships of partnerships by partnership name, with its role.',
  })
  partnerships(
    @Root() stakeholder: Stakeholder,
    @Args() args: StakeholderLinksArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Membership[]> | Membership[] {
    const key = { id: stakeholder.id, first: args.first, asOf: args.asOf ?? null };
    const prefetched = stakeholder.prefetchedPartnerships;
    if (prefetched?.key === listKey(key)) return prefetched.value;
    return ctx.loaders.membershipsOfStakeholder.load(key);
  }

  @FieldResolver(() => [Stakeholder], {
    description: 'The first other members of its partnerships, each once, by name.',
  })
  partners(
    @Root() stakeholder: Stakeholder,
    @Args() args: StakeholderLinksArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder[]> {
    return ctx.loaders.partnersOfStakeholder.load({
      id: stakeholder.id,
      first: args.first,
      asOf: args.asOf ?? null,
    });
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

const isCap = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PAGE_SIZE;

/**
 * Look-ahead: when the page's stakeholders select `partnerships` (and their partnerships `members`),
 * each with one set of arguments, the page query fetches those levels too. Arguments a field resolver
 * would refuse are left to it (no prefetch), so its validation error still reaches the client. Of
 * each node only the id and the properties selected anywhere in the tree on its type are read.
 */
function pageNesting(info: GraphQLResolveInfo): StakeholderPageNesting {
  const tree = lookAhead(info);
  const properties = {
    stakeholder: projectionOf(
      STAKEHOLDER_PROPERTIES,
      STAKEHOLDER_FIELD_NEEDS,
      fieldsSelectedOn(tree, 'Stakeholder'),
    ),
    partnership: projectionOf(
      PARTNERSHIP_PROPERTIES,
      PARTNERSHIP_FIELD_NEEDS,
      fieldsSelectedOn(tree, 'Partnership'),
    ),
  };
  const nodes = [
    ...selectionsOf(tree, 'StakeholderConnection', 'nodes'),
    ...selectionsOf(tree, 'StakeholderConnection', 'edges').flatMap((edge) =>
      selectionsOf(edge, 'StakeholderEdge', 'node'),
    ),
  ];
  const partnerships = nodes.flatMap((node) => selectionsOf(node, 'Stakeholder', 'partnerships'));
  const args = agreedArgs(partnerships);
  if (!args || !isCap(args.first)) return { memberships: null, properties };
  const members = partnerships
    .flatMap((membership) => selectionsOf(membership, 'Membership', 'partnership'))
    .flatMap((partnership) => selectionsOf(partnership, 'Partnership', 'members'));
  const membersArgs = agreedArgs(members);
  return {
    properties,
    memberships: {
      first: args.first,
      asOf: typeof args.asOf === 'string' ? args.asOf : null,
      membersFirst: membersArgs && isCap(membersArgs.first) ? membersArgs.first : null,
    },
  };
}
