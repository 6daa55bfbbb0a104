import { serveBanner } from '../../src/cli/banner';

describe('the serve banner', () => {
  it('names the dashboard, the IDE, the local key and how to stop, one per line', () => {
    const banner = serveBanner({
      url: 'http://127.0.0.1:4140',
      localKey: { key: 'k3y-0123456789abcdef', role: 'EDITOR' },
      dashboardBuilt: true,
      pid: 4242,
    });
    const lines = banner.split('\n').map((line) => line.trim());
    expect(lines).toContain('Dashboard    http://127.0.0.1:4140/');
    expect(lines).toContain('GraphQL IDE  http://127.0.0.1:4140/graphql (in a browser)');
    expect(lines).toContain('Key          Authorization: ApiKey k3y-0123456789abcdef');
    expect(lines).toContain('Stop         Ctrl+C (or kill 4242)');
    expect(lines).toContain('local mode: reads need no key; this EDITOR key writes until the process stops');
    expect(lines).toContain('(`serve --admin` prints an ADMIN key instead)');
  });

  it('names the ADMIN role of a key printed by serve --admin, and no hint', () => {
    const banner = serveBanner({
      url: 'http://127.0.0.1:4140',
      localKey: { key: 'k3y-0123456789abcdef', role: 'ADMIN' },
      dashboardBuilt: true,
      pid: 4242,
    });
    expect(banner).toContain('this ADMIN key writes until the process stops');
    expect(banner).not.toContain('serve --admin');
  });

  it('prints no key when credentials are configured, and says when the dashboard is not built', () => {
    const banner = serveBanner({
      url: 'http://0.0.0.0:80',
      localKey: null,
      dashboardBuilt: false,
      pid: 1,
    });
    expect(banner).toContain('Key          the configured API_KEYS / JWT (none printed)');
    expect(banner).toContain('http://0.0.0.0:80/ (not built: run `npm run build`)');
    expect(banner).not.toContain('ApiKey');
  });
});
