import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../db/paging';
import { MemberRole, PartnershipKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';
import { Stakeholder } from '../stakeholders/stakeholder.type';

@ObjectType({
  description: 'A partnership between stakeholders; it belongs to no community of its own.',
  simpleResolvers: true,
})
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartnershipKind)
  kind!: PartnershipKind;

  @Field(() => LocalDateResolver, { nullable: true })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  endedOn!: string | null;

  @Field(() => [String])
  themes!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  /** Not exposed: its members, when a page query fetched them ahead (key: `listKey` of the args). */
  prefetchedMembers?: Keyed<Membership[]>;
}

// Plain data, resolved with its parent: simple resolvers skip type-graphql's per-field middleware stack,
// which dominated execution time for the thousands of memberships of a dashboard query.
@ObjectType({
  description: "A stakeholder's membership of a partnership, with its role.",
  simpleResolvers: true,
})
export class Membership {
  @Field(() => MemberRole)
  role!: MemberRole;

  @Field(() => Stakeholder)
  stakeholder!: Stakeholder;

  @Field(() => Partnership)
  partnership!: Partnership;
}

@ObjectType()
export class PartnershipConnection extends Connection(Partnership) {}

@ObjectType({ description: 'What deleting a partnership removed.' })
export class DeletePartnershipPayload {
  @Field(() => ID)
  deletedId!: string;

  @Field(() => Int, { description: 'Its memberships, removed with it.' })
  removedMemberships!: number;
}
