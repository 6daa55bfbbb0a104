/**
 * The printable Community Profile of a generated community of 2,000 stakeholders: how long from asking
 * to the report drawn in Chromium (HTML: page load, every GraphQL request, the layout, the SVG) and to
 * the PDF bytes (GET ?format=pdf: Chromium launched, page drawn, printed). Prints one row per run and
 * the medians; the target is under 10 s for each. Writes the last PDF to test-artifacts/bench/.
 *
 *   npm run bench:report            (BENCH_RUNS=3, BENCH_STAKEHOLDERS=2000)
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../src/paths';
import { withServedCommunity } from './support/served-community';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STAKEHOLDERS = Number(process.env.BENCH_STAKEHOLDERS ?? 2_000);
const AS_OF = '2026-06-30';
const TARGET_MS = 10_000;

interface Figures {
  /** From navigation start, in the page: the profile document, the network pages, the layout, drawn. */
  profileMs: number;
  networkMs: number;
  layoutMs: number;
  drawnMs: number;
  htmlMs: number;
  pdfMs: number;
  pdfBytes: number;
}

async function main(): Promise<void> {
  await withServedCommunity(
    { stakeholders: STAKEHOLDERS, idPrefix: 'report' },
    async ({ url, community, browser }) => {
      const rows: Figures[] = [];
      const pdfPath = join(projectRoot(), 'test-artifacts', 'bench', `report-${STAKEHOLDERS}.pdf`);
      mkdirSync(dirname(pdfPath), { recursive: true });
      const tab = await browser.open();
      const address = `${url}/reports/communities/${community}?asOf=${AS_OF}`;
      for (let run = 0; run < RUNS; run += 1) {
        const htmlStart = performance.now();
        await tab.page.goto(address);
        await tab.page.waitForFunction(
          () => ['ready', 'error'].includes(document.getElementById('report')?.dataset.state ?? ''),
          null,
          { timeout: 120_000 },
        );
        const htmlMs = performance.now() - htmlStart;
        const state = await tab.page.evaluate(() => document.getElementById('report')!.dataset.state);
        if (state !== 'ready')
          throw new Error(`the report page failed: ${await tab.page.innerText('#report')}`);
        const marks = await tab.page.evaluate(() => {
          const at = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          return {
            profileMs: at('report:profile-fetched'),
            networkMs: at('report:network-fetched'),
            layoutMs: at('report:laid-out'),
            drawnMs: at('report:drawn'),
          };
        });
        const pdfStart = performance.now();
        const response = await fetch(`${address}&format=pdf`);
        if (!response.ok) throw new Error(`PDF: HTTP ${response.status} ${await response.text()}`);
        const pdf = Buffer.from(await response.arrayBuffer());
        rows.push({ ...marks, htmlMs, pdfMs: performance.now() - pdfStart, pdfBytes: pdf.length });
        writeFileSync(pdfPath, pdf);
      }
      print(rows, pdfPath);
    },
  );
}

function print(rows: Figures[], pdfPath: string): void {
  const ms = (v: number): string => `${Math.round(v).toLocaleString('en')} ms`.padStart(10);
  const median = (pick: (r: Figures) => number): number =>
    rows.map(pick).sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
  process.stdout.write(
    `\nCommunity Profile of ${STAKEHOLDERS.toLocaleString('en')} stakeholders at ${AS_OF}\n` +
      'run   profile   network    laid out   drawn     HTML (asked → drawn)   PDF (asked → bytes)   PDF size\n',
  );
  rows.forEach((r, i) =>
    process.stdout.write(
      `${String(i + 1).padEnd(4)}${ms(r.profileMs)}${ms(r.networkMs)}${ms(r.layoutMs)}${ms(r.drawnMs)}  ${ms(r.htmlMs)}             ${ms(r.pdfMs)}            ${(r.pdfBytes / 1024).toFixed(0)} KiB\n`,
    ),
  );
  const html = median((r) => r.htmlMs);
  const pdf = median((r) => r.pdfMs);
  const verdict = (v: number): string => (v < TARGET_MS ? 'met' : 'NOT met');
  process.stdout.write(
    `median HTML ${Math.round(html)} ms, PDF ${Math.round(pdf)} ms (target < 10,000 ms each: ${verdict(html)}, ${verdict(pdf)})\npdf: ${pdfPath}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
