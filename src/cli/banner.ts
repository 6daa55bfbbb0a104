export interface BannerFacts {
  /** The server's base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  /** The EDITOR key of the local mode, or null when credentials are configured. */
  localEditorKey: string | null;
  /** Whether `npm run build` has produced the dashboard bundle. */
  dashboardBuilt: boolean;
  pid: number;
}

/** The one block `serve` ends with: where to look, which key to use, how to stop. */
export function serveBanner({ url, localEditorKey, dashboardBuilt, pid }: BannerFacts): string {
  const key: [string, string][] =
    localEditorKey === null
      ? [['Key', 'the configured API_KEYS / JWT (none printed)']]
      : [
          ['Key', `Authorization: ApiKey ${localEditorKey}`],
          ['', 'local mode: reads need no key; this EDITOR key writes until the process stops'],
        ];
  const rows: [string, string][] = [
    ['Dashboard', dashboardBuilt ? `${url}/` : `${url}/ (not built: run \`npm run build\`)`],
    ['GraphQL IDE', `${url}/graphql (in a browser)`],
    ['API', `POST ${url}/graphql · health ${url}/health · readiness ${url}/ready`],
    ...key,
    ['Stop', `Ctrl+C (or kill ${pid})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`);
  const rule = '─'.repeat(Math.min(100, Math.max(...lines.map((line) => line.length))));
  return ['', rule, '  partnership-graph is ready', '', ...lines, rule, ''].join('\n');
}
