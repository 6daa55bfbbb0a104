import { IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { AsOfArgs, LimitArgs } from './analytics.args';
import { CentralityMeasure } from './structure.type';

/** Introduction paths are few by nature: all shortest paths between two stakeholders, at most this many. */
export const MAX_PATHS = 50;

@ArgsType()
export class CentralityArgs extends LimitArgs {
  @Field(() => CentralityMeasure, { defaultValue: CentralityMeasure.BETWEENNESS })
  by!: CentralityMeasure;
}

@ArgsType()
export class IntroductionPathArgs extends AsOfArgs {
  @Field(() => ID, { description: 'The stakeholder who wants to meet `to`.' })
  @IsNotEmpty()
  @MaxLength(200)
  from!: string;

  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(200)
  to!: string;

  @Field(() => Int, { defaultValue: 5, description: `1 to ${MAX_PATHS}.` })
  @Min(1)
  @Max(MAX_PATHS)
  limit!: number;
}
