import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { Sector } from '../../../src/domain/enums';
import { GapKind } from '../../../src/analytics/gap-kind';
import { gapWording } from '../../../src/analytics/gap-wording';
import { fixed2, percent } from '../../../src/analytics/wording';
import { catalogs, localesDir, translator } from '../../../src/i18n/catalogs';
import { languageFromAcceptHeader, matchLanguage } from '../../../src/i18n/translate';

const files = readdirSync(localesDir()).filter((file) => file.endsWith('.json'));
const read = (file: string): Record<string, string> =>
  JSON.parse(readFileSync(join(localesDir(), file), 'utf8')) as Record<string, string>;
const english = read('en.json');

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

/** The argument names a pattern uses ({name}, {count, plural, …}, nested ones too). */
function argumentsOf(pattern: string): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (intl-messageformat's TYPE enum).
      if (node.type >= 1 && node.type <= 6 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(pattern, 'en', undefined, { ignoreTag: true }).getAst());
  return names;
}

describe('the message catalogs (locales/)', () => {
  it('are English and Portuguese to start, one file per language', () => {
    expect(files.sort()).toEqual(['en.json', 'pt.json']);
    expect([...catalogs().keys()]).toEqual(['en', 'pt']);
  });

  it.each(files.filter((f) => f !== 'en.json'))('%s has every key English has, and no other', (file) => {
    const catalog = read(file);
    expect({
      missing: Object.keys(english).filter((key) => !(key in catalog)),
      unknown: Object.keys(catalog).filter((key) => !(key in english)),
    }).toEqual({ missing: [], unknown: [] });
  });

  // Sentences about a place are also given its plain name (`scope`, `community`), which English words
  // through the possessive (`place`) and other languages use as it is.
  const PLAIN_NAMES = ['scope', 'community'];

  it.each(files)('%s: every message parses and uses only arguments the English one is given', (file) => {
    const catalog = read(file);
    const wrong = Object.entries(catalog).flatMap(([key, pattern]) => {
      const used = argumentsOf(pattern);
      const given = new Set([...argumentsOf(english[key] ?? ''), ...PLAIN_NAMES]);
      return [...used].filter((name) => !given.has(name)).map((name) => `${key}: {${name}}`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('choosing a language', () => {
  it('matches a tag to its catalog, a regional variant to its language, and nothing else', () => {
    expect(matchLanguage('pt', ['en', 'pt'])).toBe('pt');
    expect(matchLanguage('pt-BR', ['en', 'pt'])).toBe('pt');
    expect(matchLanguage('PT_pt', ['en', 'pt'])).toBe('pt');
    expect(matchLanguage('cy', ['en', 'pt'])).toBeNull();
  });

  it('takes the best Accept-Language that has a catalog, English when none has', () => {
    expect(languageFromAcceptHeader('pt-PT,pt;q=0.9,en;q=0.8', ['en', 'pt'])).toBe('pt');
    expect(languageFromAcceptHeader('cy, pt;q=0.5, en;q=0.7', ['en', 'pt'])).toBe('en');
    expect(languageFromAcceptHeader('hu, ca;q=0.8', ['en', 'pt'])).toBe('en');
    expect(languageFromAcceptHeader('pt;q=0, en', ['en', 'pt'])).toBe('en');
    expect(languageFromAcceptHeader(undefined, ['en', 'pt'])).toBe('en');
  });
});

describe('sentences per language', () => {
  // Évora: 3 education, 1 sport; no tie between them (a MISSING gap). The 2 × 2 public/financial pair
  // with 1 substantive tie of 4 possible (25%), overall density 0.5128 (51.3%) is WEAK.
  const types = new Map<Sector, (string | null)[]>([
    [Sector.EDUCATION, ['school', 'polytechnic', 'adult education centre']],
    [Sector.SPORT, ['sport club']],
    [Sector.PUBLIC, ['municipal council', 'youth department']],
    [Sector.FINANCIAL, ['bank', 'insurer']],
  ]);
  const missing = gapWording(
    {
      sectorA: Sector.EDUCATION,
      sectorB: Sector.SPORT,
      kind: GapKind.MISSING,
      countA: 3,
      countB: 1,
      ties: 0,
      substantiveTies: 0,
      possible: 3,
    },
    'Évora',
    types,
    0.5128,
  );
  const weak = gapWording(
    {
      sectorA: Sector.FINANCIAL,
      sectorB: Sector.PUBLIC,
      kind: GapKind.WEAK,
      countA: 2,
      countB: 2,
      ties: 1,
      substantiveTies: 1,
      possible: 4,
    },
    'Évora',
    types,
    0.5128,
  );

  it('says a gap in English as the API always has', () => {
    expect(missing(translator('en'))).toBe(
      "No active partnership links any of Évora's 3 educational institutions with its sport club.",
    );
    expect(weak(translator('en'))).toBe(
      "Only 1 of the 4 possible pairs of Évora's 2 financial organisations and its 2 public bodies partner substantively (25%), under half of Évora's overall density of 51.3%.",
    );
  });

  it('says the same gap in Portuguese, with the Portuguese decimal comma', () => {
    expect(missing(translator('pt'))).toBe(
      'Em Évora, nenhuma parceria ativa liga 3 instituições de ensino a 1 sport club.',
    );
    expect(weak(translator('pt'))).toBe(
      'Em Évora, só 1 dos 4 pares possíveis entre 2 organizações financeiras e 2 entidades públicas são parceiros substantivos (25%), menos de metade da densidade global de 51,3%.',
    );
  });

  it('formats numbers and dates per locale', () => {
    expect(fixed2(translator('en'), 0.857)).toBe('0.86');
    expect(fixed2(translator('pt'), 0.857)).toBe('0,86');
    expect(percent(translator('pt'), 0.125)).toBe('12,5%');
    expect(translator('en').date('2026-06-30')).toBe('June 30, 2026');
    expect(translator('pt').date('2026-06-30')).toBe('30 de junho de 2026');
    expect(translator('pt').number(53000)).toBe('53.000');
  });
});
