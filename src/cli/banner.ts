export interface BannerFacts {
  /** The server's base URL, e.g. http://127.0.0.1:4000. */
  url: string;
  /** The key of the local mode (EDITOR, or ADMIN with --admin), or null when credentials are configured. */
  localKey: { key: string; role: string } | null;
  /** Whether `npm run build` has produced the dashboard bundle. */
  dashboardBuilt: boolean;
  pid: number;
}

/** The one block `serve` ends with: where to look, which key to use, how to stop. */
export function serveBanner({ url, localKey, dashboardBuilt, pid }: BannerFacts): string {
  const key: [string, string][] =
    localKey === null
      ? [['Key', 'the configured API_KEYS / JWT (none printed)']]
      : [
          ['Key', `Authorization: ApiKey ${localKey.key}`],
          ['', `local mode: reads need no key; this ${localKey.role} key writes until the process stops`],
          ...(localKey.role === 'ADMIN'
            ? []
            : ([['', '(`serve --admin` prints an ADMIN key instead)']] as [string, string][])),
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
