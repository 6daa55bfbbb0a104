import { ENTITY_ID, generateId } from '../../src/domain/ids';

describe('generated ids', () => {
  it('are a slug of the name with six random hex digits', () => {
    expect(generateId('Escola Básica de Sines', 'stakeholder')).toMatch(
      /^escola-basica-de-sines-[0-9a-f]{6}$/,
    );
  });

  it('fall back to the entity kind for names without Latin letters or digits', () => {
    expect(generateId('Αθήνα', 'community')).toMatch(/^community-[0-9a-f]{6}$/);
  });

  it('always satisfy the id rule, even for long names', () => {
    for (const name of ['x'.repeat(300), '--- Club ---', 'A'.repeat(59) + ' b']) {
      expect(generateId(name, 'region')).toMatch(ENTITY_ID);
    }
  });

  it('differ for the same name', () => {
    expect(generateId('Same', 'region')).not.toBe(generateId('Same', 'region'));
  });
});
