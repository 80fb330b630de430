// `npm run bench:app`: the app in headless Chromium (web mode), medians of repeated measurements:
//   - opening the page until the engine is ready to run;
//   - from Run (the edit's new code) to its jaxpr text and graph drawn, for a lesson-sized function;
//   - a 2,000-equation jaxpr's graph laid out and drawn, and the longest the UI thread was busy meanwhile.
// Each figure comes with its samples (the run-to-run spread). `--dist DIR` measures an existing build
// (as `npm run web` makes) instead of building one.
/* global document, requestAnimationFrame -- the measurements run inside the page */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { chromium } from "playwright-core";

import { buildWebApp, startWebServer } from "../scripts/web-server.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fragment = (code) => `#code=${Buffer.from(code, "utf8").toString("base64url")}`;

/** A lesson-sized function: `n` steps of two equations each, traced afresh on every run. */
const lessonCode = (n, salt) => `import jax
import jax.numpy as jnp

def f(x):
    for _ in range(${n}):
        x = jnp.sin(x) * ${salt}
    return x

print(jax.make_jaxpr(f)(jnp.ones(3)))
`;

const distFlag = process.argv.indexOf("--dist");
const givenDist = distFlag >= 0 ? path.resolve(process.argv[distFlag + 1]) : null;
const outDir = givenDist ?? (await mkdtemp(path.join(os.tmpdir(), "traceur-bench-")));
if (!givenDist) await buildWebApp(outDir, { logLevel: "warn" });
const { server, port } = await startWebServer({ outDir, port: 0 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const baseUrl = `http://localhost:${port}/`;

async function openReady(page, code) {
  const t0 = performance.now();
  await page.goto(baseUrl + fragment(code));
  await page.waitForSelector('[data-testid="run-button"]:not([disabled])', { timeout: 120_000 });
  return performance.now() - t0;
}

/** Clicks Run, then times until the graph shows `equations` equations, laid out and drawn. */
async function runToGraph(page, equations) {
  return page.evaluate(async (expected) => {
    const graph = document.querySelector('[data-testid="graph"]');
    const button = document.querySelector('[data-testid="run-button"]');
    const app = document.querySelector(".app");
    // Until this run ends, the graph on screen is the previous run's (possibly ready, of as many
    // equations): only a graph ready after this run's end is this run's.
    const finishedBefore = Number(app.getAttribute("data-finished-runs"));
    let longestFrameGap = 0;
    let last = performance.now();
    let watching = true;
    const frame = (now) => {
      longestFrameGap = Math.max(longestFrameGap, now - last);
      last = now;
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => {
        const ended = Number(app.getAttribute("data-finished-runs")) > finishedBefore;
        const ready = graph.getAttribute("data-layout") === "ready";
        if (ended && ready && Number(graph.getAttribute("data-equations")) === expected) resolve();
        else setTimeout(check, 2);
      };
      check();
    });
    // The frame after the drawing: the graph is on screen.
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const elapsed = performance.now() - t0;
    watching = false;
    return { elapsed, longestFrameGap };
  }, equations);
}

const results = {};
const samples = {};

const opens = [];
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  opens.push(await openReady(page, lessonCode(3, 1.5)));
  await page.close();
}
results.openToReadyMs = median(opens);
samples.openToReadyMs = opens;

const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await openReady(page, lessonCode(20, 1.5));
const lesson = [];
for (let i = 0; i < 15; i++) {
  await page.goto(baseUrl + fragment(lessonCode(20, 1.5 + i / 100)));
  lesson.push((await runToGraph(page, 40)).elapsed);
}
results.lessonRunToGraphMs = median(lesson);
samples.lessonRunToGraphMs = lesson;

const big = [];
const gaps = [];
for (let i = 0; i < 3; i++) {
  await page.goto(baseUrl + fragment(lessonCode(1000, 1.01 + i / 100)));
  const { elapsed, longestFrameGap } = await runToGraph(page, 2000);
  big.push(elapsed);
  gaps.push(longestFrameGap);
}
results.bigGraphRunToDrawnMs = median(big);
results.bigGraphLongestFrameGapMs = median(gaps);
samples.bigGraphRunToDrawnMs = big;
samples.bigGraphLongestFrameGapMs = gaps;

const rounded = (xs) => xs.map((x) => Math.round(x));
console.log(JSON.stringify(results, null, 2));
console.log(
  "samples:",
  JSON.stringify(Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, rounded(xs)]))),
);
await browser.close();
server.close();
if (!givenDist) await rm(outDir, { recursive: true, force: true });
