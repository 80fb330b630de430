/// <reference lib="dom" />
// Notebook cells (`# %%`) in web mode, in headless Chromium: one cell at a time in one namespace, each
// output below its cell, errors on the file's line, Restart and Run all. Expected outputs: cells/generate.py.
import { readFileSync } from "node:fs";
import path from "node:path";

import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  graphEquations,
  openWithCode,
  screenshot,
  openAppPage,
  startWebApp,
  waitUntilReady,
  type WebApp,
} from "./web-app.ts";

const FIXTURES = path.join(import.meta.dirname, "cells");
const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const NOTEBOOK = read("notebook.py");

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

const output = (cell: number) => page.locator(`[data-testid="cell-output"][data-cell-index="${cell}"]`);
const header = (cell: number) => page.locator(`[data-testid="cell-header"][data-cell-index="${cell}"]`);

/** What a cell's output shows, as the lines it printed (each with its newline). */
async function cellText(cell: number): Promise<string> {
  const text = await output(cell).locator('[data-testid="cell-output-text"]').textContent();
  return `${text}\n`;
}

/** Waits until no cell runs or waits, and the last run has ended. */
async function waitForCells(): Promise<void> {
  await page.waitForSelector('.app[data-cells="idle"][data-run="finished"]');
}

/** The first line of each cell of NOTEBOOK (its `# %%` line). */
const MARKER_LINES = NOTEBOOK.split("\n").flatMap((line, i) => (line.startsWith("# %%") ? [i + 1] : []));

/**
 * Puts the cursor on line `n` from the keyboard, as a learner would: Monaco scrolls to it (it draws only
 * the lines and zones in view, and a click's own scrolling would move its layers behind its back).
 */
async function moveCursorToLine(n: number): Promise<void> {
  // Monaco's keyboard input: an EditContext element in Chromium (a textarea elsewhere).
  await page.locator('[data-testid="editor"] .native-edit-context').focus();
  await page.keyboard.press("Control+Home");
  for (let i = 1; i < n; i++) await page.keyboard.press("ArrowDown");
}

async function runCell(cell: number): Promise<void> {
  await moveCursorToLine(MARKER_LINES[cell]);
  await header(cell).locator('[data-testid="run-cell"]').click();
  await waitForCells();
}

async function box(locator: Locator) {
  await locator.waitFor({ state: "visible" });
  const b = await locator.boundingBox();
  if (!b) throw new Error("not visible");
  return b;
}

/** The number in the editor's margin of line `n` (1-based): where that line is drawn. */
function lineNumber(n: number): Locator {
  return page.locator('[data-testid="editor"] .line-numbers').filter({ hasText: new RegExp(`^${n}$`) });
}

