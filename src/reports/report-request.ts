import { isIsoDate, today } from '../domain/dates';
import { BadUserInputError } from '../errors';
import { languages, supportedLanguage } from '../i18n/catalogs';
import { DEFAULT_LANGUAGE } from '../i18n/translate';

export type ReportScope = 'community' | 'region';
export type ReportFormat = 'html' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = ['html', 'pdf'];

/** What a report is asked for: checked here, once, for the HTTP routes and the CLI alike. */
export interface ReportRequest {
  scope: ReportScope;
  id: string;
  asOf: string;
  language: string;
  format: ReportFormat;
}

/** The page's address on a server: /reports/communities/:id?asOf=…&language=… */
export function reportPath({ scope, id, asOf, language }: Omit<ReportRequest, 'format'>): string {
  const query = new URLSearchParams({ asOf, language });
  return `/reports/${scope === 'community' ? 'communities' : 'regions'}/${encodeURIComponent(id)}?${query}`;
}

/**
 * Checks asOf (YYYY-MM-DD, default today UTC), language (a catalog in locales/, default English) and
 * format (html or pdf); every problem is named at once, with where it came from (`where` says
 * "?asOf=" for the routes, "--as-of" for the CLI).
 */
export function parseReportRequest(
  scope: ReportScope,
  id: string,
  given: { asOf?: unknown; language?: unknown; format?: unknown },
  where: { asOf: string; language: string; format: string },
): ReportRequest {
  const problems: string[] = [];
  const text = (value: unknown, name: string): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    problems.push(`${name} was given more than once`);
    return undefined;
  };
  const asOf = text(given.asOf, where.asOf) ?? today();
  if (!isIsoDate(asOf)) problems.push(`${where.asOf} must be a date YYYY-MM-DD, got '${asOf}'`);
  const requested = text(given.language, where.language) ?? DEFAULT_LANGUAGE;
  const language = supportedLanguage(requested);
  if (language === null)
    problems.push(`${where.language} '${requested}' has no catalog: one of ${languages().join(', ')}`);
  const format = text(given.format, where.format) ?? 'html';
  if (!REPORT_FORMATS.includes(format as ReportFormat))
    problems.push(`${where.format} must be one of ${REPORT_FORMATS.join(', ')}, got '${format}'`);
  if (problems.length > 0) throw new BadUserInputError(problems.join('; '));
  return { scope, id, asOf, language: language!, format: format as ReportFormat };
}
