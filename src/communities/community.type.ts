import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommunityKind } from '../domain/enums';

@ObjectType({
  description: 'A learning community: a village, town, city or region whose stakeholders partner.',
})
export class Community {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. PT.' })
  country!: string;

  @Field(() => CommunityKind)
  kind!: CommunityKind;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  /** Not exposed directly; the `region` field resolves it. */
  regionId!: string | null;
}
