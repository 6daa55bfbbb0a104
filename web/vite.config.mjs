// Builds the dashboard (index.html), the GraphQL IDE (ide.html) and the printable report (report.html)
// into dist/web, every asset bundled:
// the server serves them from its own origin and the pages work with no internet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const readme = fileURLToPath(new URL('../README.md', import.meta.url));

/**
 * The operations of one ```graphql block, each with the comment lines above it and the block's
 * fragments: a block may hold several operations, and a tab with a named and an anonymous one is invalid.
 */
export function operationsOf(block) {
  const chunks = [];
  let current = [];
  let comments = [];
  for (const line of block.split('\n')) {
    if (/^#/.test(line)) comments.push(line);
    else if (/^(query|mutation|subscription|fragment)\b|^\{/.test(line)) {
      if (current.length) chunks.push(current.join('\n').trim());
      current = [...comments, line];
      comments = [];
    } else {
      current.push(...comments, line);
      comments = [];
    }
  }
  if (current.length || comments.length) chunks.push([...current, ...comments].join('\n').trim());
  const fragments = chunks.filter((c) => /^(#.*\n)*fragment\b/.test(c));
  return chunks.filter((c) => !fragments.includes(c)).map((c) => [c, ...fragments].join('\n\n') + '\n');
}

/** `virtual:readme-examples`: every operation of the README's ```graphql blocks, for the IDE's tabs. */
function readmeExamples() {
  const id = 'virtual:readme-examples';
  return {
    name: 'readme-examples',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      this.addWatchFile(readme);
      const blocks = [...readFileSync(readme, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
        (m) => m[1],
      );
      return `export default ${JSON.stringify(blocks.flatMap(operationsOf))};`;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [readmeExamples()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { index: `${root}/index.html`, ide: `${root}/ide.html`, report: `${root}/report.html` },
      // GraphiQL's Radix UI modules start with "use client" (a React Server Components hint that
      // means nothing in a browser bundle); rollup warns once per module. Other warnings still show.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
