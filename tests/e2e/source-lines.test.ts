/// <reference lib="dom" />
// Graph ↔ editor, end to end: hovering an equation highlights the learner's line that created it, and
// pointing at a line of the editor highlights the equations it created (graph nodes and jaxpr lines).
import type { Core } from "cytoscape";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  graphEquations,
  openWithCode,
  runAndWait,
  screenshot,
  openAppPage,
  startWebApp,
  waitUntilReady,
  type WebApp,
} from "./web-app.ts";

// sin and mul come from line 6 (inside helper), add from line 11.
const CODE = `import jax
import jax.numpy as jnp


def helper(x):
    return jnp.sin(x) * 2.0


def f(x):
    y = helper(x)
    return y + x


print(jax.make_jaxpr(f)(1.0))
`;

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

/** Where a graph node is drawn on the page (Cytoscape draws on a canvas: ask it, through its container). */
async function nodeCentre(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const container = document.querySelector('[data-testid="graph"]') as HTMLElement & {
      _cyreg?: { cy?: Core };
    };
    const cy = container._cyreg?.cy;
    if (!cy) throw new Error("no Cytoscape instance on the graph's container");
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

/** A point on a line of the editor's text, found by its line number in the gutter. */
async function editorLinePoint(line: number): Promise<{ x: number; y: number }> {
  const number = page.locator('[data-testid="editor"] .line-numbers', { hasText: new RegExp(`^${line}$`) });
  const box = await number.boundingBox();
  if (!box) throw new Error(`line ${line} is not drawn`);
  return { x: box.x + box.width + 120, y: box.y + box.height / 2 };
}

const linkedLine = () => page.getAttribute('[data-testid="editor"]', "data-linked-line");
const linkedNodes = () => page.getAttribute('[data-testid="graph"]', "data-linked-nodes");
const linkedJaxprLines = () => page.locator(".jaxpr-line.linked").allTextContents();

describe("source lines in web mode", { timeout: 180_000 }, () => {
  it("highlights the line of a hovered graph node or jaxpr line, and the equations of an editor line", async () => {
    await openWithCode(page, app.baseUrl, CODE);
    await waitUntilReady(page);
    await runAndWait(page);
    expect(await graphEquations(page)).toBe(3);

    // A graph node → its line in the editor.
    const add = await nodeCentre("e2");
    await page.mouse.move(add.x, add.y, { steps: 3 });
    await page.waitForSelector('[data-testid="editor"][data-linked-line="11"]');
    await page.waitForSelector('[data-testid="editor"] .editor-linked-line');
    expect(await page.locator(".jaxpr-line.highlighted").allTextContents()).toEqual([
      "    d:f32[] = add c a\n",
    ]);
    await screenshot(page, "source-01-node-to-line");

    const sin = await nodeCentre("e0");
    await page.mouse.move(sin.x, sin.y, { steps: 3 });
    await page.waitForSelector('[data-testid="editor"][data-linked-line="6"]');

    // A line of the jaxpr text → its line in the editor.
    await page.locator(".jaxpr-line", { hasText: "= mul" }).hover();
    await page.waitForSelector('[data-testid="editor"][data-linked-line="6"]');
    await page.locator(".jaxpr-line", { hasText: "= add" }).hover();
    await page.waitForSelector('[data-testid="editor"][data-linked-line="11"]');

    // Nothing hovered, nothing pointed at: no link.
    await page.mouse.move(5, 5);
    await page.waitForSelector('[data-testid="editor"][data-linked-line=""]');
    // Monaco redraws its decorations on the next animation frame, after React set the attribute.
    await expect.poll(() => page.locator('[data-testid="editor"] .editor-linked-line').count()).toBe(0);
    expect(await linkedNodes()).toBeNull();

    // An editor line under the pointer → the equations it created.
    const line6 = await editorLinePoint(6);
    await page.mouse.move(line6.x, line6.y, { steps: 3 });
    await page.waitForSelector('[data-testid="graph"][data-linked-nodes="e0 e1"]');
    expect(await linkedJaxprLines()).toEqual(["    b:f32[] = sin a\n", "    c:f32[] = mul b 2.0:f32[]\n"]);
    await screenshot(page, "source-02-line-to-nodes");

    // A line that created nothing links nothing.
    const line10 = await editorLinePoint(10);
    await page.mouse.move(line10.x, line10.y, { steps: 3 });
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="graph"]')?.hasAttribute("data-linked-nodes"),
    );
    expect(await linkedJaxprLines()).toEqual([]);

    // The cursor's line, while the editor has focus, once the pointer has left it.
    const line11 = await editorLinePoint(11);
    await page.mouse.click(line11.x, line11.y);
    await page.mouse.move(5, 5);
    await page.waitForSelector('[data-testid="graph"][data-linked-nodes="e2"]');
    expect(await linkedJaxprLines()).toEqual(["    d:f32[] = add c a\n"]);
    expect(await linkedLine()).toBe("");
    expect(pageErrors).toEqual([]);
  });

  it("looks right in the dark theme", async () => {
    await page.click('button[aria-label="Thème sombre"], button[aria-label="Dark theme"]');
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    // The cursor's line links its equations while a hovered node links its own line.
    const line11 = await editorLinePoint(11);
    await page.mouse.click(line11.x, line11.y);
    const mul = await nodeCentre("e1");
    await page.mouse.move(mul.x, mul.y, { steps: 3 });
    await page.waitForSelector('[data-testid="editor"][data-linked-line="6"]');
    await page.waitForSelector('[data-testid="graph"][data-linked-nodes="e2"]');
    await screenshot(page, "source-03-dark");
    expect(pageErrors).toEqual([]);
  });
});
