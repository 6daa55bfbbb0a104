import { ArrayMinSize, ArrayUnique, IsOptional, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';
import { Sector } from '../domain/enums';

/** Ranked lists (brokers, bridges, recommendations…) are capped: beyond 100 a dashboard should page by sector pair. */
export const MAX_RANKED = 100;
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

/** The size of a ranked list is `first`, as for the paged lists: one name for "how many" across the schema. */
@ArgsType()
export class RankedArgs extends AsOfArgs {
  @Field(() => Int, {
    defaultValue: 10,
    description: `How many of the ranked results to return, 1 to ${MAX_RANKED}; the best come first.`,
  })
  @Min(1)
  @Max(MAX_RANKED)
  first!: number;
}

@ArgsType()
export class RecommendationArgs extends RankedArgs {
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
export class BridgeArgs extends RankedArgs {
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
