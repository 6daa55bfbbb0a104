import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { ServiceUnavailableError } from '../errors';

/** Debian's chromium (package `chromium`); CHROMIUM_PATH points elsewhere. Never a downloaded browser. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), nothing fetched from the internet; the browser tests use them too. */
export const CHROMIUM_FLAGS = [
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

export interface OpenOptions {
  /** Sent with every request the page makes: the caller's credentials, so /graphql sees the same caller. */
  headers?: Record<string, string>;
  /** Longest wait for the page to draw (a 2,000-stakeholder region takes a few seconds). */
  timeoutMs?: number;
}

export interface PrintOptions extends OpenOptions {
  /** Shown left of the page number in every page's footer. */
  footer: string;
}

// Strings, not functions: they run in the page, and the server is compiled without the DOM's types.
const STATE = `document.getElementById('report')?.dataset.state ?? ''`;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Opens a report page in a headless Chromium of its own, waits until it has drawn (main[data-state]),
 * and hands the page to `work`. The browser is closed whatever happens.
 */
async function withDrawnReport<T>(
  url: string,
  options: OpenOptions,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  try {
    // bypassCSP: the page's CSP forbids eval, which is how playwright runs the string checks below.
    const context = await browser.newContext({ extraHTTPHeaders: options.headers ?? {}, bypassCSP: true });
    const page = await context.newPage();
    const timeout = options.timeoutMs ?? 120_000;
    await page.goto(url, { timeout });
    await page.waitForFunction(`['ready', 'error'].includes(${STATE})`, null, { timeout });
    if ((await page.evaluate(STATE)) !== 'ready')
      throw new ReportPageError(String(await page.evaluate(`document.getElementById('report').innerText`)));
    return await work(page);
  } finally {
    await browser.close();
  }
}

/** The report at `url` as an A4 PDF with the footer and page numbers on every page. */
export function printReport(url: string, options: PrintOptions): Promise<Buffer> {
  return withDrawnReport(url, options, async (page) => {
    await page.emulateMedia({ media: 'print' });
    return page.pdf({
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
  });
}

/**
 * The drawn report as one self-contained HTML file (the CLI's --format html): stylesheets inlined,
 * scripts removed, so it opens and prints from disk with no server.
 */
export function snapshotReport(url: string, options: OpenOptions): Promise<string> {
  return withDrawnReport(url, options, async (page) => {
    await page.evaluate(`(() => {
      for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
        const sheet = [...document.styleSheets].find((s) => s.ownerNode === link);
        const style = document.createElement('style');
        style.textContent = sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\\n') : '';
        link.replaceWith(style);
      }
      for (const script of document.querySelectorAll('script, link[rel="modulepreload"]')) script.remove();
    })()`);
    return `<!doctype html>\n${await page.evaluate<string>('document.documentElement.outerHTML')}\n`;
  });
}
