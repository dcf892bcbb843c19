// End-to-end: a person's words are kept, private and never stuck, in the release bundle under the
// strict CSP. What they type survives looking at another screen; name and evidence reach storage
// only when they chose it, in every store; limits are said; a team holds one person per name;
// every wait ends with a "Try again"; the layout answers to the widget's own width; downloads open
// right. axe-core in each new state, at 1280 and 375 px where a person would look.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS } from "./browser.mjs";

const env = servedBundle();
const MOVES = "/?rc=data-analyst&rc-view=moves";
const SKILL = "data-visualisation";
const screenButton = (page, key) => page.locator(`[data-rc=screens] button[data-screen=${key}]`);
// Everything this origin keeps in the browser, as one text.
const storage = (page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

async function movesReady(page) {
  await page.locator("[data-rc=current-level]").waitFor();
  await page.locator(`#rc0-rate-${SKILL}`).waitFor();
}

async function rateWithEvidence(page, evidence) {
  await page.selectOption(`#rc0-rate-${SKILL}`, "working");
  const box = page.locator(`#rc0-evidence-${SKILL}`);
  await box.waitFor();
  await box.fill(evidence);
  await box.press("Tab");
}

test("name and evidence survive looking at other screens, and are never stored unless chosen", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + MOVES);
    await movesReady(page);
    await page.locator("[data-rc=ratings-name]").fill("Zoë Brontë");
    await page.locator("[data-rc=ratings-name]").press("Tab");
    await rateWithEvidence(page, "Built the team's dashboards\nand trained two analysts");
    // Typed and not yet left: a draft, which must survive too.
    await page.selectOption("#rc0-rate-data-management", "awareness");
    await page.locator("#rc0-evidence-data-management").fill("Still typing this");
    // Away to the comparison, the team view, and back.
    await screenButton(page, "compare").click();
    await page.locator("[data-rc=grid]").waitFor();
    await screenButton(page, "team").click();
    await page.locator("[data-rc=team]").waitFor();
    await screenButton(page, "moves").click();
    await movesReady(page);
    assert.equal(await page.locator("[data-rc=ratings-name]").inputValue(), "Zoë Brontë");
    assert.equal(await page.locator(`#rc0-evidence-${SKILL}`).inputValue(), "Built the team's dashboards\nand trained two analysts");
    assert.equal(await page.locator("#rc0-evidence-data-management").inputValue(), "Still typing this");
    // Kept only while the page is open: the browser holds the ratings without them.
    const kept = await storage(page);
    assert.match(kept, /data-visualisation/);
    assert.doesNotMatch(kept, /Zo/);
    assert.doesNotMatch(kept, /dashboards/);
    assert.match(await page.locator("[data-rc=kept-on-device]").innerText(), /Your ratings\s+2 ratings, without your name and evidence/);
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    await page.screenshot({ path: join(SCREENSHOTS, `trust-moves-kept-${width}.png`), fullPage: true });
    await page.context().close();
  }
});

test("a saved assessment holds no name or evidence unless chosen; forgetting ratings says what else stays", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await movesReady(page);
  await page.locator("[data-rc=ratings-name]").fill("Zoë");
  await page.locator("[data-rc=ratings-name]").press("Tab");
  await rateWithEvidence(page, "Built the dashboards");
  await page.locator("[data-rc=save-assessment]").click();
  assert.match(await page.locator("[data-rc=saved-status]").innerText(), /without your name and evidence/);
  let kept = await storage(page);
  assert.match(kept, /role-compare-assessments/);
  assert.doesNotMatch(kept, /Zo/);
  assert.doesNotMatch(kept, /dashboards/);
  // Forget my ratings: the saved assessment is said to stay, and stays listed with its Forget.
  await page.locator("[data-rc=forget-ratings]").click();
  const said = await page.locator("[data-rc=ratings-messages]").innerText();
  assert.match(said, /1 rating is forgotten/);
  assert.match(said, /1 saved assessment is still kept in this browser/);
  assert.equal(await page.locator("[data-rc=saved-assessments] > li").count(), 1, "the saved section stays");
  const list = page.locator("[data-rc=kept-on-device]");
  assert.match(await list.innerText(), /Saved assessments\s+1 saved assessment/);
  await page.locator("[data-rc=forget-kept-saved]").click();
  await page.waitForFunction(() => /Nothing is kept in this browser/.test(rcRoot().querySelector("[data-rc=kept-on-device]")?.innerText ?? ""));
  assert.equal(await page.locator("[data-rc=saved-assessments] > li").count(), 0, "the saved list follows");
  kept = await storage(page);
  assert.doesNotMatch(kept, /role-compare-assessments/);
  // Chosen: then name and evidence are saved with the assessment, and said so.
  await page.locator("[data-rc=keep-private]").check();
  await page.locator("[data-rc=ratings-name]").fill("Zoë");
  await page.locator("[data-rc=ratings-name]").press("Tab");
  await rateWithEvidence(page, "Built the dashboards");
  await page.locator("[data-rc=save-assessment]").click();
  assert.match(await page.locator("[data-rc=saved-status]").innerText(), /with your name and evidence\.$/);
  assert.match(await storage(page), /Built the dashboards/);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test("evidence over the limit is counted, refused with a message and kept on screen, never cut", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + MOVES);
    await movesReady(page);
    await page.selectOption(`#rc0-rate-${SKILL}`, "working");
    const box = page.locator(`#rc0-evidence-${SKILL}`);
    const count = page.locator(`[data-skill="${SKILL}"] [data-rc=evidence-count]`);
    await box.fill("Ran retros");
    assert.equal(await count.innerText(), "You have 1,990 characters remaining");
    await box.fill("x".repeat(3000));
    assert.equal(await count.innerText(), "You have 1,000 characters too many");
    await box.press("Tab");
    const refused = page.locator(`[data-skill="${SKILL}"] [data-rc=evidence-refused]`);
    await refused.waitFor();
    assert.match(await refused.innerText(), /is not saved: it is 1,000 characters too long/);
    assert.equal((await box.inputValue()).length, 3000, "nothing typed is cut");
    assert.doesNotMatch(await storage(page), /xxxxxxxxxx/);
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    await page.screenshot({ path: join(SCREENSHOTS, `trust-evidence-over-${width}.png`), fullPage: true });
    await box.fill("Ran retros");
    await box.press("Tab");
    await refused.waitFor({ state: "detached" });
    await page.context().close();
  }
});

