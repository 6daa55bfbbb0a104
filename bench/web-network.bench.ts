/**
 * The dashboard's partner network for a generated community of 2,000 stakeholders in Chromium: how long
 * from the data being in the page to the layout settled (ForceAtlas2 in a web worker) and drawn by sigma.js,
 * and the fetch through the API before it. Prints one row per run and the median; the target is under 3 s
 * for the render. Saves a screenshot to test-artifacts/bench/.
 *
 *   npm run bench:web            (BENCH_RUNS=3, BENCH_STAKEHOLDERS=2000)
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { projectRoot } from '../src/paths';
import { withServedCommunity } from './support/served-community';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STAKEHOLDERS = Number(process.env.BENCH_STAKEHOLDERS ?? 2_000);

interface Figures {
  fetchMs: number;
  layoutMs: number;
  drawMs: number;
  renderMs: number;
  nodes: number;
  edges: number;
}

async function main(): Promise<void> {
  await withServedCommunity(
    { stakeholders: STAKEHOLDERS, idPrefix: 'web' },
    async ({ url, community, browser }) => {
      const rows: Figures[] = [];
      const tab = await browser.open();
      for (let run = 0; run < RUNS; run += 1) {
        await tab.page.goto(`${url}/#/community/${community}`);
        if (run > 0) await tab.page.reload();
        await tab.page.waitForFunction(
          () => document.getElementById('network')?.dataset.state === 'drawn',
          null,
          {
            timeout: 120_000,
          },
        );
        rows.push(
          await tab.page.evaluate(() => {
            const at = (name: string): number => performance.getEntriesByName(name)[0]!.startTime;
            const network = document.getElementById('network')!.dataset;
            return {
              fetchMs: at('network:fetched'),
              layoutMs: at('network:layout-end') - at('network:fetched'),
              drawMs: at('network:drawn') - at('network:layout-end'),
              renderMs: at('network:drawn') - at('network:fetched'),
              nodes: Number(network.nodes),
              edges: Number(network.edges),
            };
          }),
        );
      }
      const shot = join(projectRoot(), 'test-artifacts', 'bench', `network-${STAKEHOLDERS}.png`);
      await tab.page.screenshot({ path: shot });
      print(rows, shot);
    },
  );
}

function print(rows: Figures[], shot: string): void {
  const ms = (v: number): string => `${Math.round(v).toLocaleString('en')} ms`.padStart(10);
  process.stdout.write(
    `\nPartner network in Chromium, ${rows[0]!.nodes.toLocaleString('en')} stakeholders, ${rows[0]!.edges.toLocaleString('en')} ties\n` +
      'run   page load → data   build + layout   draw   render (data → drawn)\n',
  );
  rows.forEach((r, i) =>
    process.stdout.write(
      `${String(i + 1).padEnd(4)}  ${ms(r.fetchMs)}        ${ms(r.layoutMs)}   ${ms(r.drawMs)}   ${ms(r.renderMs)}\n`,
    ),
  );
  const median = [...rows].sort((a, b) => a.renderMs - b.renderMs)[Math.floor(rows.length / 2)]!;
  process.stdout.write(
    `median render ${Math.round(median.renderMs)} ms (target < 3,000 ms: ${median.renderMs < 3_000 ? 'met' : 'NOT met'})\nscreenshot: ${shot}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
