import { activeDuring, isIsoDate, statusAt } from '../../src/domain/dates';
import { PartnershipStatus } from '../../src/domain/enums';

describe('partnership status at a date', () => {
  it.each([
    [null, null, '2024-06-01', PartnershipStatus.ACTIVE],
    ['2024-06-01', null, '2024-06-01', PartnershipStatus.ACTIVE],
    ['2024-06-02', null, '2024-06-01', PartnershipStatus.PLANNED],
    [null, '2024-06-01', '2024-06-01', PartnershipStatus.ACTIVE],
    [null, '2024-05-31', '2024-06-01', PartnershipStatus.ENDED],
  ])('started %s, ended %s, at %s is %s', (startedOn, endedOn, asOf, expected) => {
    expect(statusAt(startedOn, endedOn, asOf)).toBe(expected);
  });

  it.each([
    ['2024-06-01', null, '2024-05-01', '2024-06-01', true],
    ['2024-06-02', null, '2024-05-01', '2024-06-01', false],
    [null, '2024-05-01', '2024-05-01', '2024-06-01', true],
    [null, '2024-04-30', '2024-05-01', '2024-06-01', false],
    ['2024-05-10', '2024-05-20', '2024-05-01', '2024-06-01', true],
    [null, null, '2024-05-01', '2024-05-01', true],
  ])(
    'started %s, ended %s, is active at some date of %s..%s: %s',
    (startedOn, endedOn, from, to, expected) => {
      expect(activeDuring(startedOn, endedOn, from, to)).toBe(expected);
      // A one-day window is statusAt's ACTIVE.
      expect(activeDuring(startedOn, endedOn, to, to)).toBe(
        statusAt(startedOn, endedOn, to) === PartnershipStatus.ACTIVE,
      );
    },
  );

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-2-1', false],
    ['2024-01-01T00:00', false],
  ])('%s is a calendar date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
