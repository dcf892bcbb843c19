// End-to-end: the career-move explorer in the release bundle, under the strict CSP, as a person
// planning a move would use it: current level, next level and ranked moves, filters, a move's gap
// and its comparison, routes to a far level, self-assessment (kept in this browser only), files to
// take away, a printed plan; axe-core in every new state at 1280 and 375 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS } from "./browser.mjs";

const env = servedBundle();

const MOVES = "/?rc=digital-portfolio-manager&rc-view=moves";
const ROUTE = "/?rc=associate-data-analyst&rc-view=moves&rc-route=head-of-data-science";
const OPEN_MOVE = "/?rc=senior-digital-portfolio-manager&rc-view=moves&rc-target=head-of-portfolio";

const ranked = (page) => page.locator('table.rc-moves__table:has(caption:text("Moves ranked")) tbody tr');


async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

test("choosing a current level shows the next level up and ranked moves with their reasons", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc-view=moves");
  await ready(page);
  assert.match(await page.locator("[data-rc=moves]").innerText(), /Choose your current role level/);
  await page.locator("#rc0-current").fill("digital portfolio manager");
  await page.locator("[data-rc=search-results] button", { hasText: /^Choose\s*Digital portfolio manager/ }).first().click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("rc") === "digital-portfolio-manager");
  assert.equal(new URL(page.url()).searchParams.get("rc-view"), "moves");
  assert.match(await page.locator("[data-rc=current-level]").innerText(), /Digital portfolio manager/);
  const next = page.locator('table:has(caption:text("The next level up")) tbody tr');
  assert.equal(await next.count(), 1);
  assert.match(await next.innerText(), /Senior digital portfolio manager[\s\S]*shares 6 of 6 skills; 0 skills to learn, 5 to raise; 6 steps/);
  const first = ranked(page).first();
  assert.equal(await first.getAttribute("data-target"), "content-strategist");
  assert.match(await first.innerText(), /0\.23[\s\S]*shares 3 of 6 skills; 3 skills to learn, 3 to raise; 16 steps/);
  assert.equal(await ranked(page).count(), 12, "the first 12 show until Show all");
  await page.getByRole("button", { name: /^Show all \d+ roles$/ }).click();
  assert.ok((await ranked(page).count()) > 12);
  clean(page, env.server);
  await page.context().close();
});

test("filters keep moves of one family and of the same seniority or one up", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await ready(page);
  await page.selectOption("#rc0-moves-seniority", "any");
  await page.waitForFunction(() => location.search.includes("rc-seniority=any"));
  const before = await page.locator("[data-rc=move-count]").innerText();
  await page.selectOption("#rc0-moves-family", "data");
  await page.waitForFunction(() => location.search.includes("rc-family=data"));
  const roles = await ranked(page).locator(".rc-moves__role").allInnerTexts();
  assert.ok(roles.length > 0);
  for (const role of roles) assert.match(role, /, Data$/);
  await page.selectOption("#rc0-moves-family", "");
  await page.selectOption("#rc0-moves-seniority", "near");
  await page.waitForFunction(() => location.search.includes("rc-seniority=near") && !location.search.includes("rc-family"));
  const after = await page.locator("[data-rc=move-count]").innerText();
  assert.ok(parseInt(after) < parseInt(before), `${after} < ${before}`);
  const names = await ranked(page).locator("th").allInnerTexts();
  assert.ok(names.some((n) => n.startsWith("Senior content designer")));
  assert.ok(!names.some((n) => n.startsWith("Associate content designer")), "juniors are filtered out");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#rc0-moves-seniority").inputValue(), "near", "the link restores the filter");
  clean(page, env.server);
  await page.context().close();
});

test("a move's gap opens with focus on it, and one click compares the two levels", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await ready(page);
  await ranked(page).first().getByRole("button", { name: /What it takes/ }).click();
  await page.waitForFunction(() => location.search.includes("rc-target=content-strategist"));
  const gap = page.locator("[data-rc=move-gap]");
  assert.match(await gap.locator("h3").innerText(), /from Digital portfolio manager to Content strategist/);
  assert.equal(await page.evaluate(() => rcActive()?.tagName), "H3", "focus moves to the opened gap");
  assert.match(await gap.locator("[data-rc=gap-summary]").innerText(), /^3 skills to learn, 3 to raise: 16 steps in all\.$/);
  assert.equal(await gap.locator("[data-gap=learn] li").count(), 3);
  await page.screenshot({ path: join(SCREENSHOTS, "moves-gap-1280.png"), fullPage: true });
  await gap.getByRole("button", { name: "Compare side by side" }).click();
  await page.waitForFunction(() => location.search.startsWith("?rc=digital-portfolio-manager,content-strategist"));
  assert.ok(!new URL(page.url()).searchParams.get("rc-view"), "back on the comparison");
  assert.equal(await page.locator("[data-rc=grid] thead th").count(), 3);
  assert.equal(await page.evaluate(() => rcActive()?.tagName), "H2", "focus lands on the new screen's heading");
  await page.goBack();
  await page.locator("[data-rc=move-gap]").waitFor();
  clean(page, env.server);
  await page.context().close();
});

test("the comparison's gap panel works for any pair of columns", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=digital-portfolio-analyst,digital-portfolio-manager,senior-digital-portfolio-manager,head-of-portfolio");
  await ready(page);
  const gap = page.locator("[data-rc=gap]");
  assert.match(await gap.locator("h3").innerText(), /from Digital portfolio analyst to Head of portfolio/);
  await page.selectOption("#rc0-gap-from", "senior-digital-portfolio-manager");
  await page.waitForFunction(() => location.search.includes("rc-gap=senior-digital-portfolio-manager,head-of-portfolio"));
  assert.match(await gap.locator("h3").innerText(), /from Senior digital portfolio manager to Head of portfolio/);
  assert.match(await gap.locator("[data-rc=gap-summary]").innerText(), /0 skills to learn, 3 to raise: 3 steps in all/);
  await page.selectOption("#rc0-gap-to", "senior-digital-portfolio-manager");
  await page.waitForFunction(() => location.search.includes("rc-gap=head-of-portfolio,senior-digital-portfolio-manager"));
  assert.match(await gap.locator("h3").innerText(), /from Head of portfolio to Senior digital portfolio manager/, "choosing the other side's level swaps them");
  clean(page, env.server);
  await page.context().close();
});

