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
import type { AppContext } from '../graphql/context';
import { NestedListArgs, pageRequest, toConnection } from '../graphql/pagination';
import { Region } from '../regions/region.type';
import { Stakeholder } from '../stakeholders/stakeholder.type';
import { CommunityListArgs, CreateCommunityInput, UpdateCommunityInput } from './community.input';
import { Community, CommunityConnection, DeleteCommunityPayload } from './community.type';
import { DESCRIBE } from '../domain/descriptions';

@Resolver(() => Community)
export class CommunityResolver {
  @Query(() => Community, { nullable: true, description: 'The community with this id, or null.' })
  community(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('community') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Community | null> {
    return ctx.loaders.community.load(id);
  }

  @Query(() => CommunityConnection, { description: 'Communities, filtered and paged.' })
  async communities(
    @Args() args: CommunityListArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommunityConnection> {
    const page = pageRequest(args, args.orderBy, info);
    return toConnection(await ctx.services.communities.list(args, page), page);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region it is part of.' })
  region(@Root() community: Community, @Ctx() ctx: AppContext): Promise<Region | null> {
    return ctx.loaders.regionOfCommunity.load(community.id);
  }

  @FieldResolver(() => [Stakeholder], {
    description:
      'The first stakeholders based in it, by name; `stakeholders(communityId:)` pages through all of them.',
  })
  stakeholders(
    @Root() community: Community,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Stakeholder[]> {
    return ctx.loaders.stakeholdersOfCommunity.load({ id: community.id, first: args.first });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Community, { description: 'NOT_FOUND when the region does not exist.' })
  createCommunity(
    @Arg('input', { description: DESCRIBE.input('community') }) input: CreateCommunityInput,
    @Ctx() ctx: AppContext,
  ): Promise<Community> {
    return ctx.services.communities.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Community, { description: 'Changes the fields given; NOT_FOUND for an unknown id.' })
  updateCommunity(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('community') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdateCommunityInput,
    @Ctx() ctx: AppContext,
  ): Promise<Community> {
    return ctx.services.communities.update(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteCommunityPayload, {
    description:
      'Deletes a community. Refused (CONFLICT) while stakeholders are based in it unless cascade is true, which deletes them too.',
  })
  deleteCommunity(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('community') }) id: string,
    @Arg('cascade', {
      defaultValue: false,
      description:
        'Also delete its stakeholders (with their memberships and assets) and its needs; false refuses with CONFLICT while stakeholders are based in it.',
    })
    cascade: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<DeleteCommunityPayload> {
    return ctx.services.communities.delete(id, cascade);
  }
}