describe("notebook cells in web mode", { timeout: 180_000 }, () => {
  it("shows each cell with its header and runs one cell at a time, definitions kept", async () => {
    await openWithCode(page, app.baseUrl, NOTEBOOK);
    await waitUntilReady(page);
    await expect.poll(() => page.locator('[data-testid="cell-header"]').count()).toBe(3);
    expect(await header(0).textContent()).toContain("Une fonction pure");
    expect(await header(2).textContent()).toContain("vmap, puis une erreur");
    await screenshot(page, "cells-01-opened");

    await runCell(0);
    expect(await output(0).getAttribute("data-status")).toBe("done");
    expect(await output(0).locator('[data-testid="cell-count"]').textContent()).toBe("[1]");
    // The first cell prints nothing.
    expect(await output(0).locator('[data-testid="cell-output-text"]').count()).toBe(0);

    // The second cell uses the first one's function.
    await runCell(1);
    expect(await output(1).getAttribute("data-status")).toBe("done");
    expect(await output(1).locator('[data-testid="cell-count"]').textContent()).toBe("[2]");
    expect(await cellText(1)).toBe(read("cell2.stdout"));
    // Its jaxpr goes to the jaxpr panel and the graph.
    expect((await page.textContent('[data-testid="jaxpr-text"]'))?.trimEnd()).toBe(
      read("cell2.stdout").split("\n").slice(1).join("\n").trimEnd(),
    );
    expect(await graphEquations(page)).toBe(2);

    // The output lies below its cell's last line and above the next cell's header.
    await moveCursorToLine(MARKER_LINES[2]);
    const lastLine = await box(lineNumber(14));
    const outputBox = await box(output(1));
    const nextHeader = await box(header(2));
    expect(outputBox.y).toBeGreaterThanOrEqual(lastLine.y + lastLine.height - 1);
    expect(outputBox.y + outputBox.height).toBeLessThanOrEqual(nextHeader.y + 1);
    await screenshot(page, "cells-02-two-cells-run");
  });

  it("runs the current cell with Shift+Enter and marks its error on the file's line", async () => {
    await moveCursorToLine(21);
    await page.keyboard.press("Shift+Enter");
    await waitForCells();
    expect(await output(2).getAttribute("data-status")).toBe("failed");
    const text = await cellText(2);
    expect(text.startsWith(read("cell3.stdout"))).toBe(true);
    const stderrLines = read("notebook.stderr").trimEnd().split("\n");
    expect(text.trimEnd().split("\n").at(-1)).toBe(stderrLines.at(-1));
    expect(text).toContain(stderrLines[1]); // File "main.py", line 23, in <module>
    await page.waitForSelector('[data-testid="editor"][data-error-line="23"]');
    await page.waitForSelector('[data-testid="editor"] .squiggly-error');
    expect(await page.textContent(".statusbar")).toContain("Erreur ligne 23");
    await screenshot(page, "cells-03-error-in-cell-3");
  });

  it("restarts the namespace: a cell run alone no longer sees the others' definitions", async () => {
    await page.click('[data-testid="restart-button"]');
    await expect.poll(() => page.locator('[data-testid="cell-output"]').count()).toBe(0);
    await runCell(1);
    expect(await output(1).getAttribute("data-status")).toBe("failed");
    expect(await output(1).locator('[data-testid="cell-count"]').textContent()).toBe("[1]");
    expect((await cellText(1)).trimEnd().split("\n").at(-1)).toBe(
      "NameError: name 'dumb_pure_func' is not defined",
    );
    await page.waitForSelector('[data-testid="editor"][data-error-line="13"]');
  });

  it("runs all cells in order in a fresh namespace, until the failing one", async () => {
    await page.click('[data-testid="run-button"]');
    await waitForCells();
    const counts = await Promise.all(
      [0, 1, 2].map((i) => output(i).locator('[data-testid="cell-count"]').textContent()),
    );
    expect(counts).toEqual(["[1]", "[2]", "[3]"]);
    const statuses = await Promise.all([0, 1, 2].map((i) => output(i).getAttribute("data-status")));
    expect(statuses).toEqual(["done", "done", "failed"]);
    expect(await cellText(1)).toBe(read("cell2.stdout"));
    // The console keeps the whole log: what the file prints as one script.
    const stdout = (
      await page.locator('[data-testid="output"] .console-text > span:not(.stderr)').allTextContents()
    ).join("");
    expect(stdout).toBe(read("notebook.stdout"));
    await page.waitForSelector('[data-testid="editor"][data-error-line="23"]');
    await screenshot(page, "cells-04-run-all");
  });

  it("keeps each output with its cell when a new cell is typed in", async () => {
    await moveCursorToLine(20);
    await page.keyboard.type("# %% Nouvelle cellule");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator('[data-testid="cell-header"]').count()).toBe(4);
    await page.waitForSelector(
      '[data-testid="cell-header"][data-cell-index="3"]:has-text("Nouvelle cellule")',
    );
    expect(await cellText(1)).toBe(read("cell2.stdout"));
    expect(await output(2).getAttribute("data-status")).toBe("failed");
    expect(await output(3).count()).toBe(0);
    // Deletes the marker line: the file is as it was.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Control+Shift+K");
    await expect.poll(() => page.locator('[data-testid="cell-header"]').count()).toBe(3);
  });

  it("collapses an output, and looks finished in the dark theme", async () => {
    await moveCursorToLine(MARKER_LINES[1]);
    await output(1).locator(".cell-output-bar").click();
    await expect.poll(() => output(1).locator('[data-testid="cell-output-text"]').count()).toBe(0);
    await page.click('button[aria-label="Thème sombre"]');
    await screenshot(page, "cells-05-dark-collapsed");
    await output(1).locator(".cell-output-bar").click();
    await page.click('button[aria-label="Thème clair"]');
  });

  it("drops the outputs when another file replaces the code", async () => {
    const other = NOTEBOOK.replace("# %% Son jaxpr", "# %% Autre titre");
    await openWithCode(page, app.baseUrl, other);
    await page.waitForSelector('[data-testid="cell-header"][data-cell-index="1"]:has-text("Autre titre")');
    expect(await page.locator('[data-testid="cell-output"]').count()).toBe(0);
  });

  it("stops a runaway cell and drops the cells queued after it; Python keeps its definitions", async () => {
    const code = "# %% Boucle\nn = 41\nprint('début')\nwhile True:\n    pass\n# %% Après\nprint(n + 1)\n";
    await openWithCode(page, app.baseUrl, code);
    await page.waitForSelector('[data-testid="cell-header"][data-cell-index="1"]:has-text("Après")');
    await page.click('[data-testid="run-button"]');
    await page.waitForSelector('[data-testid="cell-output"][data-cell-index="0"]:has-text("début")');
    expect(await output(1).getAttribute("data-status")).toBe("queued");
    await screenshot(page, "cells-06-running");
    await page.click('[data-testid="stop-button"]');
    await waitForCells();
    expect(await output(0).getAttribute("data-status")).toBe("interrupted");
    expect(await output(0).textContent()).toContain("KeyboardInterrupt");
    expect(await output(1).count()).toBe(0);

    await header(1).locator('[data-testid="run-cell"]').click();
    await waitForCells();
    expect(await cellText(1)).toBe("42\n");
    expect(pageErrors).toEqual([]);
  });
});
