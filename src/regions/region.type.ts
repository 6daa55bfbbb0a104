import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/pagination';
import { DESCRIBE } from '../domain/descriptions';

@ObjectType({ description: 'A region groups communities, e.g. one per country in the demo network.' })
export class Region {
  @Field(() => ID, { description: DESCRIBE.id('regions', 'pt-alentejo') })
  id!: string;

  @Field({ description: DESCRIBE.name })
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;
}

@ObjectType({ description: 'A page of regions.' })
export class RegionConnection extends Connection(Region) {}

@ObjectType({ description: 'What deleting a region removed.' })
export class DeleteRegionPayload {
  @Field(() => ID, { description: DESCRIBE.deletedId })
  deletedId!: string;

  @Field(() => Int, { description: 'Communities deleted with it (only with cascade).' })
  deletedCommunities!: number;

  @Field(() => Int, { description: 'Stakeholders of those communities deleted with it.' })
  deletedStakeholders!: number;

  @Field(() => Int, { description: 'Memberships of those stakeholders removed.' })
  removedMemberships!: number;
}