test("the comparison downloads as CSV and Markdown, one row per skill", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=senior-digital-portfolio-manager,head-of-portfolio");
  await ready(page);
  const csv = await download(page, page.locator("[data-rc=comparison-downloads] [data-format=csv]"));
  assert.equal(csv.name, "role-compare-comparison.csv");
  const lines = csv.text.trim().split("\n");
  assert.equal(lines[0], "Skill,Senior digital portfolio manager,Head of portfolio,Senior digital portfolio manager → Head of portfolio");
  assert.equal(lines.length, 1 + 6);
  assert.ok(lines.includes("Strategic thinking,Working (2 of 4),Practitioner (3 of 4),Working → Practitioner (up 1 level)"));
  const md = await download(page, page.locator("[data-rc=comparison-downloads] [data-format=md]"));
  assert.match(md.text, /^# Comparison: Senior digital portfolio manager, Head of portfolio\n\nSenior digital portfolio manager → Head of portfolio: 3 skills go up a level, 3 stay the same\.\n/);
  clean(page, env.server);
  await page.context().close();
});

test("the moves screen by keyboard alone: choose a level, open a move, compare it", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc-view=moves");
  await ready(page);
  for (let i = 0; i < 40 && (await page.evaluate(() => rcActive()?.id)) !== "rc0-current"; i++) {
    await page.keyboard.press("Tab");
  }
  assert.equal(await page.evaluate(() => rcActive()?.id), "rc0-current");
  await page.keyboard.type("head portfolo");
  await page.locator("[data-rc=search-results]").waitFor();
  await page.keyboard.press("Tab");
  assert.match(await page.evaluate(() => rcActive()?.textContent), /^Choose Head of portfolio/);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("rc") === "head-of-portfolio");
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => rcActive()?.dataset?.rc === "show-gap")) break;
  }
  assert.equal(await page.evaluate(() => rcActive()?.dataset?.rc), "show-gap");
  await page.keyboard.press("Enter");
  await page.locator("[data-rc=move-gap]").waitFor();
  assert.equal(await page.evaluate(() => rcActive()?.tagName), "H3", "focus moves to the gap");
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => rcActive()?.dataset?.rc === "compare-open-move")) break;
  }
  assert.equal(await page.evaluate(() => rcActive()?.dataset?.rc), "compare-open-move", "reached by Tab");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelectorAll("[data-rc=grid] thead th").length === 3);
  // The history entry follows the frame that shows the change.
  await page.waitForFunction(() => /^head-of-portfolio,/.test(new URLSearchParams(location.search).get("rc")));
  clean(page, env.server);
  await page.context().close();
});

test("routes to a far level: a list, a ladder drawing, and a comparison of each move", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=associate-data-analyst&rc-view=moves");
  await ready(page);
  await page.selectOption("#rc0-route-to", "head-of-data-science");
  await page.waitForFunction(() => location.search.includes("rc-route=head-of-data-science"));
  const summary = await page.locator("[data-rc=route-summary]").innerText();
  assert.match(summary, /^5 routes of up to 3 moves, each move at most \d+ steps; going straight is \d+ steps\.$/);
  const first = page.locator("[data-rc=route-list] > li").first();
  assert.match(await first.locator("h4").innerText(), /^Route 1: \d+ steps in [23] moves$/);
  const moves = await first.locator(".rc-routes__moves > li").allInnerTexts();
  assert.ok(moves.length >= 2 && moves.length <= 3);
  assert.match(moves[0], /^Associate data analyst to Associate data scientist: \d+ steps/);
  assert.match(moves.at(-1), /to Head of data science: \d+ steps/);
  const diagram = first.locator("ol[data-rc=route-diagram]");
  assert.equal(await diagram.getAttribute("aria-hidden"), "true", "the list says the same to screen readers");
  assert.equal(await diagram.locator(".rc-route-diagram__stop").count(), moves.length + 1, "one box per level on the route");
  assert.deepEqual(
    await diagram.locator(".rc-route-diagram__cost").allTextContents(),
    moves.map((m) => m.match(/: (\d+ steps?)/)[1]).reverse(),
    "the arrows carry the same costs as the list (the ladder reads from the target down)",
  );
  await page.screenshot({ path: join(SCREENSHOTS, "moves-route-1280.png"), fullPage: true });
  await first.locator(".rc-routes__moves > li").first().getByRole("button", { name: /Compare/ }).click();
  await page.waitForFunction(() => location.search.startsWith("?rc=associate-data-analyst,associate-data-scientist"));
  assert.equal(await page.locator("[data-rc=grid] thead th").count(), 3);
  clean(page, env.server);
  await page.context().close();
});

