// End-to-end: the release bundle (dist/) served on 127.0.0.1 under a strict CSP, driven in the
// system Chromium as a user would, with an axe-core audit of every state at 1280 and 375 px and
// screenshots in tests/e2e/output/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS, tabTo } from "./browser.mjs";

const env = servedBundle();

const PROGRESSION = "/?from=intranet&rc=senior-digital-portfolio-manager,head-of-portfolio";
const CROSS_ROLE = "/?rc=digital-portfolio-manager,content-strategist";
const FOUR_LEVELS = "/?rc=digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager,head-of-portfolio";

const rowText = (page, skill) => page.locator(`tr[data-skill="${skill}"]`).innerText();
const rows = (page) => page.locator("[data-rc=grid] tr[data-skill]").count();
const columns = (page) => page.locator("[data-rc=grid] thead th").count();
const focused = (page) => page.evaluate(() => rcActive()?.id || rcActive()?.textContent);

test("a deep link shows the comparison with every change in words", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  assert.equal(await rows(page), 6);
  for (const skill of ["communicating-analysis-and-insight", "stakeholder-relationship-management", "strategic-thinking"]) {
    assert.match(await rowText(page, skill), /↑\s*\w+ → \w+ \(up 1 level\)/, skill);
  }
  assert.match(await rowText(page, "strategic-thinking"), /Working → Practitioner/);
  for (const skill of ["agile-working", "governance-and-assurance", "planning"]) {
    assert.match(await rowText(page, skill), /Same: /, skill);
  }
  assert.match(await page.locator("[data-rc=summary]").innerText(), /3 skills go up a level, 3 stay the same/);
  const grid = page.locator("[data-rc=grid]");
  assert.match(await grid.locator("caption").textContent(), /Senior digital portfolio manager, Head of portfolio/);
  assert.equal(await grid.locator("tbody th[scope=row]").count(), 6);
  clean(page, env.server);
  await page.context().close();
});

test("typing a search and picking a result by keyboard only", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?from=intranet&rc=senior-digital-portfolio-manager");
  await ready(page);
  await tabTo(page, () => rcActive()?.type === "search");
  await page.keyboard.type("head portfolo");
  await page.locator("[data-rc=search-results]").waitFor();
  assert.match(await page.locator(".rc-search__status").innerText(), /found/);
  await page.keyboard.press("Tab");
  assert.match(await focused(page), /Head of portfolio/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] thead th").length === 3);
  assert.match(await rowText(page, "strategic-thinking"), /Working → Practitioner/);
  // The history entry follows the frame that shows the change.
  await page.waitForFunction((q) => location.search === q, "?from=intranet&rc=senior-digital-portfolio-manager,head-of-portfolio");
  clean(page, env.server);
  await page.context().close();
});

test("building a 4-column progression with the role picker and keyboard", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/");
  await ready(page);
  await tabTo(page, () => rcActive()?.id === "rc0-role");
  await page.keyboard.type("Digital portfolio manager");
  await page.locator("#rc0-level").waitFor();
  await tabTo(page, () => rcActive()?.textContent?.startsWith("Compare all"));
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] thead th").length === 5);
  const headers = await page.locator("[data-rc=grid] thead th").allInnerTexts();
  assert.deepEqual(headers.slice(1).map((h) => h.split("\n")[0]), [
    "Digital portfolio analyst", "Digital portfolio manager", "Senior digital portfolio manager", "Head of portfolio",
  ]);
  await page.waitForFunction((q) => location.search === q, FOUR_LEVELS.slice(1));
  assert.equal(await page.locator("[data-rc=summary] p").count(), 3, "one sentence per neighbouring pair");

  // Move the last column to the front with the keyboard: focus follows the moved column.
  await page.focus("#rc0-head-of-portfolio-left");
  for (const expected of [
    "digital-portfolio-analyst,digital-portfolio-manager,head-of-portfolio,senior-digital-portfolio-manager",
    "digital-portfolio-analyst,head-of-portfolio,digital-portfolio-manager,senior-digital-portfolio-manager",
    "head-of-portfolio,digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager",
  ]) {
    await page.keyboard.press("Enter");
    await page.waitForFunction((e) => location.search === `?rc=${e}`, expected);
    assert.match(await page.evaluate(() => rcActive()?.id), /^rc0-head-of-portfolio-(left|right)$/);
  }
  assert.equal(await page.evaluate(() => rcActive()?.id), "rc0-head-of-portfolio-right", "at the front, focus moves to the enabled button");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // Remove
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] thead th").length === 4);
  assert.equal(await page.evaluate(() => rcActive()?.id), "rc0-columns-heading", "focus is not lost after a removal");
  clean(page, env.server);
  await page.context().close();
});