test("a ratings file with a note too long loads, the note shortened and named, in the panel and the team", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await movesReady(page);
  const file = {
    name: "ana.json", mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "role-compare-ratings", version: 2, name: "Ana", level: "data-analyst",
      ratings: { [SKILL]: { rating: "working", evidence: "y".repeat(2500) }, "data-management": { rating: "expert" } } })),
  };
  await page.locator("#rc0-ratings-file").setInputFiles(file);
  const messages = page.locator("[data-rc=ratings-messages]");
  await messages.getByText("was 2,500 characters long").waitFor();
  assert.match(await messages.innerText(), /The evidence for Data visualisation was 2,500 characters long: only its first 2,000 are kept\./);
  assert.equal(await page.locator(`#rc0-rate-data-management`).inputValue(), "expert", "the rest loads");
  // The team view takes the same file: the person is there, and the note is named.
  await screenButton(page, "team").click();
  await page.locator("[data-rc=team-files]").setInputFiles([file, { ...file, name: "ana-corrected.json" }]);
  await page.locator("[data-rc=team-summary]").waitFor();
  assert.equal(await page.locator("[data-rc=team-status]").innerText(), "1 person loaded. Ana's ratings replaced by ana-corrected.json.");
  assert.match(await page.locator("[data-rc=team-summary]").innerText(), /^1 person,/);
  assert.match(await page.locator("[data-rc=team-notes]").innerText(), /ana\.json: The evidence for Data visualisation was 2,500 characters long/);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test("the team is kept above the screens: people, levels and choices survive looking at another screen", async () => {
  const page = await openPage(env.browser, 375);
  await page.goto(env.server.url + "/?rc=data-analyst&rc-view=team");
  await page.locator("[data-rc=team-files]").waitFor();
  const person = (name, level, extra = {}) => ({
    name: `${name}.json`, mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "role-compare-ratings", version: 2, name, ...extra, ...(level ? { level } : {}), ratings: { [SKILL]: "working" } })),
  });
  await page.locator("[data-rc=team-files]").setInputFiles([person("Ana", "data-analyst"), person("Ben", "chief-wizard")]);
  await page.locator("[data-rc=team-summary]").waitFor();
  // A level this framework lacks is named, not silently dropped.
  assert.match(await page.locator("[data-rc=team-notes]").innerText(), /Ben\.json: The file names the role level "chief-wizard", which this framework does not have/);
  await screenButton(page, "compare").click();
  await page.locator("[data-rc=grid]").waitFor();
  await screenButton(page, "team").click();
  await page.locator("[data-rc=team-summary]").waitFor();
  assert.match(await page.locator("[data-rc=team-summary]").innerText(), /^2 people,/);
  assert.equal(await page.locator("[data-rc=team-people] li").count(), 2);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, "trust-team-kept-375.png"), fullPage: true });
  await page.context().close();
});

