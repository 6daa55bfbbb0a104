import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../db/paging';
import { MemberRole, PartnershipKind } from '../domain/enums';
import { Connection } from '../graphql/pagination';
import { Stakeholder } from '../stakeholders/stakeholder.type';
import { DESCRIBE } from '../domain/descriptions';

@ObjectType({
  description: 'A partnership between stakeholders; it belongs to no community of its own.',
  simpleResolvers: true,
})
export class Partnership {
  @Field(() => ID, { description: DESCRIBE.id('partnerships', 'pt-evora-adult-literacy') })
  id!: string;

  @Field({ description: DESCRIBE.name })
  name!: string;

  @Field(() => PartnershipKind, {
    description: 'What sort of partnership it is; SPONSORSHIP and CHARITY are charitable.',
  })
  kind!: PartnershipKind;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day it is active; null when unknown (active from the start of time).',
  })
  startedOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day it is active, on or after startedOn; null while it goes on.',
  })
  endedOn!: string | null;

  @Field(() => [String], {
    description: 'What it works on, free tags, e.g. ["lifelong learning", "inclusion"].',
  })
  themes!: string[];

  @Field(() => String, { nullable: true, description: DESCRIBE.description })
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
  @Field(() => MemberRole, {
    description: "The member's part: LEAD, PARTNER or FUNDER (a FUNDER's membership is charitable).",
  })
  role!: MemberRole;

  @Field(() => Stakeholder, { description: 'The member.' })
  stakeholder!: Stakeholder;

  @Field(() => Partnership, { description: 'The partnership it is a member of.' })
  partnership!: Partnership;
}

@ObjectType({ description: 'A page of partnerships.' })
export class PartnershipConnection extends Connection(Partnership) {}

@ObjectType({ description: 'What deleting a partnership removed.' })
export class DeletePartnershipPayload {
  @Field(() => ID, { description: DESCRIBE.deletedId })
  deletedId!: string;

  @Field(() => Int, { description: 'Its memberships, removed with it.' })
  removedMemberships!: number;
}
