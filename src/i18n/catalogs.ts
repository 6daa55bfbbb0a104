import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import {
  createTranslator,
  DEFAULT_LANGUAGE,
  matchLanguage,
  type Catalog,
  type Translator,
} from './translate';

/** locales/<language>.json: one file per language; adding a file adds the language. */
export const localesDir = (): string => join(projectRoot(), 'locales');

let loaded: ReadonlyMap<string, Catalog> | null = null;

/** Every catalog, read once per process. */
export function catalogs(): ReadonlyMap<string, Catalog> {
  loaded ??= new Map(
    readdirSync(localesDir())
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => [
        file.slice(0, -'.json'.length),
        JSON.parse(readFileSync(join(localesDir(), file), 'utf8')) as Catalog,
      ]),
  );
  return loaded;
}

export function languages(): string[] {
  return [...catalogs().keys()];
}

/** The language a request asks for, or null when no catalog has it ("pt-PT" finds "pt"). */
export function supportedLanguage(requested: string): string | null {
  return matchLanguage(requested, languages());
}

const translators = new Map<string, Translator>();

/** The translator of a supported language (see supportedLanguage), English for anything else. */
export function translator(language: string = DEFAULT_LANGUAGE): Translator {
  const chosen = supportedLanguage(language) ?? DEFAULT_LANGUAGE;
  let found = translators.get(chosen);
  if (!found) {
    const english = catalogs().get(DEFAULT_LANGUAGE)!;
    found = createTranslator(chosen, catalogs().get(chosen) ?? english, english);
    translators.set(chosen, found);
  }
  return found;
}
