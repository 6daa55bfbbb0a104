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
import type { AppContext } from '../graphql/context';
import { NestedListArgs, pageRequest, toConnection } from '../graphql/pagination';
import { CreateRegionInput, RegionListArgs, UpdateRegionInput } from './region.input';
import { DeleteRegionPayload, Region, RegionConnection } from './region.type';
import { DESCRIBE } from '../domain/descriptions';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'The region with this id, or null.' })
  region(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('region') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Region | null> {
    return ctx.loaders.region.load(id);
  }

  @Query(() => RegionConnection, { description: 'Regions, filtered and paged.' })
  async regions(
    @Args() args: RegionListArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RegionConnection> {
    const page = pageRequest(args, args.orderBy, info);
    return toConnection(await ctx.services.regions.list(args, page), page);
  }

  @FieldResolver(() => [Community], {
    description: 'Its first communities by name; `communities(regionId:)` pages through all of them.',
  })
  communities(
    @Root() region: Region,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Community[]> {
    return ctx.loaders.communitiesOfRegion.load({ id: region.id, first: args.first });
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Region, { description: 'Creates a region (role EDITOR); CONFLICT when the id is taken.' })
  createRegion(
    @Arg('input', { description: DESCRIBE.input('region') }) input: CreateRegionInput,
    @Ctx() ctx: AppContext,
  ): Promise<Region> {
    return ctx.services.regions.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Region, { description: 'Changes the fields given; NOT_FOUND for an unknown id.' })
  updateRegion(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('region') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdateRegionInput,
    @Ctx() ctx: AppContext,
  ): Promise<Region> {
    return ctx.services.regions.update(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteRegionPayload, {
    description:
      'Deletes a region. Refused (CONFLICT) while it holds communities unless cascade is true, which deletes them with their stakeholders.',
  })
  deleteRegion(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('region') }) id: string,
    @Arg('cascade', {
      defaultValue: false,
      description:
        'Also delete its communities with their stakeholders, memberships, assets and needs; false refuses with CONFLICT while it holds communities.',
    })
    cascade: boolean,
    @Ctx() ctx: AppContext,
  ): Promise<DeleteRegionPayload> {
    return ctx.services.regions.delete(id, cascade);
  }
}
