/// <reference lib="dom" />
// The timing panel end to end: the seed notebook's In[7]-In[9] (eager vmap, then jit's first and cached
// calls), at smaller sizes, timed without any timing code of the learner's.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  openWithCode,
  runAndWait,
  screenshot,
  openAppPage,
  startWebApp,
  waitUntilReady,
  type WebApp,
} from "./web-app.ts";

const SEED_TIMING = `import jax
from jax import numpy as jnp


def myfunc(x, a=1, b=1, c=1):
    return a * x**2 + b * x + c


vmyfunc = jax.vmap(myfunc, in_axes=(0, None, None, None))
vmyfunc2 = jax.vmap(vmyfunc, in_axes=(None, 0, None, None))

Ne = 20
xa = jnp.linspace(0.0, 5.0, 600)
aa = jnp.linspace(0.0, 1.0, 300)
for e in range(Ne):
    val = vmyfunc2(xa, aa, 1, 1)

jvmyfunc2 = jax.jit(vmyfunc2)
val = jvmyfunc2(xa, aa, 1, 1)
for e in range(Ne):
    val = jvmyfunc2(xa, aa, 1, 1)
print(val.shape)
`;

const EAGER = "vmap(vmap(myfunc))";
const JIT = "jit(vmap(vmap(myfunc)))";

let app: WebApp;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startWebApp();
  page = await openAppPage(app, pageErrors);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

const row = (chain: string) => `[data-testid="timing-row"][data-chain="${chain}"]`;
/** A row's texts: calls, first call and median (their values and badges apart). */
async function rowTexts(chain: string) {
  const text = (selector: string) => page.textContent(`${row(chain)} ${selector}`).then((t) => t ?? "");
  const badge = async (column: number) => {
    const element = await page.$(`${row(chain)} td:nth-of-type(${column}) .timings-badge`);
    return element ? await element.textContent() : null;
  };
  return {
    calls: await text("td:nth-of-type(1)"),
    first: await text("td:nth-of-type(2) .timings-value"),
    firstBadge: await badge(2),
    median: await text("td:nth-of-type(3) .timings-value"),
    speedup: await badge(3),
  };
}

const FRENCH_DURATION = /^\d+(,\d+)?\u00a0(ms|µs|s)$/;
const ENGLISH_DURATION = /^\d+(\.\d+)?\u00a0(ms|µs|s)$/;

describe("the timing panel", { timeout: 180_000 }, () => {
  it("says what will appear before any transformed function is called", async () => {
    await openWithCode(page, app.baseUrl, SEED_TIMING);
    await waitUntilReady(page);
    await page.click('[data-testid="timings-tab"]');
    expect(await page.textContent('[data-testid="timings"]')).toBe(
      "Appelez une fonction transformée par jax.jit ou jax.vmap pour voir ses temps ici.",
    );
    await screenshot(page, "timings-00-empty");
  });

  it("shows the eager vmap and its jit, with jit's first call compiling", async () => {
    await runAndWait(page);
    await page.waitForSelector(row(JIT));
    const chains = await page.$$eval('[data-testid="timing-row"]', (els) => els.map((e) => e.dataset.chain));
    expect(chains).toEqual([EAGER, JIT]);

    const eager = await rowTexts(EAGER);
    expect(eager.calls).toBe("20");
    expect(eager.first).toMatch(FRENCH_DURATION);
    expect(eager.firstBadge).toBeNull();
    expect(eager.median).toMatch(FRENCH_DURATION);
    expect(eager.speedup).toBeNull();

    const jitted = await rowTexts(JIT);
    expect(jitted.calls).toBe("21");
    expect(jitted.firstBadge).toBe("compilation");
    expect(jitted.first).toMatch(FRENCH_DURATION);
    expect(jitted.median).toMatch(FRENCH_DURATION);
    // The jit row compares its median with the eager one's: `×3,6`.
    expect(jitted.speedup).toMatch(/^×\d+(,\d)?$/);
    expect(await page.isVisible('[data-testid="timings-chart"]')).toBe(true);
    expect(await page.$$eval(".timings-bar", (els) => els.length)).toBe(4);
    await screenshot(page, "timings-01-light-fr");
  });

  it("keeps the output a tab away, and the timings in English and the dark theme", async () => {
    await page.click('[data-testid="output-tab"]');
    expect(await page.textContent('[data-testid="output"]')).toBe("(300, 600)\n");
    // The tab tells that timings wait there.
    expect(await page.isVisible('[data-testid="timings-tab"] .pane-tab-dot')).toBe(true);
    await page.click('[data-testid="timings-tab"]');
    await page.selectOption(".language-select", "en");
    await page.click('button[aria-label="Thème sombre"], button[aria-label="Dark theme"]');
    const jitted = await rowTexts(JIT);
    expect(jitted.firstBadge).toBe("compilation");
    expect(jitted.first).toMatch(ENGLISH_DURATION);
    expect(jitted.speedup).toMatch(/^×\d+(\.\d)?$/);
    expect(await page.textContent('[data-testid="timings-tab"]')).toBe("Timings");
    await screenshot(page, "timings-02-dark-en");
    expect(pageErrors).toEqual([]);
  });
});