test("switching filters keeps only the rows asked for, and the link follows", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + CROSS_ROLE);
  await ready(page);
  const all = await rows(page);
  await page.selectOption("#rc0-filter", "changes");
  await page.waitForFunction(() => location.search.includes("rc-filter=changes"));
  assert.equal(await rows(page), 3);
  await page.selectOption("#rc0-filter", "differences");
  await page.waitForFunction(() => location.search.includes("rc-filter=differences"));
  assert.equal(await rows(page), all - 3);
  await page.selectOption("#rc0-filter", "shared");
  await page.waitForFunction(() => location.search.includes("rc-filter=shared"));
  assert.equal(await rows(page), 3);
  await page.selectOption("#rc0-filter", "all");
  await page.waitForFunction(() => !location.search.includes("rc-filter"));
  assert.equal(await rows(page), all);
  await page.context().close();
});

test("opening a detail shows the statements added since the previous column", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  const cell = page.locator('tr[data-skill="strategic-thinking"] td').nth(1);
  await cell.locator("summary").click();
  const added = cell.locator("li[data-added=true]");
  // The statements come with the framework's texts (fetched when the browser is idle after the
  // first paint): listed as soon as they are in.
  await added.first().waitFor();
  assert.ok((await added.count()) > 0);
  assert.ok(await added.first().isVisible());
  assert.match(await added.first().innerText(), /^Added/);
  assert.ok((await cell.locator("li[data-removed=true]").count()) > 0);
  await page.screenshot({ path: join(SCREENSHOTS, "detail-open-1280.png"), fullPage: true });
  await page.context().close();
});

test("reload restores the comparison and Back goes to the previous one", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  await page.getByRole("button", { name: "Swap the columns" }).click();
  await page.waitForFunction(() => location.search.includes("rc=head-of-portfolio,senior"));
  await page.selectOption("#rc0-filter", "changes");
  await page.waitForFunction(() => location.search.includes("rc-filter=changes"));
  await page.reload();
  await ready(page);
  assert.equal(await rows(page), 3, "the filter survives a reload");
  assert.match(await page.locator("[data-rc=grid] thead th").nth(1).innerText(), /^Head of portfolio/);
  await page.goBack();
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] tr[data-skill]").length === 6);
  await page.goBack();
  await page.waitForFunction(() => rcRoot().querySelector("[data-rc=grid] thead th:nth-child(2)")?.innerText.startsWith("Senior"));
  await page.goForward();
  await page.waitForFunction(() => rcRoot().querySelector("[data-rc=grid] thead th:nth-child(2)")?.innerText.startsWith("Head"));
  clean(page, env.server);
  await page.context().close();
});

test("at 320px wide every state reflows without sideways page scrolling", async () => {
  for (const [, path, open] of STATES) {
    const page = await openPage(env.browser, 320);
    await page.goto(env.server.url + path + (path.includes("?") ? "&" : "?") + "rc-skill=agile-working");
    await ready(page);
    if (open) await page.locator(open).click();
    await assertReflows(page);
    await page.context().close();
  }
});

test("an unknown id in the link is named and the rest still loads", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=head-of-portfolo,senior-digital-portfolio-manager");
  await ready(page);
  const message = await page.locator("[data-rc=link-problems]").innerText();
  assert.match(message, /"head-of-portfolo"/);
  assert.match(message, /closest: head-of-portfolio/);
  assert.equal(await columns(page), 2);
  await page.context().close();
});

/** The page never scrolls sideways: only the tables' own scroll regions may (WCAG 1.4.10 Reflow). */
async function assertReflows(page) {
  const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= viewport, `the page is ${scroll}px wide in a ${viewport}px viewport`);
}

