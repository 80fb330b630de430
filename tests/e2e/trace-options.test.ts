/// <reference lib="dom" />
// The trace bar's transformation options: vmap's in_axes and grad's argnums reach JAX's own calls, and the
// jaxprs shown are those real JAX prints (fixtures/trace_options.stdout).
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  graphEquations,
  openWithCode,
  runAndWait,
  screenshot,
  openAppPage,
  startWebApp,
  waitForRunsFinished,
  type WebApp,
} from "./web-app.ts";

const CODE = `import jax
import jax.numpy as jnp


def f(x, a):
    return a * x**2 + jnp.sin(x)
`;

const [VMAP_JAXPR, GRAD_JAXPR] = fs
  .readFileSync(path.join(import.meta.dirname, "fixtures/trace_options.stdout"), "utf8")
  .split(/\n(?=\{ lambda)/)
  .map((s) => s.trimEnd());

let app: WebApp;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startWebApp();
  page = await openAppPage(app, pageErrors);
  await openWithCode(page, app.baseUrl, CODE);
  await runAndWait(page);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

async function trace(transform: string, args: string, option: string): Promise<string> {
  await page.selectOption('[data-testid="trace-transform"]', transform);
  await page.fill('[data-testid="trace-args"]', args);
  await page.fill('[data-testid="trace-option"]', option);
  const before = Number(await page.getAttribute(".app", "data-finished-runs"));
  await page.click('[data-testid="trace-button"]');
  await waitForRunsFinished(page, before);
  return ((await page.textContent('[data-testid="jaxpr-text"]')) ?? "").trimEnd();
}

describe("trace bar options", () => {
  it("traces vmap with in_axes as JAX does", async () => {
    expect(await page.$('[data-testid="trace-option"]')).toBeNull();
    expect(await trace("vmap", "jnp.ones((4, 3)), 2.0", "(0, None)")).toBe(VMAP_JAXPR);
    expect(await graphEquations(page)).toBe(5);
    await screenshot(page, "trace-01-vmap-in-axes");
  });

  it("traces grad with argnums as JAX does", async () => {
    expect(await trace("grad", "1.5, 2.0", "1")).toBe(GRAD_JAXPR);
    expect(pageErrors).toEqual([]);
  });
});
