import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Sector } from '../domain/enums';
import { Connection } from '../graphql/pagination';

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

  /**
   * Not exposed directly. Producers that already know it may set it; the `community` field resolves
   * through a per-request loader keyed by the stakeholder's id either way.
   */
  communityId?: string | null;
}

@ObjectType()
export class StakeholderConnection extends Connection(Stakeholder) {}

@ObjectType({ description: 'What deleting a stakeholder removed.' })
export class DeleteStakeholderPayload {
  @Field(() => ID)
  deletedId!: string;

  @Field(() => Int, { description: 'Its memberships of partnerships, removed with it.' })
  removedMemberships!: number;
}