test("rating two skills turns the gap into your gap; ratings survive a reload and can be forgotten", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  const summary = page.locator("[data-rc=move-gap] [data-rc=gap-summary]");
  assert.match(await summary.innerText(), /0 skills to learn, 3 to raise: 3 steps in all/);
  await page.selectOption("#rc0-rate-strategic-thinking", "working");
  await page.selectOption("#rc0-rate-planning", "practitioner");
  await page.getByLabel(/Your own ratings \(2 skills rated\)/).check();
  await page.waitForFunction(() => location.search.includes("rc-from=ratings"));
  assert.match(await page.locator("[data-rc=move-gap] h3").innerText(), /from your own ratings to Head of portfolio/);
  const raise = await page.locator("[data-rc=move-gap] [data-gap=raise]").innerText();
  assert.match(raise, /Strategic thinking: you are Working, this needs Practitioner \(up 1 level\)/);
  const learn = await page.locator("[data-rc=move-gap] [data-gap=learn]").innerText();
  assert.match(learn, /Agile working: you have not rated it yet, this needs/);
  const before = await summary.innerText();
  await page.selectOption("#rc0-rate-strategic-thinking", "practitioner");
  await page.waitForFunction((b) => rcRoot().querySelector("[data-rc=move-gap] [data-rc=gap-summary]").innerText !== b, before);
  const now = await page.locator("[data-rc=move-gap]").innerText();
  assert.ok(!now.includes("Strategic thinking: you are"), "met now");
  assert.match(await page.locator("[data-rc=move-gap] [data-gap=met]").innerText(), /Strategic thinking/);
  assert.ok(!page.url().includes("strategic"), "ratings never go into the link");
  await page.screenshot({ path: join(SCREENSHOTS, "moves-ratings-1280.png"), fullPage: true });

  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#rc0-rate-strategic-thinking").inputValue(), "practitioner", "kept in this browser");
  assert.match(await page.locator("[data-rc=move-gap] h3").innerText(), /your own ratings/, "the link restores the view");
  assert.match(await page.locator("[data-rc=ratings-kept]").innerText(), /Saved on this device, in this browser: 2 ratings, last changed \d{4}-\d\d-\d\d/);
  const stored = await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2"));
  assert.match(stored, /"format": "role-compare-ratings"/);

  // Forget can be undone; with nothing to forget it is not offered.
  await page.locator("[data-rc=forget-ratings]").click();
  assert.match(await page.locator("[data-rc=ratings-messages]").innerText(), /2 ratings are forgotten/);
  // Forgotten, and an empty set stored (not the key removed), so an older copy's ratings under
  // role-compare:ratings:v1 are never read again in their place.
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2"))).ratings, {});
  assert.equal(await page.locator("#rc0-rate-strategic-thinking").inputValue(), "");
  assert.equal(await page.locator("[data-rc=forget-ratings]").count(), 0, "nothing left to forget");
  await page.locator("[data-rc=undo-forget]").click();
  assert.match(await page.locator("[data-rc=ratings-messages]").innerText(), /2 ratings are put back/);
  assert.equal(await page.locator("#rc0-rate-strategic-thinking").inputValue(), "practitioner");
  assert.match(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2")), /strategic-thinking/);
  clean(page, env.server);
  await page.context().close();
});

test("evidence is kept with a rating, the assessment sums it up, and the pack carries both", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + MOVES);
    await ready(page);
    // A digital portfolio manager needs agile working A, communicating W, governance W,
    // planning A, stakeholder W, strategic thinking A.
    assert.match(await page.locator("[data-rc=ratings] tr[data-skill=planning]").innerText(), /Rate it to add evidence/);
    // Kept in this browser too, as the person chooses (told who else can read it).
    assert.match(await page.locator("[id$=-keep-private-hint]").innerText(), /can be read by every page of that site/);
    await page.locator("[data-rc=keep-private]").check();
    await page.selectOption("#rc0-rate-planning", "working");
    const evidence = page.locator("#rc0-evidence-planning");
    await evidence.fill("Planned the portfolio's quarterly roadmap");
    await evidence.press("Tab");
    // Planning met (above); the other five not rated: 1 + 2 + 2 + 2 + 1 = 8 steps.
    await page.waitForFunction(() => /Your ratings against/.test(rcRoot().querySelector("[data-rc=assessment-summary]")?.innerText ?? ""));
    assert.equal(await page.locator("[data-rc=assessment-summary]").innerText(),
      "Your ratings against Digital portfolio manager: meets 1 of 6 skills; 5 to raise, 8 steps in all.");
    // Each skill's standing against the level, in words beside an icon.
    assert.equal(await page.locator("[data-rc=ratings] tr[data-skill=planning] [data-rc=standing]").innerText(), "▲ above by 1 level");
    assert.equal(await page.locator("[data-rc=ratings] tr[data-skill=governance-and-assurance] [data-rc=standing]").innerText(), "? not rated");
    // A name, if the person types one, for the pack and the file.
    const name = page.locator("#rc0-name");
    await name.fill("Ana Example");
    await name.press("Tab");
    await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("Ana Example"));
    await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("quarterly roadmap"));
    // The level the line manager agrees, beside the person's own rating (the allowance process).
    await page.selectOption("#rc0-agreed-planning", "practitioner");
    await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes('"agreed": "practitioner"'));
    await page.reload();
    await ready(page);
    assert.equal(await page.locator("#rc0-evidence-planning").inputValue(), "Planned the portfolio's quarterly roadmap", "kept with the rating");
    assert.equal(await page.locator("#rc0-agreed-planning").inputValue(), "practitioner", "the agreed level is kept too");
    assert.equal(await page.locator("#rc0-rate-planning").inputValue(), "working", "and the person's own rating stays theirs");
    await page.screenshot({ path: join(SCREENSHOTS, `moves-evidence-${width}.png`), fullPage: true });
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= viewport, `the page is ${scroll}px wide in a ${viewport}px viewport`);
    if (width === 1280) {
      const pack = await download(page, page.locator("[data-rc=assessment-pack] [data-format=csv]"));
      assert.equal(pack.name, "role-compare-assessment.csv");
      const lines = pack.text.trim().split("\n");
      assert.equal(lines[0], "Skill,Needed,Yours,Agreed,Standing,Steps,In words,Evidence,You can (needed level),Person,Assessed against,Date");
      assert.ok(lines.slice(1).every((l) => /,Ana Example,Digital portfolio manager,\d{4}-\d\d-\d\d$/.test(l)), lines.join("\n"));
      const planning = lines.find((l) => l.startsWith("Planning,"));
      assert.match(planning, /^Planning,Awareness,Working,Practitioner,above,0,"above it by 1 level: you are Working, this needs Awareness",Planned the portfolio's quarterly roadmap,/);
      const md = await download(page, page.locator("[data-rc=assessment-pack] [data-format=md]"));
      assert.match(md.text, /^# Assessment against Digital portfolio manager: Ana Example\n\nAna Example, assessed against Digital portfolio manager on \d{4}-\d\d-\d\d: meets 1 of 6 skills/);
      // The ratings file names the person and the level assessed against, for a manager's team view.
      const file = JSON.parse((await download(page, page.getByRole("button", { name: "Download my ratings" }))).text);
      assert.equal(file.name, "Ana Example");
      assert.equal(file.level, "digital-portfolio-manager");
      assert.equal(file.ratings.planning.evidence, "Planned the portfolio's quarterly roadmap");
    }
    await page.context().close();
  }
});

