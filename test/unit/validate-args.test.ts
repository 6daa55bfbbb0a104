import 'reflect-metadata';
import { Max, Min } from 'class-validator';
import { ArgumentValidationError, type ResolverData } from 'type-graphql';
import { createArgsValidator } from '../../src/graphql/validate-args';

class PageSize {
  @Min(0, { message: '$property must be at least 0' })
  @Max(100, { message: '$property must be at most 100' })
  first = 20;
}

const pageSize = (first: number): PageSize => Object.assign(new PageSize(), { first });
const data = {} as ResolverData;

describe('the argument validator', () => {
  it('accepts valid arguments, again and again', async () => {
    const validate = createArgsValidator();
    await expect(validate(pageSize(20), PageSize, data)).resolves.toBeUndefined();
    await expect(validate(pageSize(20), PageSize, data)).resolves.toBeUndefined();
  });

  it('refuses invalid arguments every time, naming the property, also after a valid set', async () => {
    const validate = createArgsValidator();
    await validate(pageSize(20), PageSize, data);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error: unknown = await Promise.resolve(validate(pageSize(101), PageSize, data)).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ArgumentValidationError);
      const [problem] = (error as ArgumentValidationError).extensions.validationErrors;
      expect(problem?.property).toBe('first');
      expect(problem?.constraints).toEqual({ max: 'first must be at most 100' });
    }
  });

  it('validates each object of a list argument', async () => {
    const validate = createArgsValidator();
    await expect(validate([pageSize(1), pageSize(-1)], PageSize, data)).rejects.toBeInstanceOf(
      ArgumentValidationError,
    );
  });

  it('lets scalars and null through (their types are checked by GraphQL)', async () => {
    const validate = createArgsValidator();
    await expect(validate(null, String, data)).resolves.toBeUndefined();
    await expect(validate('x', String, data)).resolves.toBeUndefined();
  });
});

describe('the argument validator with a scalar-typed argument', () => {
  it('leaves a JSON object alone: only class-typed arguments carry rules', async () => {
    const validate = createArgsValidator();
    const jsonScalar = { name: 'JSON' } as unknown as Parameters<typeof validate>[1];
    await expect(validate({ format: 'partnership-graph/v1' }, jsonScalar, data)).resolves.toBeUndefined();
  });
});
