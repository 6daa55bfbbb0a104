import { ArrayMinSize, ArrayUnique, IsOptional, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';
import { Sector } from '../domain/enums';

/** Results of brokers, bridges and recommendations are capped: beyond 100 a dashboard should page by sector pair. */
export const MAX_LIMIT = 100;
/** A trend longer than this is almost certainly a typo in a year. */
export const MAX_TREND_YEARS = 50;

@ArgsType()
export class AsOfArgs {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The date of the analysis; default today (UTC).',
  })
  @IsOptional()
  asOf?: string | null;
}

@ArgsType()
export class LimitArgs extends AsOfArgs {
  @Field(() => Int, { defaultValue: 10, description: `1 to ${MAX_LIMIT}.` })
  @Min(1)
  @Max(MAX_LIMIT)
  limit!: number;
}

@ArgsType()
export class RecommendationArgs extends LimitArgs {
  @Field(() => [Sector], {
    nullable: true,
    description:
      'Recommend across every pair of these sectors (at least two). Default: the pairs of the MISSING, CHARITY_ONLY and WEAK gaps.',
  })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayUnique()
  sectors?: Sector[] | null;

  @Field({
    defaultValue: false,
    description: 'Also list pairs without a common neighbour, after all others.',
  })
  includeCold!: boolean;
}

@ArgsType()
export class BridgeArgs extends LimitArgs {
  @Field(() => Sector, { description: 'One sector of the gap to bridge.' })
  sectorA!: Sector;

  @Field(() => Sector, { description: 'The other sector; must differ from sectorA.' })
  sectorB!: Sector;
}

@ArgsType()
export class TrendArgs {
  @Field(() => Int, { description: 'First year; its measures are taken at 31 December.' })
  @Min(1900)
  @Max(2100)
  fromYear!: number;

  @Field(() => Int, { description: `Last year, at most ${MAX_TREND_YEARS - 1} after fromYear.` })
  @Min(1900)
  @Max(2100)
  toYear!: number;
}
