import 'graphiql/graphiql.css';
import { GraphiQL } from 'graphiql';
import { Kind, parse } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import examples from 'virtual:readme-examples';

interface Params {
  query: string;
  variables?: unknown;
  operationName?: string | null;
}

/** The operation names a document defines, or none when it does not parse (the server will say why). */
function operationNames(query: string): string[] {
  try {
    return parse(query).definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
    );
  } catch {
    return [];
  }
}

/**
 * GraphiQL updates the selected operation name a moment after a tab switch, so a quick "run" can carry
 * the previous tab's name ("Unknown operation named …"). A name the document does not define is dropped,
 * which lets the server pick the document's only operation.
 */
function withOwnOperationName(params: Params): Params {
  const names = operationNames(params.query);
  if (!params.operationName || names.includes(params.operationName)) return params;
  return { ...params, operationName: names.length === 1 ? names[0] : undefined };
}

/** POSTs to this origin's API with the headers typed into the IDE's header editor. */
async function fetcher(params: Params, options?: { headers?: Record<string, unknown> }): Promise<unknown> {
  params = withOwnOperationName(params);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {}))
    headers[name.toLowerCase()] = String(value);
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
}

/** The README's examples, one tab each (a mutation tab needs an EDITOR key in the Headers tab). */
const defaultTabs = examples.map((query) => ({
  query,
  headers: /^\s*mutation\b/m.test(query)
    ? '{\n  "Authorization": "ApiKey <the key serve printed>"\n}'
    : undefined,
}));

createRoot(document.getElementById('ide')!).render(
  createElement(GraphiQL, {
    fetcher: fetcher as never,
    defaultTabs,
    defaultEditorToolsVisibility: false,
    // Keeps tabs and headers (keys) in the tab's session only, never across browser restarts.
    storage: sessionStorage,
  }),
);