test("name and evidence stay in memory unless the person chooses to keep them in the browser", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await ready(page);
  await page.selectOption("#rc0-rate-planning", "working");
  const evidence = page.locator("#rc0-evidence-planning");
  await evidence.fill("A private note");
  await evidence.press("Tab");
  const name = page.locator("#rc0-name");
  await name.fill("Ana Private");
  await name.press("Tab");
  const stored = () => page.evaluate(() => localStorage.getItem("role-compare:ratings:v2") ?? "");
  await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("planning"));
  assert.ok(!(await stored()).includes("A private note") && !(await stored()).includes("Ana Private"), await stored());
  assert.equal(await evidence.inputValue(), "A private note", "held while the page is open");
  assert.match(await page.locator("[data-rc=ratings-kept]").innerText(), /Your name and evidence are kept only while this page is open/);
  const md = await download(page, page.locator("[data-rc=assessment-pack] [data-format=md]"));
  assert.match(md.text, /A private note/, "and in what the person takes away");
  // Chosen: written at once; unchosen: taken out at once, the rating staying.
  const other = await page.context().newPage();
  await other.goto(env.server.url + MOVES);
  await ready(other);
  await page.locator("[data-rc=keep-private]").check();
  await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("A private note"));
  assert.ok((await stored()).includes("Ana Private"));
  // A tab opened before the choice follows it: its own evidence is kept too.
  await other.waitForFunction(() => rcRoot().querySelector("[data-rc=keep-private]")?.checked === true);
  await other.selectOption("#rc0-rate-strategic-thinking", "working");
  const theirs = other.locator("#rc0-evidence-strategic-thinking");
  await theirs.fill("Noted in the other tab");
  await theirs.press("Tab");
  await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("Noted in the other tab"));
  assert.ok((await stored()).includes("A private note"), "and the first tab's is not taken out");
  await other.close();
  await page.locator("[data-rc=keep-private]").uncheck();
  await page.waitForFunction(() => !(localStorage.getItem("role-compare:ratings:v2") ?? "").includes("A private note"));
  assert.ok((await stored()).includes("\"working\""), "the rating is kept either way");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#rc0-rate-planning").inputValue(), "working");
  assert.equal(await page.locator("#rc0-evidence-planning").inputValue(), "", "not kept, so gone with the page");
  assert.equal(await page.locator("[data-rc=keep-private]").isChecked(), false);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test("with a move open, the ratings are also assessed against its target, and its pack downloads", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  await page.selectOption("#rc0-rate-strategic-thinking", "practitioner");
  const target = page.locator("[data-rc=assessment-summary-target]");
  await target.waitFor();
  // Head of portfolio needs six skills; strategic thinking at Practitioner meets its need.
  assert.match(await target.innerText(), /^Your ratings against Head of portfolio: meets 1 of 6 skills; 5 to raise, \d+ steps in all\.$/);
  const pack = await download(page, page.locator("[data-rc=pack-target] [data-format=md]"));
  assert.match(pack.text, /^# Assessment against Head of portfolio\n/);
  clean(page, env.server);
  await page.context().close();
});

test("the ratings can also be assessed against any role level, kept in the link, with its own pack", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + MOVES);
    await ready(page);
    await page.selectOption("#rc0-rate-strategic-thinking", "practitioner");
    // A digital portfolio manager choosing a level two rungs up, with no move open.
    await page.selectOption("#rc0-assess", "head-of-portfolio");
    await page.waitForFunction(() => location.search.includes("rc-assess=head-of-portfolio"));
    const chosen = page.locator("[data-rc=assessment-summary-chosen]");
    await chosen.waitFor();
    assert.match(await chosen.innerText(), /^Your ratings against Head of portfolio: meets 1 of 6 skills; 5 to raise, \d+ steps in all\.$/);
    assert.match(await page.locator("[data-rc=assessment-summary]").innerText(), /^Your ratings against Digital portfolio manager:/, "the current level is still assessed");
    // Head of portfolio's skills are offered for rating, with what it needs beside them.
    assert.match(await page.locator("[data-rc=ratings] thead").innerText(), /Head of portfolio needs/);
    await page.reload();
    await ready(page);
    await chosen.waitFor();
    assert.equal(await page.locator("#rc0-assess").inputValue(), "head-of-portfolio", "the choice is in the link");
    await page.screenshot({ path: join(SCREENSHOTS, `moves-assess-chosen-${width}.png`), fullPage: true });
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    if (width === 1280) {
      const pack = await download(page, page.locator("[data-rc=pack-chosen] [data-format=md]"));
      assert.match(pack.text, /^# Assessment against Head of portfolio\n/);
      await page.selectOption("#rc0-assess", "");
      await page.waitForFunction(() => !location.search.includes("rc-assess"));
      assert.equal(await chosen.count(), 0);
    }
    await page.context().close();
  }
  // A link naming no level says so, and the rest of the screen works.
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES + "&rc-assess=head-of-nothing");
  await ready(page);
  await page.locator("[data-rc=assess-unknown]").waitFor();
  assert.match(await page.locator("[data-rc=assess-unknown]").innerText(), /"head-of-nothing", which is not a role level/);
  assert.ok(await page.locator("[data-rc=current-level]").isVisible());
  await page.context().close();
});

