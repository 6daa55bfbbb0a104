import { Field, Int, ObjectType } from 'type-graphql';
import { NeedPriority } from '../domain/enums';

@ObjectType({ description: 'Unmet needs of one priority.' })
export class PriorityCount {
  @Field(() => NeedPriority, { description: 'The priority counted.' })
  priority!: NeedPriority;

  @Field(() => Int, { description: 'Needs of that priority with status UNMET at asOf.' })
  count!: number;
}

@ObjectType({ description: "The profile's summary of the scope's needs at asOf." })
export class NeedSummary {
  @Field(() => Int, { description: "All the scope's needs, whatever their status." })
  needs!: number;

  @Field(() => Int, { description: 'Needs some active partnership addresses.' })
  addressed!: number;

  @Field(() => Int, {
    description: 'Needs addressed by members of at least two sectors (status CROSS_SECTOR).',
  })
  crossSector!: number;

  @Field(() => Int, { description: 'Needs with a PRIVATE or FINANCIAL stakeholder in a substantive role.' })
  businessBacked!: number;

  @Field(() => [PriorityCount], { description: 'HIGH, MEDIUM, LOW.' })
  unmetByPriority!: PriorityCount[];
}
