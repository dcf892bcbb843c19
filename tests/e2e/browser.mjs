// Shared set-up for the end-to-end tests: the system Chromium driven by playwright-core (which
// gives each launch a fresh temporary profile),
// a page that records console errors and every request, and an axe-core audit.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "../../scripts/static-server.mjs";
import { mkdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
// RC_DIST tests another build (for example an older one, to show that a new test fails on it).
export const DIST = process.env.RC_DIST ?? join(here, "..", "..", "dist");
export const SCREENSHOTS = join(here, "output");
mkdirSync(SCREENSHOTS, { recursive: true });
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * Registers node:test hooks that serve the release bundle (or the folder `root()` gives) under
 * the strict CSP and launch
 * Chromium once for the file; returns an object whose `server` and `browser` are set before the
 * first test runs.
 */
export function servedBundle(root = () => DIST) {
  const env = {};
  before(async () => {
    env.server = await serve(root());
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A new page of `width` px that collects console errors, CSP violations and requested URLs. */
export async function openPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  // The widget lives in a shadow root: tests reach into it with these (the focused element
  // inside it, and queries within the first widget).
  await context.addInitScript(() => {
    window.rcRoot = () => document.querySelector("[data-role-compare], role-compare")?.shadowRoot ?? document;
    window.rcActive = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
  });
  const page = await context.newPage();
  page.problems = [];
  page.requested = [];
  page.on("console", (m) => m.type() === "error" && page.problems.push(m.text()));
  page.on("pageerror", (e) => page.problems.push(String(e)));
  page.on("request", (r) => page.requested.push(r.url()));
  return page;
}

/** Waits until the widget has rendered its heading. */
export async function ready(page) {
  await page.locator(".rc-widget h2").first().waitFor();
}

/** Runs axe-core with the WCAG 2.2 AA tag set; returns the violations. */
export async function audit(page) {
  // Evaluated through the DevTools protocol: the page's strict CSP rightly refuses injected script tags.
  await page.evaluate(readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/** No console error or CSP violation, and no request beyond the widget's own files (downloads
 * made in the page are `blob:` URLs and never leave it). */
export function clean(page, server) {
  assert.deepEqual(page.problems, [], "no console errors or CSP violations");
  const foreign = page.requested.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:") && !u.startsWith("blob:"));
  assert.deepEqual(foreign, [], "no request beyond the widget's own files");
}

/** Presses Tab until `predicate(arg)`, evaluated in the page, holds (at most 60 times). */
export async function tabTo(page, predicate, arg) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(predicate, arg)) return;
  }
  assert.fail("could not reach the element by Tab");
}

/** Waits until `check()` (run in Node: a page's console or requests, say) is true, looking again
 * every 50 ms, for up to `ms`; fails naming `what`. For things no element shows. */
export async function until(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
