// End-to-end: the built-in framework in two files. A comparison paints from the small core file;
// the texts (descriptions and "You can:" statements) come in a file of their own, fetched when the
// browser is idle after the first paint or as soon as a view needs them. While they are on their
// way a view says so (a status a screen reader hears); a texts file that cannot be had is named
// where the texts would be, and the comparison stays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS } from "./browser.mjs";

const env = servedBundle();
const PROGRESSION = "/?rc=senior-digital-portfolio-manager,head-of-portfolio";
const TEXTS = "**/role-compare-texts.*.json";
const cell = (page, skill, column) =>
  page.locator(`tr[data-skill="${skill}"] td`).nth(column).locator("details.rc-cell__details");

test("the comparison paints before the texts arrive, with the same summaries; an opened cell says it is loading, then lists them", async () => {
  const page = await openPage(env.browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = 0;
  await page.route(TEXTS, async (route) => { asked += 1; await held; await route.continue(); });
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  // Painted from the core file: every change, and the closed summary counted without the texts.
  const strategic = cell(page, "strategic-thinking", 1);
  const pendingSummary = await strategic.locator("summary").innerText();
  assert.match(pendingSummary, /^You can: \d+ statements, \d+ new/);
  await strategic.locator("summary").click();
  const loading = strategic.locator("[data-rc=texts-loading]");
  await loading.waitFor();
  assert.equal(await loading.locator("p").getAttribute("role"), "status", "a screen reader hears it");
  assert.match(await loading.innerText(), /Loading the statements…/);
  const about = page.locator("thead details.rc-header__details").nth(1);
  await about.locator("summary").click();
  assert.match(await about.locator("[data-rc=texts-loading]").innerText(), /Loading the descriptions…/);
  clean(page, env.server);
  assert.deepEqual(await audit(page), [], "no axe violations while loading");
  await page.screenshot({ path: join(SCREENSHOTS, "texts-loading-1280.png") });
  release();
  // The same cell, still open, now lists the statements with those new since the previous column marked.
  await strategic.locator("li[data-added=true]").first().waitFor();
  assert.equal(await strategic.getAttribute("open"), "", "the cell stays open");
  assert.equal(await strategic.locator("summary").innerText(), pendingSummary, "the summary counted from the core file is the one the texts give");
  const added = await strategic.locator("li[data-added=true]").count();
  assert.match(pendingSummary, new RegExp(`, ${added} new`));
  assert.match(await about.innerText(), /About the Digital portfolio manager role/);
  assert.equal(asked, 1, "the texts file is fetched once");
  await page.screenshot({ path: join(SCREENSHOTS, "texts-loaded-1280.png") });
  await page.context().close();
});

test("the texts are fetched when the browser is idle after the first paint, so an opened cell shows them at once", async () => {
  const page = await openPage(env.browser);
  const seen = page.waitForRequest((r) => /role-compare-texts\.[0-9a-f]{12}\.json$/.test(r.url()));
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  await seen;
  // Opened after the texts were asked for: listed without a "Loading" line once they are in.
  const planning = cell(page, "planning", 0);
  await planning.locator("summary").click();
  await planning.locator("li").first().waitFor();
  assert.equal(await planning.locator("[data-rc=texts-loading]").count(), 0);
  clean(page, env.server);
  await page.context().close();
});

test("a texts file that cannot be had is named where the texts would be, and the comparison stays", async () => {
  const page = await openPage(env.browser, 375);
  await page.route(TEXTS, (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  const strategic = cell(page, "strategic-thinking", 1);
  await strategic.locator("summary").click();
  const failed = strategic.locator("[data-rc=texts-failed]");
  await failed.waitFor();
  const text = await failed.innerText();
  // The browser says only "TypeError"; one look without integrity finds the server's answer.
  assert.match(text, /The statements could not be loaded: role-compare-texts\.[0-9a-f]{12}\.json: it could not be loaded: the server answered 503\./);
  assert.match(text, /Try again$/);
  // The comparison itself is untouched.
  assert.equal(await page.locator("[data-rc=grid] tr[data-skill]").count(), 6);
  assert.match(await page.locator(`tr[data-skill="strategic-thinking"]`).innerText(), /Working → Practitioner/);
  assert.deepEqual(await audit(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, "texts-failed-375.png"), fullPage: true });
  // Career moves count similar skills, which come with the texts: the screen says why it cannot
  // rank, and the rest of it (the current level, ratings) stays.
  await page.locator("[data-rc=screens] button[data-screen=moves]").click();
  const moves = page.locator("[data-rc=moves] [data-rc=texts-failed]").first();
  await moves.waitFor();
  assert.match(await moves.innerText(), /^The similar skills could not be loaded: role-compare-texts\.[0-9a-f]{12}\.json: /);
  assert.match(await page.locator("[data-rc=current-level]").innerText(), /Senior digital portfolio manager/);
  // The next level up needs no texts: it shows without them.
  assert.match(await page.locator("[data-rc=moves] table").first().innerText(), /Head of portfolio/);
  // The server has the texts again: "Try again" fetches them, the list of moves comes, and focus
  // stays where the person was (on what replaced the wait), never on the page's <body>.
  await page.unroute(TEXTS);
  await page.locator("[data-rc=moves] [data-rc=texts-retry]").first().click();
  await page.locator("[data-rc=move-count]").waitFor();
  await page.waitForFunction(() => rcActive() && rcActive() !== document.body && rcActive().closest?.(".rc-widget"));
  await page.screenshot({ path: join(SCREENSHOTS, "texts-retried-375.png"), fullPage: true });
  await page.context().close();
});