test("choosing a current level closes the list, says (current level) and puts focus on its heading; an exact name comes first", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await movesReady(page);
  const search = page.locator("#rc0-current");
  await search.fill("data analyst");
  const results = page.locator("[data-rc=moves] [data-rc=search-results] button");
  await results.first().waitFor();
  assert.match(await results.first().innerText(), /Data analyst\s*Data analyst \(current level\)/);
  await search.fill("user researcher");
  await page.waitForFunction(() => /User researcher/.test(rcRoot().querySelector("[data-rc=moves] [data-rc=search-results] button")?.innerText ?? ""));
  assert.match(await results.first().innerText(), /^Choose\s*User researcher\b/);
  await results.first().click();
  await page.waitForFunction(() => /User researcher/.test(rcRoot().querySelector("[data-rc=current-level]")?.innerText ?? ""));
  await page.waitForFunction(() => rcActive()?.querySelector?.("[data-rc=current-level]"));
  assert.equal(await results.count(), 0, "the list closes");
  assert.equal(await search.inputValue(), "");
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test("a widget in a 320 px sidebar gets the phone layout and never widens the page; a right-to-left host does not mirror it", async () => {
  const page = await openPage(env.browser, 1280);
  await page.goto(env.server.url + "/");
  await ready(page);
  // Styled through the CSSOM: the page's strict CSP refuses style attributes.
  await page.evaluate(() => {
    document.body.style.direction = "rtl";
    const aside = document.createElement("aside");
    aside.id = "sidebar";
    aside.style.width = "320px";
    aside.innerHTML = '<role-compare columns="data-analyst,senior-data-analyst,principal-data-analyst" write-url="false"></role-compare>';
    document.body.append(aside);
  });
  await page.waitForFunction(() => document.querySelector("#sidebar role-compare")?.shadowRoot?.querySelector("[data-rc=grid] tr[data-skill]"));
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
  assert.ok(widths.page <= widths.window, `the page is ${widths.page} px wide in a ${widths.window} px window`);
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector("#sidebar role-compare").shadowRoot.querySelector(".rc-widget")).direction);
  assert.equal(direction, "ltr");
  // Two widgets on one page: each landmark has a name of its own (axe's landmark-unique).
  const names = await page.evaluate(() => [...document.querySelectorAll("[data-role-compare], role-compare")]
    .map((w) => w.shadowRoot?.querySelector("nav")?.getAttribute("aria-label")));
  assert.equal(new Set(names).size, names.length, `${names}`);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.locator("#sidebar").screenshot({ path: join(SCREENSHOTS, "trust-sidebar-320.png") });
  await page.context().close();
});

test("a downloaded CSV starts with a byte-order mark, so a spreadsheet reads names as written", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await movesReady(page);
  await page.locator("[data-rc=ratings-name]").fill("Zoë");
  await page.locator("[data-rc=ratings-name]").press("Tab");
  await rateWithEvidence(page, "First line\nSecond line");
  const pack = page.locator("[data-rc=pack-current]");
  const download = async (format) => {
    const [file] = await Promise.all([page.waitForEvent("download"), pack.locator(`button[data-format=${format}]`).click()]);
    return readFile(await file.path());
  };
  const csv = await download("csv");
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(csv.toString("utf8"), /Zoë/);
  const md = (await download("md")).toString("utf8");
  assert.match(md, /First line<br>Second line/);
  clean(page, env.server);
  await page.context().close();
});

test("texts that never answer end in 20 seconds with why and a Try again; the next level up shows meanwhile", async () => {
  const page = await openPage(env.browser, 375);
  let stall = true;
  await page.route("**/role-compare-texts.*.json", async (route) => {
    if (stall) return; // never answered
    await route.continue();
  });
  await page.goto(env.server.url + MOVES);
  await page.locator("[data-rc=current-level]").waitFor();
  assert.match(await page.locator("[data-rc=moves] table").first().innerText(), /Senior data analyst/, "the next level up needs no texts");
  const failed = page.locator("[data-rc=moves] [data-rc=texts-failed]").first();
  await failed.waitFor({ timeout: 60000 });
  assert.match(await failed.innerText(), /could not be loaded: role-compare-texts\.[0-9a-f]{12}\.json: it could not be loaded: it did not arrive within 20 seconds: the network may be slow or down\./);
  assert.deepEqual(await audit(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, "trust-texts-stalled-375.png"), fullPage: true });
  stall = false;
  await failed.locator("[data-rc=texts-retry]").click();
  await page.locator("[data-rc=move-count]").waitFor();
  await page.context().close();
});

test("a part that never answers ends in 20 seconds with why and a Try again", async () => {
  const page = await openPage(env.browser, 1280);
  let stall = true;
  await page.route("**/split_moves.*.wasm", async (route) => {
    if (stall) return;
    await route.continue();
  });
  await page.goto(env.server.url + "/?rc=data-analyst");
  await ready(page);
  await screenButton(page, "moves").click();
  const failed = page.locator("[data-rc=part-failed]");
  await failed.waitFor({ timeout: 60000 });
  assert.match(await failed.innerText(), /^The career-move screen could not be loaded: it did not arrive within 20 seconds: the network may be slow or down\./);
  stall = false;
  await page.locator("[data-rc=part-retry]").click();
  await page.locator("[data-rc=current-level]").waitFor();
  await page.context().close();
});
