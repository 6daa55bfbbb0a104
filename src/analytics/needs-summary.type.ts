import { Field, Int, ObjectType } from 'type-graphql';
import { NeedPriority } from '../domain/enums';

@ObjectType({ description: 'Unmet needs of one priority.' })
export class PriorityCount {
  @Field(() => NeedPriority)
  priority!: NeedPriority;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The profile's summary of the scope's needs at asOf." })
export class NeedSummary {
  @Field(() => Int)
  needs!: number;

  @Field(() => Int, { description: 'Needs some active partnership addresses.' })
  addressed!: number;

  @Field(() => Int)
  crossSector!: number;

  @Field(() => Int, { description: 'Needs with a PRIVATE or FINANCIAL stakeholder in a substantive role.' })
  businessBacked!: number;

  @Field(() => [PriorityCount], { description: 'HIGH, MEDIUM, LOW.' })
  unmetByPriority!: PriorityCount[];
}
