import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/pagination';

@ObjectType({ description: 'A region groups communities, e.g. one per country in the demo network.' })
export class Region {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;
}

@ObjectType()
export class RegionConnection extends Connection(Region) {}

@ObjectType({ description: 'What deleting a region removed.' })
export class DeleteRegionPayload {
  @Field(() => ID)
  deletedId!: string;

  @Field(() => Int, { description: 'Communities deleted with it (only with cascade).' })
  deletedCommunities!: number;

  @Field(() => Int, { description: 'Stakeholders of those communities deleted with it.' })
  deletedStakeholders!: number;

  @Field(() => Int, { description: 'Memberships of those stakeholders removed.' })
  removedMemberships!: number;
}