const STATES = [
  ["empty", "/", null],
  ["cross-role", CROSS_ROLE, null],
  ["progression-4", FOUR_LEVELS, null],
  ["filtered", FOUR_LEVELS + "&rc-filter=changes&rc-skill=planning", null],
  ["detail-open", PROGRESSION, 'tr[data-skill="strategic-thinking"] td:nth-child(3) summary'],
  ["unknown-id", "/?rc=nope,head-of-portfolio", null],
];
for (const width of [1280, 375]) {
  for (const [state, path, open] of STATES) {
    test(`axe-core finds no WCAG 2.2 AA violation, and the page reflows: ${state} at ${width}px`, async () => {
      const page = await openPage(env.browser, width);
      await page.goto(env.server.url + path);
      await ready(page);
      if (open) await page.locator(open).click();
      const violations = await audit(page);
      assert.deepEqual(violations, []);
      await assertReflows(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${state}-${width}.png`), fullPage: true });
      await page.context().close();
    });
  }
}

/** Which of a meter's four steps are drawn filled: the centre pixel of each step differs from the
 * background between the steps. Read from a screenshot of the meter, decoded in a blank page. */
async function filledSteps(page, meter) {
  const png = (await meter.screenshot()).toString("base64");
  const blank = await page.context().newPage();
  const steps = await blank.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const scale = img.width / 46; // 4 steps of 10 px with 2 px gaps
    const at = (x, y) => [...ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3)];
    const background = at(10.5, 5);
    const far = (a, b) => a.reduce((d, v, i) => d + Math.abs(v - b[i]), 0) > 150;
    return [0, 1, 2, 3].map((i) => far(at(i * 12 + 5, 5), background));
  }, png);
  await blank.close();
  return steps;
}

test("skill meters keep their meaning in forced colours and in print", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  // Head of portfolio's Strategic thinking is Practitioner: 3 of 4.
  const meter = page.locator('tr[data-skill="strategic-thinking"] td:nth-child(3) .rc-meter');
  assert.match(await page.locator('tr[data-skill="strategic-thinking"] td:nth-child(3)').innerText(), /3 of 4/);
  for (const [what, media] of [["screen", { media: "screen", forcedColors: "none" }], ["forced colours", { media: "screen", forcedColors: "active" }], ["print", { media: "print", forcedColors: "none" }]]) {
    await page.emulateMedia(media);
    assert.deepEqual(await filledSteps(page, meter), [true, true, true, false], what);
  }
  await page.emulateMedia({ media: "screen", forcedColors: "active" });
  await page.screenshot({ path: join(SCREENSHOTS, "forced-colours-1280.png"), fullPage: true });
  await page.context().close();
});

test("six columns fit side by side at 1280 px, and scroll sideways on a phone", async () => {
  const six = "/?rc=trainee-data-scientist,associate-data-scientist,data-scientist,lead-data-scientist,principal-data-scientist,head-of-data-science";
  const fits = async (width) => {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + six);
    await ready(page);
    assert.equal(await columns(page), 7, "the skill column and six levels");
    const { scroll, client } = await page.evaluate(() => {
      const grid = rcRoot().querySelector(".rc-grid");
      return { scroll: grid.scrollWidth, client: grid.clientWidth };
    });
    if (width === 1280) await page.screenshot({ path: join(SCREENSHOTS, "six-columns-1280.png"), fullPage: false });
    await page.context().close();
    return scroll <= client;
  };
  assert.equal(await fits(1280), true, "no sideways scroll at 1280 px");
  assert.equal(await fits(1920), true, "nor at 1920 px");
  assert.equal(await fits(375), false, "a phone scrolls the grid sideways, the page does not widen");
});

test("the built-in framework is a data file: while it loads the widget says so, and one that fails is named", async () => {
  // A slow network: the data file arrives after the module.
  const page = await openPage(env.browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/role-compare-framework.*.txt", async (route) => { await held; await route.continue(); });
  await page.goto(env.server.url + PROGRESSION);
  const status = page.locator("[data-rc=framework-loading]");
  await status.waitFor();
  assert.equal(await status.getAttribute("role"), "status", "a screen reader hears it");
  assert.match(await status.innerText(), /Loading the framework…/);
  release();
  await ready(page);
  assert.match(await rowText(page, "strategic-thinking"), /Working → Practitioner/);
  assert.ok(page.requested.some((u) => /\/role-compare-framework\.[0-9a-f]{12}\.txt$/.test(u)), "the data file beside the module");
  clean(page, env.server);
  await page.context().close();

  // A data file that cannot be had: named with its address, and what to do.
  const broken = await openPage(env.browser);
  await broken.route("**/role-compare-framework.*.txt", (route) => route.fulfill({ status: 503, body: "" }));
  await broken.goto(env.server.url + PROGRESSION);
  const problems = broken.locator("[data-rc=data-problems]");
  await problems.waitFor();
  const text = await problems.innerText();
  assert.match(text, /The framework data could not be loaded/);
  // (An answer without the file fails its integrity check, so the browser says no more than that.)
  assert.match(text, /role-compare-framework\.[0-9a-f]{12}\.txt: it could not be loaded \(the network or the server refused it, or it is not the file this release expects\)/);
  assert.match(text, /Reload the page to try again/);
  await broken.context().close();
});
