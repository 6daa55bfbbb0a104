import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { IsOnOrAfter } from '../domain/validation';
import type { DateSpan, IsoDate } from '../domain/dates';

/** A filter on a date field; items without that date never match one (docs/queries.md). */
@InputType({
  description:
    'Dates from `from` to `to`, both inclusive; leave either out for an open end (at least one is required). Items without the date do not match.',
})
export class DateRange implements DateSpan {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'First day of the range, inclusive; absent: no lower bound.',
  })
  from?: IsoDate | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day of the range, inclusive, on or after `from`; absent: no upper bound.',
  })
  @IsOnOrAfter('from', { message: '$property is before from; a range runs from its first day to its last' })
  to?: IsoDate | null;
}
