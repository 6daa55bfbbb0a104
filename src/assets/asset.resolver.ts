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
import type { AppContext } from '../graphql/context';
import { NestedListArgs, pageRequest, toConnection } from '../graphql/pagination';
import { Stakeholder } from '../stakeholders/stakeholder.type';
import { AssetListArgs, CreateAssetInput, UpdateAssetInput } from './asset.input';
import { Asset, AssetConnection, DeleteAssetPayload } from './asset.type';

@Resolver(() => Asset)
export class AssetResolver {
  @Query(() => Asset, { nullable: true, description: 'The asset with this id, or null.' })
  asset(
    @Arg('id', () => ID, { description: DESCRIBE.lookupId('asset') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Asset | null> {
    return ctx.loaders.asset.load(id);
  }

  @Query(() => AssetConnection, { description: "Stakeholders' assets, filtered and paged." })
  async assets(
    @Args() args: AssetListArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssetConnection> {
    const page = pageRequest(args, args.orderBy, info);
    return toConnection(await ctx.services.assets.list(args, page), page);
  }

  @FieldResolver(() => Stakeholder, { nullable: true, description: 'The stakeholder offering it.' })
  stakeholder(@Root() asset: Asset, @Ctx() ctx: AppContext): Promise<Stakeholder | null> {
    return asset.stakeholderId === null
      ? Promise.resolve(null)
      : ctx.loaders.stakeholder.load(asset.stakeholderId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Asset, {
    description:
      'Creates an asset (role EDITOR). NOT_FOUND when the stakeholder does not exist, CONFLICT when the id is taken.',
  })
  createAsset(
    @Arg('input', { description: DESCRIBE.input('asset') }) input: CreateAssetInput,
    @Ctx() ctx: AppContext,
  ): Promise<Asset> {
    return ctx.services.assets.create(input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Asset, {
    description: 'Changes the fields given (role EDITOR); NOT_FOUND for an unknown id.',
  })
  updateAsset(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('asset') }) id: string,
    @Arg('input', { description: DESCRIBE.changes }) input: UpdateAssetInput,
    @Ctx() ctx: AppContext,
  ): Promise<Asset> {
    return ctx.services.assets.update(id, input);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeleteAssetPayload, {
    description: 'Deletes an asset (role EDITOR); its stakeholder stays. NOT_FOUND for an unknown id.',
  })
  deleteAsset(
    @Arg('id', () => ID, { description: DESCRIBE.idOf('asset') }) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<DeleteAssetPayload> {
    return ctx.services.assets.delete(id);
  }
}

/** The assets-side field of Stakeholder, kept with the assets feature. */
@Resolver(() => Stakeholder)
export class StakeholderAssetsResolver {
  @FieldResolver(() => [Asset], {
    description: 'The first things it offers by name; `assets(stakeholderId:)` pages through all.',
  })
  assets(
    @Root() stakeholder: Stakeholder,
    @Args() args: NestedListArgs,
    @Ctx() ctx: AppContext,
  ): Promise<Asset[]> {
    return ctx.loaders.assetsOfStakeholder.load({ id: stakeholder.id, first: args.first });
  }
}
