import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommunityKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';
import { DESCRIBE } from '../domain/descriptions';

@ObjectType({
  description: 'A learning community: a village, town, city or region whose stakeholders partner.',
})
export class Community {
  @Field(() => ID, { description: DESCRIBE.id('communities', 'pt-evora') })
  id!: string;

  @Field({ description: DESCRIBE.name })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;

  @Field(() => CommunityKind, {
    description: 'What sort of place it is: village, town, city, municipality or region.',
  })
  kind!: CommunityKind;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, if known; null otherwise.' })
  population!: number | null;

  /**
   * Not exposed directly. Producers that already know it may set it; the `region` field resolves
   * through a per-request loader keyed by the community's id either way.
   */
  regionId?: string | null;
}

@ObjectType({ description: 'A page of communities.' })
export class CommunityConnection extends Connection(Community) {}

@ObjectType({ description: 'What deleting a community removed.' })
export class DeleteCommunityPayload {
  @Field(() => ID, { description: DESCRIBE.deletedId })
  deletedId!: string;

  @Field(() => Int, { description: 'Stakeholders deleted with it (only with cascade).' })
  deletedStakeholders!: number;

  @Field(() => Int, { description: 'Memberships of those stakeholders removed.' })
  removedMemberships!: number;
}
