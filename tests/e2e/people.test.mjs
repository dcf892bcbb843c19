// End-to-end: nobody left behind. Keyboard and screen-reader users keep their place after every
// action that takes away the control they used; each disclosure says which skill and level it
// opens; narrow and zoomed screens keep words whole and give the levels the room; the reader's
// own text spacing never clips the route drawing; deep heading levels stay distinguishable;
// printing leaves the controls out. Each test failed before its fix (issue 15).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS, tabTo } from "./browser.mjs";

const env = servedBundle();
const PROGRESSION = "/?rc=senior-digital-portfolio-manager,head-of-portfolio";
const activeId = (page) => page.evaluate(() => rcActive()?.id ?? "");
const activeTag = (page) => page.evaluate(() => rcActive()?.tagName ?? "");

test("focus stays with the person after every action that takes away the control used", async () => {
  const page = await openPage(env.browser);
  // A starting comparison: focus lands on the chosen levels.
  await page.goto(env.server.url + "/");
  await ready(page);
  await tabTo(page, () => rcActive()?.closest?.("[data-rc=empty]") && rcActive().tagName === "BUTTON");
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=grid]").waitFor();
  assert.equal(await activeId(page), "rc0-columns-heading", "after a starting comparison");

  // Clear all: focus goes to the search box.
  await page.locator("button", { hasText: "Clear all" }).focus();
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=empty]").waitFor();
  assert.equal(await activeId(page), "rc0-search", "after Clear all");

  // Adding from the search box (type, Tab, Enter): focus comes back to the search box.
  await page.keyboard.type("head portfolo");
  await page.locator("[data-rc=search-results]").waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=grid]").waitFor();
  assert.equal(await activeId(page), "rc0-search", "after adding from the search box");

  // Removing the last column: focus goes to the search box, not the page's body.
  await page.locator("#rc0-head-of-portfolio-remove").focus();
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=empty]").waitFor();
  assert.equal(await activeId(page), "rc0-search", "after removing the last column");
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), "BODY");

  // "Add" under related roles: focus lands on the chosen levels.
  await page.goto(env.server.url + "/?rc=senior-digital-portfolio-manager");
  await ready(page);
  const add = page.locator("[data-rc=related] button", { hasText: /^Add/ }).first();
  await add.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] thead th").length === 3);
  assert.equal(await activeId(page), "rc0-columns-heading", "after Add under related roles");
  clean(page, env.server);
  await page.context().close();
});

test("every disclosure in the grid says which skill and level it opens", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager,head-of-portfolio");
  await ready(page);
  const names = await page.evaluate(() => [...rcRoot().querySelectorAll("[data-rc=grid] summary")].map((s) => s.textContent.replace(/\s+/g, " ").trim()));
  assert.ok(names.length > 20, `${names.length} disclosures`);
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  assert.deepEqual(repeated, [], "no two disclosures share an accessible name");
  assert.ok(names.some((n) => /^You can: \d+ statements?.* \(Strategic thinking, Head of portfolio\)$/.test(n)), names.join("\n"));
  clean(page, env.server);
  await page.context().close();
});

/** Row headers whose text is broken inside a word: a line box starts inside a word. */
function brokenWords(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const th of rcRoot().querySelectorAll("[data-rc=grid] tbody th[scope=row]")) {
      const text = th.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      let lastTop = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = range.getBoundingClientRect().top;
        if (lastTop !== null && top > lastTop + 2 && text.data[i - 1] !== " " && text.data[i] !== " ") {
          broken.push(text.data);
          break;
        }
        lastTop = top;
      }
    }
    return broken;
  });
}

test("at 320 px and at 400% zoom the skill column keeps words whole and gives the levels the room", async () => {
  const page = await openPage(env.browser, 320);
  await page.setViewportSize({ width: 320, height: 256 }); // a 1280 × 1024 screen at 400%
  await page.goto(env.server.url + "/?rc=senior-digital-portfolio-manager,head-of-portfolio,senior-content-designer");
  await ready(page);
  assert.deepEqual(await brokenWords(page), [], "no skill name breaks mid-word");
  const position = await page.evaluate(() => getComputedStyle(rcRoot().querySelector("[data-rc=grid] tbody th[scope=row]")).position);
  assert.equal(position, "static", "the skill column scrolls with the levels instead of staying over them");
  // Scrolled sideways, the levels have the whole width: no part of the skill column covers them.
  const covered = await page.evaluate(() => {
    const grid = rcRoot().querySelector(".rc-grid");
    const th = grid.querySelector("tbody th[scope=row]");
    grid.scrollLeft = th.getBoundingClientRect().width;
    return th.getBoundingClientRect().right - grid.getBoundingClientRect().left;
  });
  assert.ok(covered <= 1, `the skill column still covers ${covered} px of the levels`);
  await page.locator("[data-rc=grid] tbody tr").nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, "zoom-400.png") });
  await page.context().close();
});