test("saving two assessments keeps both, dated, and says what changed between them", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + MOVES);
  await ready(page);
  await page.selectOption("#rc0-rate-planning", "working");
  await page.waitForFunction(() => /meets 1 of 6/.test(rcRoot().querySelector("[data-rc=assessment-summary]")?.innerText ?? ""));
  await page.locator("[data-rc=save-assessment]").click();
  assert.match(await page.locator("[data-rc=saved-status]").innerText(), /^Saved your assessment of \d{4}-\d\d-\d\d \d\d:\d\d on this device, without your name and evidence \(you chose to keep them only while this page is open\)\.$/);
  await page.selectOption("#rc0-rate-planning", "practitioner");
  await page.selectOption("#rc0-rate-agile-working", "awareness");
  const agile = page.locator("#rc0-evidence-agile-working");
  await agile.fill("Ran the team's retrospectives");
  await agile.press("Tab");
  // Saved as shown: once the screen shows the new ratings.
  await page.waitForFunction(() => /meets 2 of 6/.test(rcRoot().querySelector("[data-rc=assessment-summary]")?.innerText ?? ""));
  await page.locator("[data-rc=save-assessment]").click();
  const items = page.locator("[data-rc=saved-assessments] > li");
  assert.equal(await items.count(), 2);
  // Newest first, summed up against the level, with what changed since the one before.
  assert.match(await items.first().innerText(), /^\d{4}-\d\d-\d\d \d\d:\d\d, against Digital portfolio manager: meets 2 of 6 skills; 4 to raise, 7 steps in all\./);
  assert.deepEqual(await items.first().locator("[data-rc=saved-changes] li").allInnerTexts(),
    ["Agile working: rated Awareness", "Planning: raised from Working to Practitioner"]);
  await page.reload();
  await ready(page);
  // The moves screen is a part loaded on first use: wait for it to paint the kept list.
  await page.locator("[data-rc=saved]").waitFor();
  assert.equal(await page.locator("[data-rc=saved-assessments] > li").count(), 2, "kept on this device");
  await page.screenshot({ path: join(SCREENSHOTS, "moves-saved-assessments-1280.png"), fullPage: true });
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.setViewportSize({ width: 375, height: 800 });
  assert.deepEqual(await audit(page), [], "at 375 px too");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator("[data-rc=forget-saved]").click();
  assert.equal(await page.locator("[data-rc=saved-assessments]").count(), 0);
  // The button pressed is gone: focus is on the sentence saying what happened.
  await page.waitForFunction(() => rcRoot().activeElement?.dataset.rc === "saved-status");
  assert.equal(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2:assessments")), null);
  await page.context().close();
});

test("two tabs and two widgets rating at once keep every rating, and each follows the other", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  const other = await page.context().newPage();
  await other.goto(env.server.url + OPEN_MOVE);
  await ready(other);
  // Tab A rates Planning, then tab B (opened before that) rates Strategic thinking.
  await page.selectOption("#rc0-rate-planning", "expert");
  // Tabs are separate processes: the browser carries one tab's storage to another a moment later
  // (on a loaded machine, tens of milliseconds). Tab B rates once its storage holds tab A's change.
  await other.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes('"planning"'));
  await other.selectOption("#rc0-rate-strategic-thinking", "awareness");
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2")));
  assert.deepEqual(Object.keys(stored.ratings).sort(), ["planning", "strategic-thinking"], "neither tab's rating is lost");
  await page.waitForFunction(() => rcRoot().querySelector("#rc0-rate-strategic-thinking").value === "awareness");
  assert.equal(await other.locator("#rc0-rate-planning").inputValue(), "expert", "tab B shows tab A's rating");
  await other.close();

  // A second widget on the same page follows the first one's changes, and the other way round.
  await page.evaluate(() => document.body.insertAdjacentHTML("beforeend",
    '<role-compare param="b" view="moves" write-url="false" columns="senior-digital-portfolio-manager"></role-compare>'));
  await page.waitForFunction(() => document.querySelectorAll("role-compare")[0]?.shadowRoot?.querySelector("#rc1-rate-planning"));
  const second = (sel) => page.evaluate((s) => document.querySelectorAll("role-compare")[0].shadowRoot.querySelector(s).value, sel);
  assert.equal(await second("#rc1-rate-planning"), "expert");
  await page.selectOption("#rc0-rate-planning", "working");
  await page.waitForFunction(() => document.querySelectorAll("role-compare")[0].shadowRoot.querySelector("#rc1-rate-planning").value === "working");
  await page.evaluate(() => {
    const select = document.querySelectorAll("role-compare")[0].shadowRoot.querySelector("#rc1-rate-strategic-thinking");
    select.value = "expert";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await page.waitForFunction(() => rcRoot().querySelector("#rc0-rate-strategic-thinking").value === "expert");
  const both = JSON.parse(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2")));
  assert.deepEqual(both.ratings, { planning: { rating: "working" }, "strategic-thinking": { rating: "expert" } });
  clean(page, env.server);
  await page.context().close();
});

test("evidence being typed is not lost when another tab changes the ratings, nor when the page is left", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  await page.locator("[data-rc=keep-private]").check();
  await page.selectOption("#rc0-rate-planning", "working");
  const evidence = page.locator("#rc0-evidence-planning");
  // Typed, and the box not left yet (nothing saved) when another tab rates a skill: this tab
  // follows the other's change and renders again, with the person still typing.
  await evidence.fill("Ran the quarterly planning");
  const other = await page.context().newPage();
  await other.goto(env.server.url + OPEN_MOVE);
  await ready(other);
  await other.selectOption("#rc0-rate-strategic-thinking", "awareness");
  await page.waitForFunction(() => rcRoot().querySelector("#rc0-rate-strategic-thinking").value === "awareness");
  await other.close();
  assert.equal(await evidence.inputValue(), "Ran the quarterly planning", "what is being typed stays in the box");
  await evidence.press("Tab");
  await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2") ?? "").includes("quarterly planning"));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2")));
  assert.deepEqual(stored.ratings, { planning: { rating: "working", evidence: "Ran the quarterly planning" }, "strategic-thinking": { rating: "awareness" } });
  // Typed and never left: leaving the page keeps it.
  await page.locator("#rc0-evidence-strategic-thinking").fill("Wrote the strategy");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#rc0-evidence-strategic-thinking").inputValue(), "Wrote the strategy");
  await page.context().close();
});

