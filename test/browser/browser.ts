/// <reference lib="dom" />
// Functions passed to page.evaluate run in the browser: they see the DOM.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot, webDir } from '../../src/paths';
import { CHROMIUM_FLAGS } from '../../src/reports/chromium';

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(projectRoot(), 'test-artifacts', 'browser');

function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    }),
  );
}

/**
 * Builds dist/web when it is missing or older than its sources, web/, locales/ (the report's catalogs)
 * and the README (the IDE's tabs):
 * tests run the server from sources, but the browser gets the bundle.
 */
export function ensureWebBuilt(): void {
  const index = join(webDir(), 'index.html');
  const sources = Math.max(
    newest(join(projectRoot(), 'web')),
    newest(join(projectRoot(), 'locales')),
    statSync(join(projectRoot(), 'README.md')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const result = spawnSync('npx', ['vite', 'build', '-c', 'web/vite.config.mjs', '--logLevel', 'warn'], {
    cwd: projectRoot(),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Browser {
  context: BrowserContext;
  /** A new tab that records every request it makes and every console error it meets. */
  open(): Promise<Tab>;
  close(): Promise<void>;
}

export interface Tab {
  page: Page;
  requests: string[];
  errors: string[];
  screenshot(name: string): Promise<string>;
}

/** Chromium with a fresh user-data-dir, removed on close. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (.ci/run does)`);
  const profile = mkdtempSync(join(tmpdir(), 'pg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1366, height: 900 },
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    open: async () => {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return {
        page,
        requests,
        errors,
        screenshot: async (name) => {
          const path = join(ARTIFACTS, `${name}.png`);
          await page.screenshot({ path, fullPage: true });
          return path;
        },
      };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (from npm, evaluated in the page) and returns the serious and critical violations. */
export async function seriousViolations(
  page: Page,
): Promise<{ id: string; help: string; targets: string[] }[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Waits until the dashboard has drawn its page (main[data-state=ready|credentials|error]). */
export async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => ['ready', 'credentials', 'error'].includes(document.getElementById('main')?.dataset.state ?? ''),
    null,
    { timeout: 60_000 },
  );
  return page.evaluate(() => document.getElementById('main')!.dataset.state!);
}
