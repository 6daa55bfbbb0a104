import {
  createTranslator,
  DEFAULT_LANGUAGE,
  matchLanguage,
  type Catalog,
  type Translator,
} from '../../../src/i18n/translate';

/** Every catalog in locales/ (one file per language), bundled: the service and the page share them. */
const files = import.meta.glob<Catalog>('../../../locales/*.json', { eager: true, import: 'default' });

export const CATALOGS: Record<string, Catalog> = Object.fromEntries(
  Object.entries(files).map(([path, catalog]) => [/([\w-]+)\.json$/.exec(path)![1]!, catalog]),
);

/** The translator for ?language= (the server has checked it), English by default. */
export function translatorFor(requested: string | null): Translator {
  const language = matchLanguage(requested ?? DEFAULT_LANGUAGE, Object.keys(CATALOGS)) ?? DEFAULT_LANGUAGE;
  return createTranslator(language, CATALOGS[language]!, CATALOGS[DEFAULT_LANGUAGE]);
}
