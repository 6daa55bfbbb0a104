import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_ID } from '../../../src/domain/ids';
import { NAME, TEXT_LIMITS, THEME } from '../../../src/domain/validation';

/** The shipped JSON Schema states the GraphQL inputs' rules, so what the API stores can be imported again. */
const schema = JSON.parse(
  readFileSync(join(__dirname, '../../../schema/network-document.schema.json'), 'utf8'),
) as {
  definitions: Record<string, { pattern?: string; maxLength?: number; properties?: Record<string, Rule> }>;
};
interface Rule {
  maxLength?: number;
  maxItems?: number;
  items?: { maxLength?: number; pattern?: string };
  $ref?: string;
}
const { definitions } = schema;
const stakeholder = definitions.stakeholder!.properties!;
const partnership = definitions.partnership!.properties!;

describe('the network document schema and the GraphQL inputs', () => {
  it('share the id rule', () => {
    expect(definitions.id!.pattern).toBe(ENTITY_ID.source);
    expect(definitions.id!.maxLength).toBe(100);
  });

  it('share the text limits', () => {
    expect(definitions.name!.maxLength).toBe(TEXT_LIMITS.name);
    expect(definitions.name!.pattern).toBe(NAME.source);
    expect(definitions.optionalText!.maxLength).toBe(TEXT_LIMITS.description);
    expect(stakeholder.description!.$ref).toBe('#/definitions/optionalText');
    expect(partnership.description!.$ref).toBe('#/definitions/optionalText');
    expect(stakeholder.type!.maxLength).toBe(TEXT_LIMITS.type);
    expect(stakeholder.website!.maxLength).toBe(TEXT_LIMITS.website);
  });

  it('share the theme rules', () => {
    expect(partnership.themes!.maxItems).toBe(TEXT_LIMITS.themes);
    expect(partnership.themes!.items!.maxLength).toBe(TEXT_LIMITS.theme);
    expect(partnership.themes!.items!.pattern).toBe(THEME.source);
  });
});
