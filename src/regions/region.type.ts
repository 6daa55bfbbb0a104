import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A region groups communities, e.g. one per country in the demo network.' })
export class Region {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;
}
