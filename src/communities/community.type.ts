import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommunityKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({
  description: 'A learning community: a village, town, city or region whose stakeholders partner.',
})
export class Community {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;

  @Field(() => CommunityKind)
  kind!: CommunityKind;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  /**
   * Not exposed directly. Producers that already know it may set it; the `region` field resolves
   * through a per-request loader keyed by the community's id either way.
   */
  regionId?: string | null;
}

@ObjectType()
export class CommunityConnection extends Connection(Community) {}

@ObjectType({ description: 'What deleting a community removed.' })
export class DeleteCommunityPayload {
  @Field(() => ID)
  deletedId!: string;

  @Field(() => Int, { description: 'Stakeholders deleted with it (only with cascade).' })
  deletedStakeholders!: number;

  @Field(() => Int, { description: 'Memberships of those stakeholders removed.' })
  removedMemberships!: number;
}
