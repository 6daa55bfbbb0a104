import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../db/paging';
import { Sector } from '../domain/enums';
import { Connection } from '../graphql/pagination';
import type { Membership } from '../partnerships/partnership.type';
import { DESCRIBE } from '../domain/descriptions';

// simpleResolvers: its own fields are plain properties, so type-graphql's per-field middleware (which
// dominated execution for the thousands of stakeholders of a dashboard answer) is skipped for them.
@ObjectType({ description: 'An organisation of a learning community.', simpleResolvers: true })
export class Stakeholder {
  @Field(() => ID, { description: DESCRIBE.id('stakeholders', 'pt-evora-council') })
  id!: string;

  @Field({ description: DESCRIBE.name })
  name!: string;

  @Field(() => Sector, {
    description: 'Its sector: the basis of every cross-sector measure (docs/measures.md).',
  })
  sector!: Sector;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text kind of organisation, e.g. "kindergarten".',
  })
  type!: string | null;

  @Field(() => String, { nullable: true, description: DESCRIBE.description })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its web address, with http:// or https://; null when unknown.',
  })
  website!: string | null;

  /**
   * Not exposed directly. Producers that already know it may set it; the `community` field resolves
   * through a per-request loader keyed by the stakeholder's id either way.
   */
  communityId?: string | null;

  /** Not exposed: its memberships, when the page query fetched them ahead (key: `listKey` of the args). */
  prefetchedPartnerships?: Keyed<Membership[]>;
}

@ObjectType({ description: 'A page of stakeholders.' })
export class StakeholderConnection extends Connection(Stakeholder) {}

@ObjectType({ description: 'What deleting a stakeholder removed.' })
export class DeleteStakeholderPayload {
  @Field(() => ID, { description: DESCRIBE.deletedId })
  deletedId!: string;

  @Field(() => Int, { description: 'Its memberships of partnerships, removed with it.' })
  removedMemberships!: number;
}