test("stored ratings for skills this framework lacks are kept aside, downloaded, and never erased", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/");
  await page.evaluate(() => localStorage.setItem("role-compare:ratings:v1", JSON.stringify({
    format: "role-compare-ratings", version: 1, ratings: { "agile-working": "working", "planning-renamed-last-quarter": "expert" } })));
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  assert.equal(await page.locator("#rc0-rate-agile-working").inputValue(), "working", "an older widget's ratings are read");
  assert.match(await page.locator("[data-rc=ratings-aside]").innerText(),
    /1 rating is for skills this framework does not have: planning-renamed-last-quarter \(Expert\)\. It is kept on this device/);
  await page.selectOption("#rc0-rate-planning", "working");
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2")));
  assert.deepEqual(stored.ratings["planning-renamed-last-quarter"], { rating: "expert" }, "a new rating keeps it");
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("role-compare:ratings:v1")).ratings["agile-working"]), "working",
    "the older copy's key is left for it");
  const file = await download(page, page.getByRole("button", { name: "Download my ratings" }));
  assert.deepEqual(JSON.parse(file.text).ratings["planning-renamed-last-quarter"], { rating: "expert" });

  // Forgetting them all never brings back what the older copy kept under role-compare:ratings:v1.
  await page.locator("[data-rc=forget-ratings]").click();
  // Focus moves to Undo once it is painted.
  await page.waitForFunction(() => rcActive()?.dataset.rc === "undo-forget");
  await page.reload();
  await ready(page);
  assert.equal(await page.locator("#rc0-rate-agile-working").inputValue(), "", "the v1 copy is not read again");
  assert.equal(await page.locator("[data-rc=ratings-aside]").count(), 0);

  // A stored copy that cannot be read is shown as such and moved aside, never overwritten.
  await page.evaluate(() => localStorage.setItem("role-compare:ratings:v2", "{not json"));
  await page.reload();
  await ready(page);
  assert.match(await page.locator("[data-rc=ratings-messages]").innerText(), /could not be read[\s\S]*not overwritten/);
  await page.selectOption("#rc0-rate-planning", "expert");
  assert.equal(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2:unreadable")), "{not json");
  // Choosing to keep name and evidence writes the ratings again: an unreadable copy is moved aside
  // first there too, never written over.
  await page.evaluate(() => localStorage.setItem("role-compare:ratings:v2", "{still not json"));
  await page.locator("[data-rc=keep-private]").check();
  await page.waitForFunction(() => localStorage.getItem("role-compare:ratings:v2:unreadable:2") === "{still not json");
  assert.match(await page.locator("[data-rc=ratings-messages]").innerText(), /kept unchanged in this browser under "role-compare:ratings:v2:unreadable:2"/);
  clean(page, env.server);
  await page.context().close();
});

test("a ratings file moves ratings between devices; a bad one is refused with each problem's place", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  assert.equal(await page.getByRole("button", { name: "Download my ratings" }).count(), 0, "nothing to download yet");
  await page.selectOption("#rc0-rate-agile-working", "expert");
  const file = await download(page, page.getByRole("button", { name: "Download my ratings" }));
  assert.equal(file.name, "role-compare-ratings.json");
  const json = JSON.parse(file.text);
  assert.match(json.saved, /^\d{4}-\d\d-\d\d$/);
  delete json.saved;
  // Made against the edition in use: the mark data/framework.json carries.
  const { edition } = JSON.parse(readFileSync("data/framework.json", "utf8"));
  assert.match(edition, /^[0-9a-f]{16}$/);
  assert.deepEqual(json, { format: "role-compare-ratings", version: 2,
    framework: "Government Digital and Data Profession Capability Framework", edition,
    // The level assessed against (the current level), for a line manager's team view.
    level: "senior-digital-portfolio-manager", ratings: { "agile-working": { rating: "expert" } } });

  const dir = await mkdtemp(join(tmpdir(), "rc-ratings-"));
  const bad = join(dir, "bad.json");
  await writeFile(bad, JSON.stringify({ format: "role-compare-ratings", version: 1, ratings: { "Agile workng": "working", planning: "guru" } }));
  await page.locator("#rc0-ratings-file").setInputFiles(bad);
  const messages = page.locator("[data-rc=ratings-messages]");
  await messages.getByText("bad.json was not loaded").waitFor();
  const text = await messages.innerText();
  assert.match(text, /\$\.ratings\["Agile workng"\]: no skill has the id "Agile workng" \(closest: agile-working/);
  assert.match(text, /\$\.ratings\["planning"\]: "guru" is not a rating/);
  assert.equal(await page.locator("#rc0-rate-agile-working").inputValue(), "expert", "the ratings already held stay");

  // With ratings held, the person chooses: add the file's or replace theirs; they are told what changed.
  const good = join(dir, "good.json");
  await writeFile(good, JSON.stringify({ format: "role-compare-ratings", version: 1, ratings: { planning: "working", "strategic-thinking": "not-yet" } }));
  await page.locator("#rc0-ratings-file").setInputFiles(good);
  const choice = page.locator("[data-rc=ratings-choice]");
  assert.match(await choice.innerText(), /good\.json has 2 ratings\. You already have 1 rating\. What should happen to yours\?/);
  // Focus moves to the choice once it is painted.
  await page.waitForFunction(() => rcRoot().activeElement?.dataset.rc === "ratings-choice");
  await choice.getByRole("button", { name: "Add the file's ratings to mine" }).click();
  await messages.getByText("Added the 2 ratings in good.json: 2 new, 0 changed, 0 the same; your 1 other rating is kept.").waitFor();
  assert.equal(await page.locator("#rc0-rate-planning").inputValue(), "working");
  assert.equal(await page.locator("#rc0-rate-agile-working").inputValue(), "expert", "adding keeps the ratings held");

  const replace = join(dir, "replace.json");
  await writeFile(replace, JSON.stringify({ format: "role-compare-ratings", version: 1, ratings: { planning: "expert" } }));
  await page.locator("#rc0-ratings-file").setInputFiles(replace);
  await choice.getByRole("button", { name: "Replace mine with the file's" }).click();
  await messages.getByText("Replaced your ratings with the 1 rating in replace.json: 0 new, 1 changed, 0 the same; 2 ratings you had are not in the file and now gone.").waitFor();
  assert.equal(await page.locator("#rc0-rate-agile-working").inputValue(), "");
  await page.screenshot({ path: join(SCREENSHOTS, "moves-ratings-loaded-1280.png"), fullPage: true });
  clean(page, env.server);
  await page.context().close();
});

