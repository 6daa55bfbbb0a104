import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NeedPriority } from '../domain/enums';
import { Connection } from '../graphql/pagination';

@ObjectType({
  description: 'Something a community needs, e.g. "activities for seniors" (docs/needs-and-assets.md).',
})
export class Need {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({
    description:
      'A free tag, matched against asset themes after trimming, lower-casing and collapsing spaces.',
  })
  theme!: string;

  @Field(() => String, { nullable: true, description: 'Who it is for, e.g. "seniors living alone".' })
  targetGroup!: string | null;

  @Field(() => NeedPriority)
  priority!: NeedPriority;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the need was identified.' })
  identifiedOn!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  /** Not exposed directly: the `community` field resolves it through the per-request community loader. */
  communityId!: string | null;
}

@ObjectType()
export class NeedConnection extends Connection(Need) {}

@ObjectType({ description: 'What deleting a need removed.' })
export class DeleteNeedPayload {
  @Field(() => ID)
  deletedId!: string;

  @Field(() => Int, { description: 'Partnerships that addressed it; their links are removed with it.' })
  removedAddressing!: number;
}
