// End-to-end: the release bundle (dist/) served on 127.0.0.1 under a strict CSP, driven in the
// system Chromium as a user would, with an axe-core audit and screenshots in tests/e2e/output/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "./server.mjs";
import { launch, openPage, ready, audit, DIST, SCREENSHOTS } from "./browser.mjs";

let server;
let browser;
before(async () => {
  server = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const DEEP_LINK = "/?from=intranet&rc=senior-digital-portfolio-manager,head-of-portfolio";

function cellText(page, skill) {
  return page.locator(`tr[data-skill="${skill}"]`).innerText();
}

test("a deep link shows the comparison with every change in words", async () => {
  const page = await openPage(browser);
  await page.goto(server.url + DEEP_LINK);
  await ready(page);
  const grid = page.locator("[data-rc=grid]");
  assert.equal(await grid.locator("tbody tr").count(), 6);
  for (const skill of ["communicating-analysis-and-insight", "stakeholder-relationship-management", "strategic-thinking"]) {
    assert.match(await cellText(page, skill), /\(up 1 level\)/, skill);
  }
  assert.match(await cellText(page, "strategic-thinking"), /Working → Practitioner/);
  for (const skill of ["agile-working", "governance-and-assurance", "planning"]) {
    assert.match(await cellText(page, skill), /Same: /, skill);
  }
  assert.match(await page.locator("[data-rc=summary]").innerText(), /3 skills go up a level, 3 stay the same/);
  assert.match(await grid.locator("caption").innerText(), /Senior digital portfolio manager, Head of portfolio/);
  assert.equal(await grid.locator("thead th[scope=col]").count(), 3);
  assert.equal(await grid.locator("tbody th[scope=row]").count(), 6);
  await page.screenshot({ path: join(SCREENSHOTS, "deep-link-1280.png"), fullPage: true });
  assert.deepEqual(page.problems, [], "no console errors or CSP violations");
  const foreign = page.requested.filter((u) => !u.startsWith(server.url) && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "no request beyond the widget's own files");
  await page.context().close();
});

test("a level is picked with the keyboard alone, and the link follows", async () => {
  const page = await openPage(browser);
  await page.goto(server.url + "/?from=intranet&rc=senior-digital-portfolio-manager");
  await ready(page);
  // Tab into the picker from the top of the page, as a keyboard user does.
  await page.keyboard.press("Tab");
  let tries = 0;
  while (!(await page.evaluate(() => document.activeElement?.tagName === "SELECT")) && tries++ < 20) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "SELECT", "the picker is reachable by Tab");
  // Type-ahead on the native select picks "Head of portfolio".
  await page.keyboard.type("Head of portfolio");
  assert.equal(await page.locator("select").inputValue(), "head-of-portfolio");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Add to comparison");
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=grid] thead th").nth(2).waitFor();
  assert.match(await cellText(page, "strategic-thinking"), /Working → Practitioner/);
  assert.equal(new URL(page.url()).search, "?from=intranet&rc=senior-digital-portfolio-manager,head-of-portfolio");
  await page.screenshot({ path: join(SCREENSHOTS, "keyboard-pick-1280.png"), fullPage: true });

  // Back goes to the previous comparison; forward returns.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll("[data-rc=grid] thead th").length === 2);
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll("[data-rc=grid] thead th").length === 3);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test("an unknown id in the link is named and the rest still loads", async () => {
  const page = await openPage(browser);
  await page.goto(server.url + "/?rc=head-of-portfolo,senior-digital-portfolio-manager");
  await ready(page);
  const message = await page.locator("[data-rc=unknown-ids]").innerText();
  assert.match(message, /"head-of-portfolo"/);
  assert.match(message, /closest: head-of-portfolio/);
  assert.equal(await page.locator("[data-rc=grid] thead th").count(), 2);
  await page.context().close();
});

for (const width of [1280, 375]) {
  for (const [state, path] of [["empty", "/"], ["comparison", DEEP_LINK]]) {
    test(`axe-core finds no WCAG 2.2 AA violation: ${state} at ${width}px`, async () => {
      const page = await openPage(browser, width);
      await page.goto(server.url + path);
      await ready(page);
      const violations = await audit(page);
      assert.deepEqual(violations, []);
      await page.screenshot({ path: join(SCREENSHOTS, `${state}-${width}.png`), fullPage: true });
      await page.context().close();
    });
  }
}