test("moves, a gap and routes download as CSV and Markdown with the engine's contents", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE + "&rc-route=head-of-portfolio");
  await ready(page);
  const gapCsv = await download(page, page.locator("[data-rc=move-gap] [data-format=csv]"));
  assert.equal(gapCsv.name, "role-compare-gap.csv");
  const lines = gapCsv.text.trim().split("\n");
  assert.equal(lines[0], "Skill,What to do,From,To,Steps,In words");
  assert.ok(lines.includes("Strategic thinking,Raise,Working,Practitioner,1,Working → Practitioner (up 1 level)"));
  const gapMd = await download(page, page.locator("[data-rc=move-gap] [data-format=md]"));
  assert.equal(gapMd.name, "role-compare-gap.md");
  assert.match(gapMd.text, /^# Moving from Senior digital portfolio manager to Head of portfolio\n\n0 skills to learn, 3 to raise: 3 steps in all\.\n/);
  assert.match(gapMd.text, /\| Strategic thinking \| Raise \| Working \| Practitioner \| 1 \|/);
  assert.match(gapMd.text, /Open Government Licence v3\.0\.\n$/);

  const movesCsv = await download(page, page.locator("[data-rc=moves] > .rc-take-away [data-format=csv]"));
  assert.equal(movesCsv.name, "role-compare-moves.csv");
  const rows = movesCsv.text.trim().split("\n");
  assert.equal(rows[0], "Kind,Rank,Role level,Role,Family,Score,Shared,Of,Learn,Raise,Steps,Reason,Similar skills");
  assert.match(rows[1], /^Next level up,,Head of portfolio,/);
  assert.match(rows[2], /^Move,1,/);

  const routeMd = await download(page, page.locator("[data-rc=routes] [data-format=md]"));
  assert.match(routeMd.text, /^# Routes from Senior digital portfolio manager to Head of portfolio\n/);
  assert.match(routeMd.text, /\| 1 \| 1 \| Senior digital portfolio manager \| Head of portfolio \| 3 \| 3 \|/);
  clean(page, env.server);
  await page.context().close();
});

test("Copy link puts the address of the view on the clipboard", async () => {
  const page = await openPage(env.browser);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  await page.getByText("Link copied. Paste it to share this view.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  clean(page, env.server);
  await page.context().close();
});

test("printing with a move open gives a development plan with the statements to work towards", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  await page.emulateMedia({ media: "print" });
  const plan = page.locator("[data-rc=plan]");
  // The screen is a part of its own and the statements come with the texts: both are asked for
  // as soon as the move is open (a browser's print cannot wait for a fetch).
  await plan.waitFor();
  await plan.locator(".rc-plan__statements").first().waitFor();
  assert.ok(await plan.isVisible(), "the plan prints");
  assert.match(await plan.locator("h3").innerText(), /^Development plan: from Senior digital portfolio manager to Head of portfolio$/);
  assert.equal(await plan.locator(".rc-plan__skill").count(), 3, "one section per skill to raise");
  assert.match(await plan.innerText(), /You can:/);
  assert.ok(!(await page.locator("[data-rc=ratings]").isVisible()), "controls do not print");
  assert.ok(!(await page.locator("[data-rc=screens]").isVisible()));
  await page.screenshot({ path: join(SCREENSHOTS, "moves-plan-print.png"), fullPage: true });
  await page.pdf({ path: join(SCREENSHOTS, "moves-plan.pdf"), format: "A4" });
  await page.emulateMedia({ media: "screen" });
  assert.ok(!(await plan.isVisible()), "the plan is for paper only");
  await page.context().close();
});

test("Print the assessment pack prints the pack alone on A4: each needed skill with needed, yours, agreed, evidence and statements", async () => {
  const page = await openPage(env.browser);
  // A move is open, so the development plan would print: the pack replaces it when asked for.
  await page.goto(env.server.url + OPEN_MOVE);
  await ready(page);
  await page.selectOption("#rc0-rate-strategic-thinking", "practitioner");
  const evidence = page.locator("#rc0-evidence-strategic-thinking");
  await evidence.fill("Wrote the portfolio strategy");
  await evidence.press("Tab");
  await page.selectOption("#rc0-agreed-strategic-thinking", "working");
  // The browser's print dialogue, counted instead of opened.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.locator("[data-rc=pack-current] [data-rc=print-pack]").click();
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: "print" });
  const pack = page.locator("[data-rc=pack-print]");
  await pack.locator(".rc-plan__statements").first().waitFor();
  assert.ok(await pack.isVisible(), "the pack prints");
  assert.ok(!(await page.locator("[data-rc=plan]").isVisible()), "the plan does not print with it");
  assert.ok(!(await page.locator("[data-rc=ratings] table").isVisible()), "nor the controls");
  assert.equal(await pack.locator("h3").innerText(), "Assessment against Senior digital portfolio manager");
  assert.match(await pack.innerText(), /Assessed against Senior digital portfolio manager on \d{4}-\d\d-\d\d: meets 1 of 6 skills; 5 to raise/);
  // One block per skill the level needs at a set level, as data/framework.json says.
  const fw = JSON.parse(readFileSync(new URL("../../data/framework.json", import.meta.url), "utf8"));
  const level = fw.levels.find((l) => l.id === "senior-digital-portfolio-manager");
  assert.equal(await pack.locator(".rc-pack__skill").count(), level.skills.filter((s) => s.level).length);
  const strategic = await pack.locator('.rc-pack__skill[data-skill="strategic-thinking"]').innerText();
  assert.match(strategic, /Yours\s+Practitioner/);
  assert.match(strategic, /Agreed\s+Working/);
  assert.match(strategic, /Evidence\s+Wrote the portfolio strategy/);
  assert.match(strategic, /In words\s+above it by 1 level: you are Practitioner, this needs Working/);
  assert.match(strategic, /You can:/);
  assert.ok(await pack.locator('.rc-pack__skill[data-skill="strategic-thinking"] li').count() > 0, "the needed level's statements");
  assert.match(await pack.locator('.rc-pack__skill[data-skill="planning"]').innerText(), /Yours\s+Not rated\s+Agreed\s+Not agreed yet/);
  await page.screenshot({ path: join(SCREENSHOTS, "moves-pack-print.png"), fullPage: true });
  await page.pdf({ path: join(SCREENSHOTS, "moves-pack.pdf"), format: "A4" });
  // Printed: the pack goes, and a later print gives the plan again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await pack.waitFor({ state: "detached" });
  assert.ok(await page.locator("[data-rc=plan]").isVisible(), "the plan prints again");
  await page.context().close();
});

