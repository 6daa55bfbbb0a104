import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** class-validator's settings for every argument and input (type-graphql's defaults, made explicit). */
const OPTIONS: ValidatorOptions = {
  forbidUnknownValues: true,
  whitelist: false,
  skipMissingProperties: true,
};

/** Argument sets larger than this (as JSON) are validated every time and not remembered. */
const MEMO_MAX_JSON = 512;
/** Remembered valid argument sets per argument class; the oldest is forgotten past this. */
const MEMO_SIZE = 256;

/**
 * type-graphql's argument validation, run by class-validator with the settings above, remembering the
 * small argument sets found valid. Validation is a pure function of the values (no rule reads the
 * clock or the database), so a set valid once is valid again; a nested field's arguments
 * (`partnerships(first: 20)` on each of 100 stakeholders) are then checked once per request shape
 * instead of once per parent object. Invalid sets are never remembered, so each reports its error.
 *
 * Also avoids type-graphql's own path, which resolves `require('class-validator')` on every call.
 */
export function createArgsValidator(): ValidatorFn {
  const valid = new WeakMap<object, Map<string, true>>();
  return async (argValue, type) => {
    const value: unknown = argValue;
    // Only arguments typed by a class (an @ArgsType or @InputType) carry class-validator rules; a
    // scalar such as importNetwork's JSON document is checked by its own code.
    if (value === null || typeof value !== 'object' || typeof type !== 'function') return;
    const key = Array.isArray(value) ? null : memoKey(value);
    const known = key === null ? undefined : valid.get(type as object);
    if (key !== null && known?.has(key)) return;
    try {
      if (Array.isArray(value)) {
        await Promise.all(
          (value as unknown[])
            .filter((item): item is object => item !== null && typeof item === 'object')
            .map((item) => validateOrReject(item, OPTIONS)),
        );
      } else {
        await validateOrReject(value, OPTIONS);
      }
    } catch (error) {
      throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
    }
    if (key === null) return;
    const memo = known ?? new Map<string, true>();
    if (!known) valid.set(type as object, memo);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, true);
  };
}

/** The argument set as JSON, or null when it is too large to be worth remembering. */
function memoKey(value: object): string | null {
  const json = JSON.stringify(value);
  return json.length <= MEMO_MAX_JSON ? json : null;
}