test("with the reader's own text spacing the route drawing's labels wrap, never clipped", async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(env.server.url + "/?rc=associate-quality-assurance-test-analyst&rc-view=moves&rc-route=head-of-it-service-management");
  await page.locator(".rc-widget h2").first().waitFor();
  // WCAG 1.4.12's text-spacing overrides, as a bookmarklet would apply them.
  await page.evaluate(() => {
    const style = document.createElement("style");
    style.textContent = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";
    document.querySelector("[data-role-compare]").shadowRoot.append(style);
  });
  // Each label's text must lie inside its box, and the drawing inside the screen.
  const clipped = await page.evaluate(() => {
    const out = [];
    for (const drawing of document.querySelector("[data-role-compare]").shadowRoot.querySelectorAll("[data-rc=route-diagram]")) {
      const frame = drawing.getBoundingClientRect();
      for (const label of drawing.querySelectorAll(".rc-route-diagram__stop, .rc-route-diagram__name, .rc-route-diagram__cost")) {
        const range = document.createRange();
        range.selectNodeContents(label);
        const text = range.getBoundingClientRect();
        // An SVG label's box is the rectangle drawn before it; an HTML label is its own box.
        const box = label.matches(".rc-route-diagram__name") ? label.previousElementSibling.getBoundingClientRect()
          : label.matches(".rc-route-diagram__cost") ? frame : label.getBoundingClientRect();
        const outside = text.left < box.left - 1 || text.right > box.right + 1 || text.left < frame.left - 1
          || text.right > frame.right + 1 || text.right > window.innerWidth;
        if (outside) out.push(label.textContent);
      }
    }
    return out;
  });
  assert.deepEqual(clipped, []);
  await page.locator("[data-rc=route-diagram]").first().screenshot({ path: join(SCREENSHOTS, "route-text-spacing-375.png") });
  await context.close();
});

test("headings deeper than h6 keep their level for assistive technology", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/");
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend",
    '<role-compare heading-level="6" view="moves" columns="associate-data-analyst" write-url="false"></role-compare>'));
  // The career-move screen is a part loaded on first use: wait for its own headings, below the
  // top one (never a fixed time: a loaded machine takes longer).
  await page.waitForFunction(() => [...(document.querySelector("role-compare").shadowRoot?.querySelectorAll(".rc-widget h6") ?? [])]
    .some((h) => h.textContent === "Moves to other roles"));
  const levels = await page.evaluate(() => [...document.querySelector("role-compare").shadowRoot.querySelectorAll("h1, h2, h3, h4, h5, h6")]
    .map((h) => Number(h.getAttribute("aria-level") ?? h.tagName.slice(1))));
  assert.equal(levels[0], 6, "the top heading is the level the host chose");
  assert.ok(levels.some((l) => l > 6), `deeper headings say so: ${levels}`);
  assert.ok(levels.every((l) => l >= 6));
  // What the browser tells assistive technology (Playwright's own snapshot reads the tag only).
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const level = (name) => nodes.find((n) => n.role?.value === "heading" && n.name?.value === name)
    ?.properties?.find((p) => p.name === "level")?.value.value;
  assert.equal(level("Explore career moves"), 6);
  assert.equal(level("Moves to other roles"), 7, "a section below the top heading is level 7");
  const violations = await audit(page);
  assert.deepEqual(violations, []);
  await page.context().close();
});

test("printing leaves out the controls, the framework file control too", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("[data-rc=framework-file]").isVisible(), false, "the framework file control does not print");
  assert.ok(await page.locator("[data-rc=grid]").isVisible(), "the comparison prints");
  await page.screenshot({ path: join(SCREENSHOTS, "print-comparison.png"), fullPage: true });
  await page.context().close();
});

test("a spreadsheet's Windows-1252 CSV reads as written, and a framework with no role levels is refused", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + PROGRESSION);
  await ready(page);
  await page.locator("[data-rc=framework-file] summary").click();
  const input = page.locator("[data-rc=framework-file] input[type=file]");
  const messages = page.locator("[data-rc=framework-file-messages]");
  const header = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,Skill Description,Skill Level,Skill Level Description\r\n";
  // "Mending – café ’quotes’ £5" as Excel saves plain "CSV" on Windows (Windows-1252).
  const row = (level, at) => Buffer.concat([Buffer.from(`Ops,Fixer,A role.,${level},Does it.,Mending `), Buffer.from([0x96]), Buffer.from(" caf"), Buffer.from([0xe9, 0x20, 0x92]), Buffer.from("quotes"), Buffer.from([0x92, 0x20, 0xa3]), Buffer.from(`5,A skill.,${at},You can: mend\r\n`)]);
  await input.setInputFiles({ name: "ours.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from(header), row("Fixer", "Working"), row("Senior fixer", "Expert")]) });
  await messages.getByText("Showing the framework in ours.csv.").waitFor();
  assert.match(await messages.innerText(), /ours\.csv is not UTF-8, so it was read as Windows-1252[\s\S]*save it as "CSV UTF-8"/);
  await page.locator("[data-rc=empty] button").first().click();
  await page.locator("[data-rc=grid]").waitFor();
  assert.match(await page.locator("[data-rc=grid] tbody").innerText(), /Mending – café ’quotes’ £5/);
  assert.doesNotMatch(await page.locator("[data-rc=grid] tbody").innerText(), /\uFFFD/);

  // A header and no rows: refused with the reason, and the framework shown stays.
  await input.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from(header) });
  await messages.getByText("empty.csv was not used").waitFor();
  assert.match(await messages.innerText(), /no role levels, so there is nothing to compare/);
  assert.match(await page.locator("[data-rc=grid] tbody").innerText(), /Mending/, "the framework already shown stays");
  clean(page, env.server);
  await page.context().close();
});
