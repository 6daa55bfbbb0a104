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
import { DESCRIBE } from '../domain/descriptions';
import { Community } from '../communities/community.type';
import type { AppContext } from '../graphql/context';
import { NestedListArgs, pageRequest, toConnection } from '../graphql/pagination';
import { Partnership } from '../partnerships/partnership.type';
import { CreateNeedInput, NeedListArgs, UpdateNeedInput } from './need.input';
import { DeleteNeedPayload, Need, NeedConnection } from './need.type';

@Resolver(() => Need)
export class NeedResolver {
  @Query(() => Need, { nullable: true, description: 'The need with this id, or null.' })
  need(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('need') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Need | null> {
    return ctx.loaders.need.load(id);
  }

  @Query(() => NeedConnection, { description: "Communities' needs, filtered and paged." })
  async needs(
    @Args() args: NeedListArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NeedConnection> {
    const page = pageRequest(args, args.orderBy, info);
    return toConnection(await ctx.services.needs.list(args, page), page);
  }

  @FieldResolver(() => Community, { nullable: true, description: 'The community that has the need.' })
  community(@Root() need: Need, @Ctx() ctx: AppContext): Promise<Community | null> {
    return need.communityId === null ? Promise.resolve(null) : ctx.loaders.community.load(need.communityId);
  }

  @FieldResolver(() => [Partnership], {
    description:
      'The first partnerships addressing it by name (any status; see needCoverage for those active at a date).',
  })
  addressedBy(
    @Root() need: Need,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership[]> {
    return ctx.loaders.partnershipsAddressingNeed.load({ id: need.id, first: args.first });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Need, {
    description:
      'Creates a need (role EDITOR). NOT_FOUND when the community does not exist, CONFLICT when the id is taken.',
  })
  createNeed(
    @Arg('input', { description: DESCRIBE.input('need') }) input: CreateNeedInput,
    @Ctx() ctx: AppContext,
  ): Promise<Need> {
    return ctx.services.needs.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Need, {
    description: 'Changes the fields given (role EDITOR); NOT_FOUND for an unknown id.',
  })
  updateNeed(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('need') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdateNeedInput,
    @Ctx() ctx: AppContext,
  ): Promise<Need> {
    return ctx.services.needs.update(id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeleteNeedPayload, {
    description: 'Deletes a need; the partnerships that addressed it stay, without the link.',
  })
  deleteNeed(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('need') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<DeleteNeedPayload> {
    return ctx.services.needs.delete(id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Records that a partnership addresses a need; adding it twice changes nothing.',
  })
  addNeedAddressed(
    @Arg('partnershipId', () => ID, { description: 'The partnership; NOT_FOUND when there is none.' })
    partnershipId: string,
    @Arg('needId', () => ID, { description: 'The need it addresses; NOT_FOUND when there is none.' })
    needId: string,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.needs.addAddressed(partnershipId, needId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Partnership, {
    description: 'Removes that link; NOT_FOUND when the partnership does not address the need.',
  })
  removeNeedAddressed(
    @Arg('partnershipId', () => ID, { description: 'The partnership; NOT_FOUND when there is none.' })
    partnershipId: string,
    @Arg('needId', () => ID, { description: 'The need it addresses; NOT_FOUND when there is none.' })
    needId: string,
    @Ctx() ctx: AppContext,
  ): Promise<Partnership> {
    return ctx.services.needs.removeAddressed(partnershipId, needId);
  }
}

/** The needs-side fields of Community and Partnership, kept with the needs feature. */
@Resolver(() => Community)
export class CommunityNeedsResolver {
  @FieldResolver(() => [Need], {
    description: 'Its first needs by name; `needs(communityId:)` pages through all.',
  })
  needs(@Root() community: Community, @Args() args: NestedListArgs, @Ctx() ctx: AppContext): Promise<Need[]> {
    return ctx.loaders.needsOfCommunity.load({ id: community.id, first: args.first });
  }
}

@Resolver(() => Partnership)
export class PartnershipNeedsResolver {
  @FieldResolver(() => [Need], {
    description: 'The first needs it addresses by name; `needs(addressedBy:)` pages through all.',
  })
  addresses(
    @Root() partnership: Partnership,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Need[]> {
    return ctx.loaders.needsOfPartnership.load({ id: partnership.id, first: args.first });
  }
}
