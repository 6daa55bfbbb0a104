import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsDefined,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { ENTITY_ID } from './ids';

/** Decorators shared by the inputs of every feature, so one rule reads the same everywhere. */

/**
 * Text limits of the GraphQL inputs. The import document's JSON Schema (schema/network-document.schema.json)
 * states the same limits for editors; a unit test keeps the two equal, so whatever the API stores can be
 * exported and imported again.
 */
export const TEXT_LIMITS = {
  name: 200,
  type: 200,
  description: 5000,
  website: 500,
  theme: 100,
  themes: 50,
} as const;
/** A theme cannot contain ';', the separator of themes in the CSV form of a network document. */
export const THEME = /^[^;]*$/;

export function IsEntityId(options: ValidationOptions = {}): PropertyDecorator {
  const what = options.each ? 'each of $property' : '$property';
  return Matches(ENTITY_ID, {
    message: `${what} must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit`,
    ...options,
  });
}

export function IsCountryCode(): PropertyDecorator {
  return Matches(/^[A-Z]{2}$/, {
    message: '$property must be an ISO 3166-1 alpha-2 code in capitals, e.g. PT',
  });
}

/**
 * A name holds at least one visible character and no control character: none of U+0000–U+001F or
 * U+007F except tab, line feed and carriage return (NUL and its kin break exports, logs and
 * terminals, and a name made only of them looks empty). The import document's schema states the
 * same pattern (a unit test keeps the two equal), so the API and the importer refuse the same names.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this rule is about
export const NAME = /^(?=[\s\S]*[^\s\x00-\x1f\x7f])[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** What is wrong with a name of the right length, in words ("must not be blank"), or null. */
export function nameProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at character ${control.index + 1})`;
  }
  return NAME.test(value) ? null : 'must not be blank';
}

export function IsName(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    Length(1, TEXT_LIMITS.name, {
      message: `$property must be 1 to ${TEXT_LIMITS.name} characters long`,
    })(target, propertyName);
    // Blank, not empty: an empty name already fails the length rule and gets one message, not two.
    registerDecorator({
      name: 'isName',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${nameProblem(String(args.value)) ?? 'is not a valid name'}`,
      },
      validator: {
        validate: (value: unknown): boolean =>
          typeof value !== 'string' || value === '' || nameProblem(value) === null,
      },
    });
  };
}

/** Free-text themes: at most 50, each 1 to 100 characters without ';'. */
export function IsThemes(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ArrayMaxSize(TEXT_LIMITS.themes)(target, propertyName);
    Length(1, TEXT_LIMITS.theme, {
      each: true,
      message: `each of $property must be 1 to ${TEXT_LIMITS.theme} characters long`,
    })(target, propertyName);
    Matches(THEME, { each: true, message: "each of $property must not contain ';'" })(target, propertyName);
  };
}

/** Optional free text: absent keeps (or, on update, null clears); given, it is 1 to `max` characters. */
export function IsOptionalText(max: number): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    IsOptional()(target, propertyName);
    Length(1, max, { message: `$property must be 1 to ${max} characters long` })(target, propertyName);
  };
}

/** Optional web address of at most 500 characters; when given it must carry its http(s):// scheme. */
export function IsOptionalUrl(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    IsOptional()(target, propertyName);
    Length(1, TEXT_LIMITS.website, {
      message: `$property must be 1 to ${TEXT_LIMITS.website} characters long`,
    })(target, propertyName);
    IsUrl({ require_protocol: true }, { message: '$property must be a URL with http(s)://' })(
      target,
      propertyName,
    );
  };
}

/** The decorated date (ISO 'YYYY-MM-DD') is on or after the sibling date field, when both are set. */
export function IsOnOrAfter(sibling: string, options: ValidationOptions = {}): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [sibling],
      options: { message: `$property is before ${sibling}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const other = (args.object as Record<string, unknown>)[sibling];
          if (typeof value !== 'string' || typeof other !== 'string') return true;
          return value >= other;
        },
      },
    });
  };
}

/** The properties an update input actually carries: absent keys stay untouched, null clears. */
export function presentFields<T extends object, K extends keyof T>(
  input: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {};
  for (const key of keys) if (input[key] !== undefined) changes[key] = input[key];
  return changes;
}

/**
 * For update inputs: the field may be left out, but null is refused, so it cannot erase a required
 * property (fields that null clears use IsOptional instead). IsDefined is the one check type-graphql's
 * skipMissingProperties still runs for null.
 */
export function IfGiven(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ValidateIf((_object: object, value: unknown) => value !== undefined)(target, propertyName);
    IsDefined({ message: '$property cannot be null; leave it out to keep the stored value' })(
      target,
      propertyName,
    );
  };
}

/**
 * The most values one list filter (`sectors`, `communityIds`, …) takes. A longer list is refused
 * rather than cut, so no filter silently matches less than it says.
 */
export const MAX_FILTER_VALUES = 100;

/**
 * A list filter: absent or null = no filter; given, 1 to MAX_FILTER_VALUES values, each passing
 * `each` (e.g. an id rule). An empty list is refused: it would match nothing, and reading it as
 * "everything" would be worse.
 */
export function IsFilterList(...each: PropertyDecorator[]): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    IsOptional()(target, propertyName);
    ArrayNotEmpty({ message: '$property must name at least one value; leave it out for no filter' })(
      target,
      propertyName,
    );
    ArrayMaxSize(MAX_FILTER_VALUES, {
      message: `$property names more than ${MAX_FILTER_VALUES} values; narrow it or leave it out`,
    })(target, propertyName);
    for (const rule of each) rule(target, propertyName);
  };
}

/** A DateRange argument gives `from`, `to` or both; `{}` would filter nothing and is refused. */
export function IsBoundedRange(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    ValidateNested()(target, propertyName);
    registerDecorator({
      name: 'isBoundedRange',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must give from, to or both; leave it out for no date filter' },
      validator: {
        validate: (value: unknown): boolean =>
          value == null ||
          (typeof value === 'object' &&
            ((value as { from?: unknown }).from != null || (value as { to?: unknown }).to != null)),
      },
    });
  };
}
