import { Field, ID, ObjectType } from 'type-graphql';
import { Sector } from '../domain/enums';

@ObjectType({ description: 'An organisation of a learning community.' })
export class Stakeholder {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text kind of organisation, e.g. "kindergarten".',
  })
  type!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  /** Not exposed directly; the `community` field resolves it. */
  communityId!: string | null;
}
