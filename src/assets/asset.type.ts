import { Field, ID, ObjectType } from 'type-graphql';
import { DESCRIBE } from '../domain/descriptions';
import { AssetKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({
  description: 'What a stakeholder can bring: a venue, expertise, funding… (docs/needs-and-assets.md).',
})
export class Asset {
  @Field(() => ID, { description: DESCRIBE.id('assets', 'pt-evora-athletics-track') })
  id!: string;

  @Field({ description: DESCRIBE.name })
  name!: string;

  @Field(() => AssetKind, { description: 'What sort of resource it is: venue, expertise, funding…' })
  kind!: AssetKind;

  @Field(() => [String], { description: 'The needs it can serve, as free tags matched against need themes.' })
  themes!: string[];

  @Field(() => String, { nullable: true, description: DESCRIBE.description })
  description!: string | null;

  /** Not exposed directly: the `stakeholder` field resolves it through the per-request loader. */
  stakeholderId!: string | null;
}

@ObjectType({ description: 'A page of assets.' })
export class AssetConnection extends Connection(Asset) {}

@ObjectType({ description: 'What deleting an asset removed.' })
export class DeleteAssetPayload {
  @Field(() => ID, { description: DESCRIBE.deletedId })
  deletedId!: string;
}
