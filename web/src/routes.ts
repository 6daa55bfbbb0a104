export interface Route {
  page: 'home' | 'region' | 'community';
  id: string;
  asOf: string;
}

/** Today in UTC, the API's default asOf. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** `#/community/pt-evora?asOf=2025-06-30` → the page, its id and the date (default today). */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  const asOf = new URLSearchParams(search).get('asOf');
  const [, page, id] = path.split('/').map(decodeURIComponent);
  const date = asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : today();
  if ((page === 'region' || page === 'community') && id) return { page, id, asOf: date };
  return { page: 'home', id: '', asOf: date };
}

export function href(page: Route['page'], id: string, asOf: string): string {
  const path = page === 'home' ? '#/' : `#/${page}/${encodeURIComponent(id)}`;
  return asOf === today() ? path : `${path}?asOf=${asOf}`;
}
