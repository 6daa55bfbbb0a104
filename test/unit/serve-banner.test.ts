import { serveBanner } from '../../src/cli/banner';

describe('the serve banner', () => {
  it('names the dashboard, the IDE, the local key and how to stop, one per line', () => {
    const banner = serveBanner({
      url: 'http://127.0.0.1:4140',
      localEditorKey: 'k3y-0123456789abcdef',
      dashboardBuilt: true,
      pid: 4242,
    });
    const lines = banner.split('\n').map((line) => line.trim());
    expect(lines).toContain('Dashboard    http://127.0.0.1:4140/');
    expect(lines).toContain('GraphQL IDE  http://127.0.0.1:4140/graphql (in a browser)');
    expect(lines).toContain('Key          Authorization: ApiKey k3y-0123456789abcdef');
    expect(lines).toContain('Stop         Ctrl+C (or kill 4242)');
  });

  it('prints no key when credentials are configured, and says when the dashboard is not built', () => {
    const banner = serveBanner({
      url: 'http://0.0.0.0:80',
      localEditorKey: null,
      dashboardBuilt: false,
      pid: 1,
    });
    expect(banner).toContain('Key          the configured API_KEYS / JWT (none printed)');
    expect(banner).toContain('http://0.0.0.0:80/ (not built: run `npm run build`)');
    expect(banner).not.toContain('ApiKey');
  });
});
