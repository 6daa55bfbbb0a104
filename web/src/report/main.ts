import '../style.css';
import './report.css';
import { ApiError, CredentialsNeeded } from '../api';
import { h } from '../dom';
import { translatorFor } from './i18n';
import { loadReport, type ReportScope } from './load';
import { renderReport } from './render';

/**
 * The printable Community Profile: /reports/communities/:id or /reports/regions/:id, ?asOf= and
 * ?language=. The server has checked the id, the date and the language before sending this page; it
 * fetches its data from /graphql like the dashboard and sets main[data-state] to ready or error, which
 * the PDF printer waits for.
 */
async function start(): Promise<void> {
  const main = document.getElementById('report')!;
  const params = new URLSearchParams(location.search);
  const t = translatorFor(params.get('language'));
  document.documentElement.lang = t.language;
  const match = /^\/reports\/(communities|regions)\/([^/]+)\/?$/.exec(location.pathname);
  try {
    if (!match) throw new ApiError(`not a report address: ${location.pathname}`);
    const scope: ReportScope = match[1] === 'regions' ? 'region' : 'community';
    const id = decodeURIComponent(match[2]!);
    const asOf = params.get('asOf') ?? new Date().toISOString().slice(0, 10);
    const data = await loadReport(scope, id, asOf, t.language);
    const report = renderReport(data, t);
    document.title = `${report.title} · partnership-graph`;
    main.replaceChildren(report.element);
    performance.mark('report:drawn');
    main.dataset.state = 'ready';
  } catch (error) {
    const message =
      error instanceof CredentialsNeeded || error instanceof ApiError
        ? error.message
        : `the report could not be drawn: ${String(error)}`;
    main.replaceChildren(h('p', { class: 'report-error', role: 'alert' }, message));
    main.dataset.state = 'error';
  } finally {
    main.removeAttribute('aria-busy');
  }
}

void start();
