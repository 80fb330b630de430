/// <reference lib="dom" />
// The app end to end, in web mode, in headless Chromium: what a learner does and sees.
import { readFileSync } from "node:fs";
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../scripts/web-server.mjs";
import {
  graphEquations,
  openWithCode,
  runAndWait,
  screenshot,
  openAppPage,
  startWebApp,
  waitForRunsFinished,
  waitUntilReady,
  type WebApp,
} from "./web-app.ts";

// shared/ lies beside the repository (as for the golden tests).
const SEED = path.resolve(projectRoot, "../shared/golden/seed");

/** The seed notebook as a script, and what real JAX prints for it. */
function seedNotebook(): { code: string; stdout: string } {
  return {
    code: readFileSync(`${SEED}/seed.py`, "utf8"),
    stdout: readFileSync(`${SEED}/seed.stdout`, "utf8"),
  };
}

const NESTED_JIT = `import jax
import jax.numpy as jnp


@jax.jit
def inner(x):
    return jnp.sin(x) * 2.0


def outer(x):
    return inner(x) + 1.0
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

const outputText = () => page.textContent('[data-testid="output"]');
const jaxprText = () => page.textContent('[data-testid="jaxpr-text"]');

describe("Traceur in web mode", { timeout: 180_000 }, () => {
  it("runs the seed notebook opened from a share link: output, jaxpr text and graph", async () => {
    const { code, stdout } = seedNotebook();
    await openWithCode(page, app.baseUrl, code);
    // The engine starts loading first; the UI appears while it does.
    await page.waitForSelector('[data-testid="run-button"]');
    await screenshot(page, "01-loading");
    await waitUntilReady(page);
    expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
    await runAndWait(page);

    expect(await outputText()).toBe(stdout);
    expect((await outputText())?.split("\n")[0]).toBe("36");
    const jaxpr = await jaxprText();
    expect(jaxpr).toContain("integer_pow[y=2]");
    expect(jaxpr?.trimEnd()).toBe(stdout.split("\n").slice(1, 5).join("\n"));
    // The first printed jaxpr is shown: one graph node per equation.
    const equations = (jaxpr ?? "").split("\n").filter((line) => line.includes(" = ")).length;
    expect(equations).toBe(2);
    expect(await graphEquations(page)).toBe(equations);
    await screenshot(page, "02-seed-run");

    // The second printed jaxpr (myfunc's), picked from the graph pane's menu.
    await page.selectOption(".jaxpr-select", "1");
    const second = (await jaxprText()) ?? "";
    expect(second.trimEnd()).toBe(stdout.split("\n").slice(5, 12).join("\n"));
    expect(await graphEquations(page)).toBe(5);
    expect(pageErrors).toEqual([]);
  });

  it("stops an infinite loop, then runs again", async () => {
    await openWithCode(page, app.baseUrl, "print('début')\nwhile True:\n    pass\n");
    const before = Number(await page.getAttribute(".app", "data-finished-runs"));
    await page.click('[data-testid="run-button"]');
    await page.waitForSelector('[data-testid="stop-button"]:not([disabled])');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="output"]')?.textContent?.includes("début"),
    );
    await screenshot(page, "03-running");
    await page.click('[data-testid="stop-button"]');
    await waitForRunsFinished(page, before);
    expect(await outputText()).toContain("KeyboardInterrupt");
    expect(await page.textContent(".statusbar")).toContain("Exécution interrompue");
    await screenshot(page, "04-stopped");

    await openWithCode(page, app.baseUrl, "import jax.numpy as jnp\nprint(jnp.arange(4) * 2)\n");
    await runAndWait(page);
    expect(await outputText()).toBe("[0 2 4 6]\n");
  });

  it("replaces an engine stuck outside Python: it loads again, then runs the next code", async () => {
    // A product of two 4000×4000 matrices keeps the engine busy far longer than Stop waits for Python.
    const stuck =
      "import jax.numpy as jnp\nx = jnp.ones((4000, 4000))\nprint('début')\n(x @ x).block_until_ready()\n";
    await openWithCode(page, app.baseUrl, stuck);
    const before = Number(await page.getAttribute(".app", "data-finished-runs"));
    await page.click('[data-testid="run-button"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="output"]')?.textContent?.includes("début"),
    );
    await page.click('[data-testid="stop-button"]');
    await waitForRunsFinished(page, before);
    // From the run's end on, the new engine is loading: nothing can be run before it is ready.
    expect(await page.getAttribute(".app", "data-engine")).toBe("loading");
    expect(await page.isDisabled('[data-testid="run-button"]')).toBe(true);
    expect(await outputText()).toContain("KeyboardInterrupt");
    expect(await page.textContent(".notice")).toBe(
      "Le code ne répondait plus : Python redémarre, ses définitions sont perdues.",
    );
    await screenshot(page, "04b-engine-restarting");

    await waitUntilReady(page);
    await openWithCode(page, app.baseUrl, "print(6 * 7)\n");
    await runAndWait(page);
    expect(await outputText()).toBe("42\n");
    expect(pageErrors).toEqual([]);
  });

  it("marks the line of a syntax error", async () => {
    await openWithCode(page, app.baseUrl, "import jax\n\nx = = 2\nprint(x)\n");
    await runAndWait(page);
    expect(await outputText()).toContain("SyntaxError");
    await page.waitForSelector('[data-testid="editor"][data-error-line="3"]');
    await page.waitForSelector('[data-testid="editor"] .squiggly-error');
    expect(await page.textContent(".statusbar")).toContain("Erreur ligne 3");
    await screenshot(page, "05-syntax-error");
  });

  it("marks the learner's line of a traceback from inside a traced function", async () => {
    const code = "import jax\n\n\ndef f(x):\n    return x.nope\n\n\nprint(jax.make_jaxpr(f)(1.0))\n";
    await openWithCode(page, app.baseUrl, code);
    await runAndWait(page);
    expect(await outputText()).toContain("AttributeError");
    await page.waitForSelector('[data-testid="editor"][data-error-line="5"]');
  });

  it("traces a function picked by the learner; its nested jit collapses and expands", async () => {
    await openWithCode(page, app.baseUrl, NESTED_JIT);
    await page.waitForSelector('[data-testid="trace-function"] option[value="outer"]', { state: "attached" });
    await page.selectOption('[data-testid="trace-function"]', "outer");
    await page.fill('[data-testid="trace-args"]', "1.0");
    const before = Number(await page.getAttribute(".app", "data-finished-runs"));
    await page.click('[data-testid="trace-button"]');
    await waitForRunsFinished(page, before);
    expect(await jaxprText()).toContain("jit[");
    expect(await jaxprText()).toContain("name=inner");
    // jit, with sin and mul inside it, then add.
    expect(await graphEquations(page)).toBe(4);
    await screenshot(page, "06-nested-jit-open");

    await page.click('[data-testid="graph-toggle-nested"]');
    await page.waitForSelector('[data-testid="graph"][data-equations="2"][data-layout="ready"]');
    await screenshot(page, "07-nested-jit-closed");

    await page.click('[data-testid="graph-toggle-nested"]');
    await page.waitForSelector('[data-testid="graph"][data-equations="4"][data-layout="ready"]');
  });

  it("traces a function through a transformation from the trace bar", async () => {
    await page.selectOption('[data-testid="trace-transform"]', "jit");
    const before = Number(await page.getAttribute(".app", "data-finished-runs"));
    await page.click('[data-testid="trace-button"]');
    await waitForRunsFinished(page, before);
    const text = (await jaxprText()) ?? "";
    expect(text).toContain("name=outer");
    expect(text).toContain("name=inner");
    // jit(outer) holds jit(inner) (sin, mul) and add.
    expect(await graphEquations(page)).toBe(5);
    await screenshot(page, "08-traced-jit");
    await page.selectOption('[data-testid="trace-transform"]', "none");
  });

  it("keeps the tail of a million printed lines", async () => {
    await openWithCode(page, app.baseUrl, "for i in range(1_000_000):\n    print(i)\n");
    await runAndWait(page);
    const lines = (await outputText())?.trimEnd().split("\n") ?? [];
    expect(lines.at(-1)).toBe("999999");
    expect(await page.textContent(".console-note")).toMatch(/lignes plus anciennes masquées/);
    await screenshot(page, "09-million-lines");
  });

  it("reports code that allocates too much, and keeps working", async () => {
    await openWithCode(page, app.baseUrl, "import jax.numpy as jnp\n\nx = jnp.zeros((50000, 50000))\n");
    await runAndWait(page);
    expect(await outputText()).toContain("MemoryError: Unable to allocate 9.3 GiB");
    await page.waitForSelector('[data-testid="editor"][data-error-line="3"]');
    await openWithCode(page, app.baseUrl, "print(6 * 7)\n");
    await runAndWait(page);
    expect(await outputText()).toBe("42\n");
  });

  it("opens a .py file, and refuses one that is not UTF-8 or too big", async () => {
    const open = async (name: string, buffer: Buffer) => {
      const chooser = page.waitForEvent("filechooser");
      await page.click('button:has-text("Ouvrir")');
      await (await chooser).setFiles({ name, mimeType: "text/x-python", buffer });
    };
    await open("latin1.py", Buffer.from("x = 'caf\xe9'\n", "latin1"));
    await page.waitForSelector(".notice:has-text('UTF-8')");
    await screenshot(page, "10-not-utf8");
    await open("big.py", Buffer.alloc(5 * 1024 * 1024, "a"));
    await page.waitForSelector(".notice:has-text('trop gros (5.0 Mo)')");
    await open("lesson.py", Buffer.from("print('ouvert')\n", "utf8"));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="editor"]')?.textContent?.includes("ouvert"),
    );
    await runAndWait(page);
    expect(await outputText()).toBe("ouvert\n");
  });

  it("saves the opened file by download, and marks the title while it is modified", async () => {
    expect(await page.title()).toBe("lesson.py — Traceur");
    await page.click('[data-testid="editor"] .view-lines');
    await page.keyboard.press("Control+End");
    await page.keyboard.type("# modifié\n");
    await page.waitForFunction(() => document.title === "• lesson.py — Traceur");
    const download = page.waitForEvent("download");
    await page.click('button:has-text("Enregistrer")');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("lesson.py");
    expect(readFileSync(await saved.path(), "utf8")).toBe("print('ouvert')\n# modifié\n");
    await page.waitForSelector(".notice:has-text('Enregistré : lesson.py')");
    expect(await page.title()).toBe("lesson.py — Traceur");
  });

  it("brings back what was typed when the app starts again without a share link", async () => {
    await openWithCode(page, app.baseUrl, "x = 1\n");
    await page.click('[data-testid="editor"] .view-lines');
    await page.keyboard.press("Control+End");
    await page.keyboard.type("# tapé_avant_de_fermer");
    await page.waitForFunction(() =>
      localStorage.getItem("traceur.autosave")?.includes("tapé_avant_de_fermer"),
    );
    await page.goto(app.baseUrl);
    // Monaco draws spaces as no-break spaces: the typed words are joined.
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="editor"]')?.textContent?.includes("tapé_avant_de_fermer"),
    );
  });

  it("completes and documents the jax API in the editor", async () => {
    await openWithCode(page, app.baseUrl, "import jax.numpy as jnp\n\ny = jnp.si");
    await waitUntilReady(page);
    await page.click('[data-testid="editor"] .view-lines');
    await page.keyboard.press("Control+End");
    await page.keyboard.type("n");
    await page.waitForSelector('.suggest-widget .monaco-list-row:has-text("sinh")');
    await page.keyboard.press("Escape");
    await page.keyboard.type("(1.0)");
    // Over the last letter of "sin" (Monaco draws a line as spans of tokens).
    const point = await page.evaluate(() => {
      const spans = [...document.querySelectorAll('[data-testid="editor"] .view-line span span')];
      const span = spans.find((s) => s.textContent?.endsWith("sin"));
      const box = span?.getBoundingClientRect();
      return box ? { x: box.right - 3, y: box.top + box.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    // Monaco shows a hover after the mouse rests on a word; a busy machine may miss the first rest.
    const hover = page.locator(".monaco-hover:has-text('Sinus, élément par élément.')");
    for (let attempt = 0; attempt < 5 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(5, 5);
      await page.mouse.move(point?.x ?? 0, point?.y ?? 0, { steps: 4 });
      await hover.waitFor({ state: "visible", timeout: 6_000 }).catch(() => {});
    }
    await hover.waitFor({ state: "visible" });
    await screenshot(page, "11-hover-doc");
  });

  it("switches to English and to the dark theme", async () => {
    await page.selectOption(".language-select", "en");
    await page.click('button[aria-label="Thème sombre"], button[aria-label="Dark theme"]');
    expect(await page.textContent('[data-testid="run-button"]')).toContain("Run");
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    await screenshot(page, "12-dark-english");
    expect(pageErrors).toEqual([]);
  });

  it("has a settings dialog: theme, language, and the CPU backend with WebGPU to come", async () => {
    await page.click('[data-testid="settings-button"]');
    const dialog = page.locator('[data-testid="settings-dialog"]');
    await dialog.waitFor({ state: "visible" });
    // Still in English and dark from the test before.
    expect(await dialog.locator("h2").textContent()).toBe("Settings");
    await dialog.locator('[data-testid="settings-language"] label[data-value="fr"]').click();
    await dialog.locator("h2:has-text('Réglages')").waitFor();
    expect(await page.textContent('[data-testid="run-button"]')).toContain("Exécuter");
    await screenshot(page, "13-settings-dark");
    await dialog.locator('[data-testid="settings-theme"] label[data-value="light"]').click();
    expect(await page.getAttribute("html", "data-theme")).toBe("light");

    const cpu = dialog.locator('input[name="backend"][value="cpu"]');
    const webgpu = dialog.locator('input[name="backend"][value="webgpu"]');
    expect(await cpu.isChecked()).toBe(true);
    expect(await webgpu.isDisabled()).toBe(true);
    const webgpuChoice = dialog.locator('[data-testid="settings-backend"] label[data-value="webgpu"]');
    expect(await webgpuChoice.textContent()).toContain("bientôt");
    expect(await webgpuChoice.textContent()).toContain("prochaine version");
    expect(await dialog.textContent()).toContain("enregistrés dans ce navigateur");
    await screenshot(page, "14-settings");

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await page.reload();
    await waitUntilReady(page);
    expect(await page.getAttribute("html", "data-theme")).toBe("light");
    expect(await page.textContent('[data-testid="run-button"]')).toContain("Exécuter");
    expect(
      JSON.parse((await page.evaluate(() => localStorage.getItem("traceur.settings"))) ?? "null"),
    ).toEqual({
      theme: "light",
      language: "fr",
      backend: "cpu",
    });
    expect(pageErrors).toEqual([]);
  });
});
