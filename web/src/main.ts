import './style.css';
import { CredentialsNeeded, credential } from './api';
import { h } from './dom';
import { renderCommunity } from './pages/community';
import { renderHome } from './pages/home';
import { renderRegion } from './pages/region';
import { href, parseRoute } from './routes';

const main = document.getElementById('main')!;
const asOfInput = document.getElementById('as-of') as HTMLInputElement;
let rendering = 0;
let dispose: (() => void) | undefined;

function credentialsForm(refused: boolean): HTMLElement {
  const input = h('input', {
    id: 'credential',
    name: 'credential',
    type: 'password',
    autocomplete: 'off',
    required: true,
  });
  return h(
    'section',
    { class: 'card auth' },
    h('h1', {}, 'Sign in to this partnership-graph'),
    h(
      'p',
      {},
      refused
        ? 'The server refused that key or token. Try another.'
        : 'This server needs an API key or a token (JWT). It is kept in this tab for this session only.',
    ),
    h(
      'form',
      {
        onsubmit: (event: Event) => {
          event.preventDefault();
          credential.set(input.value);
          void render();
        },
      },
      h('label', { for: 'credential' }, 'API key or token'),
      input,
      h('button', { type: 'submit' }, 'Continue'),
    ),
  );
}

async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  const turn = ++rendering;
  asOfInput.value = route.asOf;
  main.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  main.dataset.state = 'loading';
  try {
    const view =
      route.page === 'region'
        ? renderRegion(route)
        : route.page === 'community'
          ? renderCommunity(route)
          : renderHome(route);
    const page = await view;
    if (turn !== rendering) return;
    dispose?.();
    dispose = page.dispose;
    main.replaceChildren(page.element);
    await page.mounted?.();
    if (turn === rendering) main.dataset.state = 'ready';
  } catch (error) {
    if (turn !== rendering) return;
    if (error instanceof CredentialsNeeded) {
      if (error.refused) credential.clear();
      main.replaceChildren(credentialsForm(error.refused));
      main.dataset.state = 'credentials';
      document.getElementById('credential')?.focus();
      return;
    }
    main.replaceChildren(
      h(
        'section',
        { class: 'card error', role: 'alert' },
        h('h1', {}, 'Something went wrong'),
        h('p', {}, (error as Error).message),
      ),
    );
    main.dataset.state = 'error';
  }
}

document.getElementById('as-of-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const route = parseRoute(location.hash);
  if (asOfInput.value) location.hash = href(route.page, route.id, asOfInput.value);
});
window.addEventListener('hashchange', () => void render());
void render();
