import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ServiceUnavailableError } from '../errors';

/** Debian's chromium (package `chromium`); CHROMIUM_PATH points elsewhere. Never a downloaded browser. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The PDF needs a browser this machine does not have; the HTML report still works. */
export class ChromiumMissingError extends ServiceUnavailableError {
  constructor(path: string) {
    super(
      `PDF reports are printed by Chromium, and ${path} is missing: install Debian's package "chromium" ` +
        `(apt-get install chromium) or set CHROMIUM_PATH; the HTML report (without ?format=pdf) works without it`,
    );
  }
}

/** The page reported it could not draw the report (main[data-state=error]); its message says why. */
export class ReportPageError extends Error {}

export interface PrintOptions {
  /** Sent with every request the page makes: the caller's credentials, so /graphql sees the same caller. */
  headers?: Record<string, string>;
  /** Shown left of the page number in every page's footer. */
  footer: string;
  /** Longest wait for the page to draw (a 2,000-stakeholder region takes a few seconds). */
  timeoutMs?: number;
}

const STATE = `document.getElementById('report')?.dataset.state ?? ''`;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Opens a report page in a headless Chromium of its own, waits until it has drawn (main[data-state]),
 * and prints it to A4 with page numbers in the footer. The browser is closed whatever happens.
 */
export async function printReport(url: string, options: PrintOptions): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ extraHTTPHeaders: options.headers ?? {} });
    const page = await context.newPage();
    const timeout = options.timeoutMs ?? 120_000;
    await page.goto(url, { timeout });
    // Strings, not functions: they run in the page, and the server is compiled without the DOM's types.
    await page.waitForFunction(`['ready', 'error'].includes(${STATE})`, null, { timeout });
    if ((await page.evaluate(STATE)) !== 'ready')
      throw new ReportPageError(String(await page.evaluate(`document.getElementById('report').innerText`)));
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font: 8px sans-serif; color: #4b5563; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between">' +
        `<span>${escapeHtml(options.footer)}</span>` +
        '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
    });
  } finally {
    await browser.close();
  }
}
