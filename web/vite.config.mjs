// Builds the dashboard (index.html) and the GraphQL IDE (ide.html) into dist/web, every asset bundled:
// the server serves them from its own origin and the pages work with no internet.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const readme = fileURLToPath(new URL('../README.md', import.meta.url));

/** `virtual:readme-examples`: every ```graphql block of the README, for the IDE's tabs. */
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
      return `export default ${JSON.stringify(blocks)};`;
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
    rollupOptions: { input: { index: `${root}/index.html`, ide: `${root}/ide.html` } },
  },
  worker: { format: 'es' },
});
