/// <reference lib="dom" />
/**
 * The end-to-end tests' fixture: web mode built once into a temporary folder, served on a free port
 * with the app's headers, and Debian's Chromium driven headless by playwright-core.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";

import { chromium, type Browser, type Page } from "playwright-core";

import { buildWebApp, projectRoot, startWebServer } from "../../scripts/web-server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = path.join(projectRoot, "test-results", "e2e");

export interface WebApp {
  readonly baseUrl: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startWebApp(): Promise<WebApp> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "traceur-web-"));
  await buildWebApp(outDir, { logLevel: "warn" });
  const { server, port } = (await startWebServer({ outDir, port: 0 })) as { server: Server; port: number };
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Root in CI: Chromium's sandbox needs user namespaces it may not have.
    args: ["--no-sandbox", "--disable-dev-shm-usage"],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    baseUrl: `http://localhost:${port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the engine has started (the Run button turns on). */
/**
 * A page on the app as the end-to-end tests use it: 1440×900, patient timeouts (a loaded CI machine, two
 * cores shared with the rest of the suite, is slow), and its uncaught errors collected in `errors`.
 */
export async function openAppPage(app: WebApp, errors: string[]): Promise<Page> {
  const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(60_000);
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}

export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="run-button"]:not([disabled])', { timeout: 120_000 });
}

async function finishedRuns(page: Page): Promise<number> {
  return Number(await page.getAttribute(".app", "data-finished-runs"));
}

/** Waits until more than `count` runs have ended. */
export async function waitForRunsFinished(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.querySelector(".app")?.getAttribute("data-finished-runs")) > n,
    count,
    { timeout: 120_000 },
  );
}

/** Clicks Run and waits for that run to end. */
export async function runAndWait(page: Page): Promise<void> {
  const before = await finishedRuns(page);
  await page.click('[data-testid="run-button"]');
  await waitForRunsFinished(page, before);
}

/** Opens the app on a share link carrying `code` (the page is reloaded only on the first call). */
export async function openWithCode(page: Page, baseUrl: string, code: string): Promise<void> {
  const fragment = `#code=${Buffer.from(code, "utf8").toString("base64url")}`;
  await page.goto(`${baseUrl}${fragment}`);
}

export async function graphEquations(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid="graph"][data-layout="ready"]', { timeout: 60_000 });
  return Number(await page.getAttribute('[data-testid="graph"]', "data-equations"));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
