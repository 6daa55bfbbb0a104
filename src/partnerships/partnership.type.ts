import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { MemberRole, PartnershipKind } from '../domain/enums';

@ObjectType({ description: 'A partnership between stakeholders; it belongs to no community of its own.' })
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
}

@ObjectType({ description: "A stakeholder's membership of a partnership, with its role." })
export class Membership {
  @Field(() => MemberRole)
  role!: MemberRole;

  stakeholderId!: string;
  partnershipId!: string;
}