test("one row per role at the closest seniority, the role's other levels one click away, similar skills in words", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await page.goto(env.server.url + "/?rc=senior-digital-portfolio-manager&rc-view=moves");
    await ready(page);
    await ranked(page).first().waitFor();
    assert.equal(await page.locator("#rc0-moves-seniority").inputValue(), "role", "one row per role by default");
    assert.match(await page.locator("[data-rc=move-count]").innerText(), /^\d+ roles found, one row each at the closest seniority\./);
    await page.getByRole("button", { name: /^Show all \d+ roles$/ }).click();
    const roles = await ranked(page).locator(".rc-moves__role").allInnerTexts();
    assert.equal(new Set(roles).size, roles.length, "each role once");
    // Issue 18: a senior digital portfolio manager is no longer offered "Associate content
    // designer" but the content designer level on their own rung (second from the top).
    const targets = await ranked(page).evaluateAll((rows) => rows.map((r) => r.dataset.target));
    assert.ok(!targets.includes("associate-content-designer"));
    const designer = page.locator('tr[data-target="lead-content-designer"]');
    assert.match(await designer.innerText(), /Lead content designer/);
    const others = page.getByRole("button", { name: "Show 5 other levels of Content designer" });
    assert.equal(await others.getAttribute("aria-expanded"), "false");
    await others.click();
    const nested = page.locator("tr.rc-moves__row--other");
    await nested.first().waitFor();
    assert.deepEqual(await nested.evaluateAll((rows) => rows.map((r) => r.dataset.target)),
      ["associate-content-designer", "junior-content-designer", "content-designer", "senior-content-designer", "head-of-content-design"]);
    assert.equal(await page.getByRole("button", { name: "Hide 5 other levels of Content designer" }).getAttribute("aria-expanded"), "true");
    // The stand-ins, in the engine's words.
    const delivery = page.locator('tr[data-target="programme-delivery-manager"]');
    assert.match(await delivery.innerText(), /shares 1 of 9 skills and has a similar skill for 1 more/);
    assert.match(await delivery.locator("[data-rc=move-similar]").innerText(), /^Similar skills: Agile working is close to Agile and Lean practices\.$/);
    await page.screenshot({ path: join(SCREENSHOTS, `moves-one-per-role-${width}.png`), fullPage: true });
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= viewport, `the page is ${scroll}px wide in a ${viewport}px viewport`);
    await page.getByRole("button", { name: "Hide 5 other levels of Content designer" }).click();
    assert.equal(await nested.count(), 0);
    // Every level, as before: the role's levels are rows of their own.
    await page.selectOption("#rc0-moves-seniority", "any");
    await page.waitForFunction(() => location.search.includes("rc-seniority=any"));
    await page.locator('tr[data-target="associate-content-designer"]').waitFor();
    await page.context().close();
  }
});

test("a gap says which similar skill you have for a skill to learn", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc=data-analyst&rc-view=moves&rc-target=data-scientist");
  await ready(page);
  const learn = page.locator("[data-rc=move-gap] [data-gap=learn] li");
  await learn.first().waitFor();
  const items = await learn.allInnerTexts();
  assert.ok(items.includes("Programming and build (data science): to Practitioner (you have a similar skill: Developing code for analysis at Working)"), items.join("\n"));
  assert.ok(items.includes("Data science innovation: to Practitioner"), "no claim where no similar skill is held");
  await page.screenshot({ path: join(SCREENSHOTS, "moves-gap-similar-1280.png"), fullPage: true });
  clean(page, env.server);
  await page.context().close();
});

const STATES = [
  ["moves-empty", "/?rc-view=moves"],
  ["moves", MOVES],
  ["moves-open", OPEN_MOVE],
  ["moves-route", ROUTE],
  ["moves-filtered", MOVES + "&rc-family=data&rc-seniority=near"],
];
for (const width of [1280, 375]) {
  for (const [state, path] of STATES) {
    test(`axe-core finds no WCAG 2.2 AA violation, and the page reflows: ${state} at ${width}px`, async () => {
      const page = await openPage(env.browser, width);
      await page.goto(env.server.url + path);
      await ready(page);
      await page.screenshot({ path: join(SCREENSHOTS, `${state}-${width}.png`), fullPage: true });
      clean(page, env.server); // before axe-core, whose own checks are not the widget's doing
      const violations = await audit(page);
      assert.deepEqual(violations, []);
      const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      assert.ok(scroll <= viewport, `the page is ${scroll}px wide in a ${viewport}px viewport`);
      await page.context().close();
    });
  }
}
