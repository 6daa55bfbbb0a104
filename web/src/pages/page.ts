import { h } from '../dom';
import { href, type Route } from '../routes';

/** What a page renderer returns: its element, and what to draw once it is in the document (sized). */
export interface Page {
  element: HTMLElement;
  mounted?: () => Promise<void>;
  /** Frees what the page holds (the WebGL renderer) when another page replaces it. */
  dispose?: () => void;
}

export function crumbs(items: { label: string; page?: Route['page']; id?: string }[], asOf: string): void {
  const nav = document.getElementById('crumbs')!;
  nav.replaceChildren(
    h(
      'ol',
      {},
      items.map((item, i) =>
        h(
          'li',
          {},
          i < items.length - 1 && item.page
            ? h('a', { href: href(item.page, item.id ?? '', asOf) }, item.label)
            : h('span', { 'aria-current': 'page' }, item.label),
        ),
      ),
    ),
  );
}

export function metric(label: string, value: string, name?: string): HTMLElement {
  return h('div', { class: 'metric', 'data-metric': name ?? null }, h('dt', {}, label), h('dd', {}, value));
}
