import { IntlMessageFormat } from 'intl-messageformat';

/** One language's messages: a key to an ICU MessageFormat pattern (locales/<language>.json). */
export type Catalog = Readonly<Record<string, string>>;

export type MessageValues = Record<string, string | number | Date>;

/** Formats the messages, numbers and dates of one language; shared by the service and the report page. */
export interface Translator {
  /** The BCP 47 tag the catalog was chosen for, e.g. "pt". */
  readonly language: string;
  t(key: string, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A LocalDate ("2026-06-30") as a long date of the language, read as UTC so no day is lost. */
  date(isoDate: string): string;
}

export const DEFAULT_LANGUAGE = 'en';

/**
 * The catalog's language for a requested tag: "pt-BR" falls back to "pt", anything unknown to English.
 * Returns null when nothing matches, so the caller can say which languages exist.
 */
export function matchLanguage(requested: string, available: readonly string[]): string | null {
  const tag = requested.trim().toLowerCase();
  if (available.includes(tag)) return tag;
  const base = tag.split(/[-_]/)[0] ?? '';
  return available.includes(base) ? base : null;
}

/**
 * The language to use for an Accept-Language header: the first listed (by q) that has a catalog,
 * English when none has.
 */
export function languageFromAcceptHeader(header: string | undefined, available: readonly string[]): string {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const match = matchLanguage(tag, available);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A translator over a catalog, English filling in for a key the catalog lacks (the catalog test keeps
 * that from happening in the shipped languages). Compiled patterns are cached per key.
 */
export function createTranslator(
  language: string,
  catalog: Catalog,
  fallback: Catalog = catalog,
): Translator {
  const compiled = new Map<string, IntlMessageFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    language,
    t(key, values) {
      let format = compiled.get(key);
      if (!format) {
        const pattern = catalog[key] ?? fallback[key];
        if (pattern === undefined) throw new Error(`no message "${key}" in the ${language} catalog`);
        format = new IntlMessageFormat(pattern, language, undefined, { ignoreTag: true });
        compiled.set(key, format);
      }
      return String(format.format(values));
    },
    number(value, options = {}) {
      const id = JSON.stringify(options);
      let format = numberFormats.get(id);
      if (!format) {
        format = new Intl.NumberFormat(language, options);
        numberFormats.set(id, format);
      }
      return format.format(value);
    },
    date(isoDate) {
      return dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
    },
  };
}
