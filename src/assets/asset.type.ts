import { Field, ID, ObjectType } from 'type-graphql';
import { AssetKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({
  description: 'What a stakeholder can bring: a venue, expertise, funding… (docs/needs-and-assets.md).',
})
export class Asset {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => AssetKind)
  kind!: AssetKind;

  @Field(() => [String], { description: 'The needs it can serve, as free tags matched against need themes.' })
  themes!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  /** Not exposed directly: the `stakeholder` field resolves it through the per-request loader. */
  stakeholderId!: string | null;
}

@ObjectType()
export class AssetConnection extends Connection(Asset) {}

@ObjectType({ description: 'What deleting an asset removed.' })
export class DeleteAssetPayload {
  @Field(() => ID)
  deletedId!: string;
}
