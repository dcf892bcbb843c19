// End-to-end: the team view, as a line manager uses it: five people's files at once (one of them
// bad, named with its place while the rest load), each skill against each person's level in words
// and icons, what nobody covers and the single points of expertise checked against values worked
// by hand, the downloads, a phone's one list per person, forgetting the team; axe-core at 1280
// and 375 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { servedBundle, clean, openPage, ready, audit, SCREENSHOTS } from "./browser.mjs";

const env = servedBundle();

// Worked by hand (as tests/cli.rs): a digital portfolio manager (DPM) and a senior one (SDPM)
// need agile working A / A, communicating analysis and insight W / P, governance and assurance
// W / P, planning A / P, stakeholder relationship management W / P, strategic thinking A / W.
const FILES = [
  ["ana.json", `{"format": "role-compare-ratings", "version": 2, "name": "Ana", "level": "digital-portfolio-manager",
    "ratings": {"communicating-analysis-and-insight": {"rating": "practitioner", "evidence": "Wrote the quarterly report"},
                "governance-and-assurance": {"rating": "practitioner"}, "planning": {"rating": "working"}}}`],
  ["bad.json", `{"format": "role-compare-ratings", "version": 2, "ratings": {"planning": {"rating": "guru"}}}`],
  ["ben.json", `{"format": "role-compare-ratings", "version": 2, "level": "senior-digital-portfolio-manager",
    "ratings": {"governance-and-assurance": {"rating": "expert"}, "planning": {"rating": "awareness"}, "agile-working": {"rating": "not-yet"}}}`],
  ["cal.json", `{"format": "role-compare-ratings", "version": 2, "ratings": {"strategic-thinking": {"rating": "expert"}}}`],
  ["dee.csv", "person,skill,rating,evidence,role level\nDee,Stakeholder relationship management,practitioner,Chairs the board,senior-digital-portfolio-manager\nDee,agile-working,awareness,,\n"],
].map(([name, text]) => ({ name, mimeType: name.endsWith(".csv") ? "text/csv" : "application/json", buffer: Buffer.from(text) }));

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

async function loadTeam(page, width) {
  await page.goto(env.server.url + "/?rc-view=team");
  await ready(page);
  const input = page.locator("[data-rc=team-files]");
  await input.waitFor();
  await input.setInputFiles(FILES);
  await page.locator("[data-rc=team-summary]").waitFor();
}

test("five people's files, one bad: the rest load, and the gaps and single points are those worked by hand", async () => {
  for (const width of [1280, 375]) {
    const page = await openPage(env.browser, width);
    await loadTeam(page, width);
    assert.match(await page.locator("[data-rc=team-status]").innerText(), /^4 people loaded\. 1 problem: see "Not loaded"\.$/);
    assert.match(await page.locator("[data-rc=team-problems]").innerText(), /bad\.json: \$\.ratings\["planning"\]: "guru" is not a rating/);
    assert.equal(
      await page.locator("[data-rc=team-summary]").innerText(),
      "4 people, 6 skills needed. Nobody covers: Planning. Single points of expertise: Communicating analysis and insight (Ana), Stakeholder relationship management (Dee), Strategic thinking (cal).",
    );
    const people = await page.locator("[data-rc=team-people] li").allInnerTexts();
    assert.equal(people[0], "Ana (Digital portfolio manager): meets 3 of 6 skills; the next level, Senior digital portfolio manager, is 7 steps away.");
    assert.equal(people[2], "cal: no role level, so ratings only.");
    if (width === 1280) {
      const planning = page.locator('[data-rc=team-grid] tr[data-skill="planning"]');
      assert.match(await planning.innerText(), /Nobody covers it/);
      assert.match(await planning.innerText(), /1 of 3/);
      // Ben: Awareness against Practitioner, said in words beside its icon.
      assert.match(await planning.locator("td").nth(2).innerText(), /^▼ Awareness, below \(needs Practitioner\)$/);
      assert.match(await page.locator('[data-rc=team-grid] tr[data-skill="strategic-thinking"]').innerText(), /Only cal at Practitioner or above/);
      // Fewest meeting first: the skills nobody meets come first, the rows keep their keys.
      await page.selectOption("#rc0-team-order", "gaps");
      await page.waitForFunction(() => location.search.includes("rc-team-order=gaps"));
      const first = await page.locator("[data-rc=team-grid] tbody tr").first().getAttribute("data-skill");
      assert.ok(["stakeholder-relationship-management", "strategic-thinking"].includes(first), first);
      // People furthest from what their level needs first, worked by hand: ben and Dee 11 steps
      // each (ties as loaded), Ana 4, cal no level; the columns and the list follow.
      await page.selectOption("#rc0-team-people", "gaps");
      await page.waitForFunction(() => location.search.includes("rc-team-people=gaps"));
      assert.deepEqual((await page.locator("[data-rc=team-grid] thead th").allInnerTexts()).slice(2), ["ben", "Dee", "Ana", "cal"]);
      assert.match(await page.locator("[data-rc=team-people] li").first().innerText(), /^ben \(Senior digital portfolio manager\)/);
      assert.match(await page.locator('[data-rc=team-grid] tr[data-skill="planning"] td').nth(1).innerText(), /^▼ Awareness, below \(needs Practitioner\)$/, "ben's cell moved with him");
      // The manager puts cal (whose file names no level) at Digital portfolio manager, and ben
      // (whose file says senior) at the same level for a moment, then back to his file's.
      await page.selectOption("#rc0-team-level", "digital-portfolio-manager");
      await page.waitForFunction(() => [...rcRoot().querySelectorAll("[data-rc=team-people] li")].some((li) => li.textContent.startsWith("cal (Digital portfolio manager)")));
      await page.selectOption("#rc0-team-whose", { label: "ben" });
      assert.equal(await page.locator("#rc0-team-level").inputValue(), "", "ben's level is his file's until one is chosen");
      await page.selectOption("#rc0-team-level", "digital-portfolio-manager");
      await page.waitForFunction(() => [...rcRoot().querySelectorAll("[data-rc=team-people] li")].some((li) => li.textContent.startsWith("ben (Digital portfolio manager)")));
      await page.selectOption("#rc0-team-level", "");
      await page.waitForFunction(() => [...rcRoot().querySelectorAll("[data-rc=team-people] li")].some((li) => li.textContent.startsWith("ben (Senior digital portfolio manager)")));
    } else {
      assert.ok(!(await page.locator("[data-rc=team-grid]").isVisible()), "a phone gets one list per person");
      const dee = page.locator("[data-rc=team-person]").nth(3);
      assert.match(await dee.innerText(), /Stakeholder relationship management: Practitioner, meets \(needs Practitioner\)/);
    }
    await page.screenshot({ path: join(SCREENSHOTS, `team-${width}.png`), fullPage: true });
    clean(page, env.server);
    assert.deepEqual(await audit(page), []);
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    assert.ok(scroll <= viewport, `the page is ${scroll}px wide in a ${viewport}px viewport`);
    await page.context().close();
  }
});

test("files dropped on the page add to the team already loaded; a file too large is named, not read", async () => {
  const page = await openPage(env.browser);
  await loadTeam(page, 1280);
  assert.match(await page.locator("[data-rc=team-summary]").innerText(), /^4 people/);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([JSON.stringify({ format: "role-compare-ratings", version: 2, name: "Eve", level: "digital-portfolio-manager",
      ratings: { planning: { rating: "practitioner" } } })], "eve.json", { type: "application/json" }));
    dt.items.add(new File(["person,skill,rating\n" + "Zed,planning,working\n".repeat(280000)], "huge.csv", { type: "text/csv" }));
    const zone = rcRoot().querySelector(".rc-team__drop");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => /^5 people/.test(rcRoot().querySelector("[data-rc=team-summary]")?.textContent ?? ""));
  assert.match(await page.locator("[data-rc=team-status]").innerText(), /^1 person loaded\. 1 problem: see "Not loaded"\.$/);
  assert.match(await page.locator("[data-rc=team-problems]").innerText(), /huge\.csv: it is \d+ KB; a file for the team view is at most 5120 KB/);
  const people = await page.locator("[data-rc=team-people] li").allInnerTexts();
  assert.equal(people.length, 5);
  assert.match(people[0], /^Ana /, "those loaded before stay");
  assert.match(people[4], /^Eve \(Digital portfolio manager\)/);
  clean(page, env.server);
  await page.context().close();
});

test("the team view prints its summary, flags and grid without the controls", async () => {
  const page = await openPage(env.browser);
  await loadTeam(page, 1280);
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.locator("[data-rc=print-team]").click();
  await page.waitForFunction(() => window.printed === 1);
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator("[data-rc=team-grid]").isVisible(), "the grid prints");
  assert.ok(await page.locator("[data-rc=team-summary]").isVisible());
  assert.match(await page.locator('[data-rc=team-grid] tr[data-skill="planning"]').innerText(), /Nobody covers it/);
  for (const control of ["team-files", "team-template", "keep-team", "forget-team", "print-team", "team-status", "team-problems"]) {
    assert.ok(!(await page.locator(`[data-rc=${control}]`).isVisible()), `${control} does not print`);
  }
  assert.ok(!(await page.locator("[data-rc=screens]").isVisible()));
  await page.screenshot({ path: join(SCREENSHOTS, "team-print.png"), fullPage: true });
  await page.pdf({ path: join(SCREENSHOTS, "team.pdf"), format: "A4" });
  await page.context().close();
});

test("a team wider than ten people shows ten at a time in the grid, by keyboard, with focus kept", async () => {
  const page = await openPage(env.browser);
  await page.goto(env.server.url + "/?rc-view=team");
  await ready(page);
  const twelve = Array.from({ length: 12 }, (_, p) => ({
    name: `p${p + 1}.json`, mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "role-compare-ratings", version: 2, name: `Person ${p + 1}`, level: "digital-portfolio-manager",
      ratings: { planning: { rating: p % 2 ? "working" : "awareness" } } })),
  }));
  await page.locator("[data-rc=team-files]").setInputFiles(twelve);
  await page.locator("[data-rc=team-summary]").waitFor();
  const heads = () => page.locator("[data-rc=team-grid] thead th").allInnerTexts();
  assert.deepEqual((await heads()).slice(2), Array.from({ length: 10 }, (_, p) => `Person ${p + 1}`));
  assert.equal(await page.locator("[data-rc=team-shown]").innerText(), "The grid shows people 1 to 10 of 12; every person is in the list above and in the downloads.");
  assert.equal(await page.locator("[data-rc=team-people] li").count(), 12, "everyone is listed");
  const next = page.locator("[data-rc=team-next]");
  assert.equal(await next.innerText(), "Next people: 11 to 12");
  await next.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelector("[data-rc=team-shown]")?.textContent.includes("11 to 12"));
  assert.deepEqual((await heads()).slice(2), ["Person 11", "Person 12"]);
  // Person 12 rated Working against planning's need of Awareness; each row shows the same two.
  assert.match(await page.locator('[data-rc=team-grid] tr[data-skill="planning"] td').nth(2).innerText(), /^▲ Working, above \(needs Awareness\)$/);
  assert.equal(await page.locator('[data-rc=team-grid] tr[data-skill="planning"] td').count(), 3);
  assert.equal(await page.evaluate(() => rcRoot().activeElement?.dataset.rc), "team-previous", "focus moves to the button that is left");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => rcRoot().querySelector("[data-rc=team-shown]")?.textContent.includes("1 to 10"));
  assert.equal(await page.evaluate(() => rcRoot().activeElement?.dataset.rc), "team-next");
  await page.screenshot({ path: join(SCREENSHOTS, "team-twelve-1280.png"), fullPage: true });
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  // A phone has one list per person, everyone in it, and no grid to page through.
  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok(!(await page.locator("[data-rc=team-pages]").isVisible()), "no paging on a phone");
  assert.equal(await page.locator("[data-rc=team-person]").count(), 12);
  assert.ok(await page.locator("[data-rc=team-person]").nth(11).isVisible());
  await page.screenshot({ path: join(SCREENSHOTS, "team-twelve-375.png"), fullPage: true });
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});

test("the team downloads as CSV and Markdown, and Forget this team forgets it", async () => {
  const page = await openPage(env.browser);
  await loadTeam(page, 1280);
  const csv = await download(page, page.locator("[data-rc=team] [data-format=csv]"));
  assert.equal(csv.name, "role-compare-team.csv");
  const lines = csv.text.trim().split("\n");
  assert.equal(lines[0], "Skill,Highest need,Needed by,Meeting their need,Ana,ben,cal,Dee,Nobody covers,Single point of expertise");
  assert.ok(lines.some((l) => l.startsWith("Planning,Practitioner,3,1,") && l.includes(",yes,")), lines.join("\n"));
  const md = await download(page, page.locator("[data-rc=team] [data-format=md]"));
  assert.match(md.text, /^# Team skills\n\n4 people, 6 skills needed\. Nobody covers: Planning\./);
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes("Ana")), false, "names are not stored unless asked");
  // Kept on this device when the manager chooses (told who else can read it), and back after a reload.
  const keep = page.locator("[data-rc=keep-team]");
  assert.match(await page.locator("[id$=-team-keep-hint]").innerText(), /can be read by every page of that site/);
  await keep.check();
  await page.waitForFunction(() => (localStorage.getItem("role-compare:ratings:v2:team") ?? "").includes("Ana"));
  await page.reload();
  await ready(page);
  await page.locator("[data-rc=team-summary]").waitFor();
  assert.match(await page.locator("[data-rc=team-summary]").innerText(), /^4 people, 6 skills needed\./);
  assert.ok(await page.locator("[data-rc=keep-team]").isChecked());
  await page.locator("[data-rc=forget-team]").click();
  assert.equal(await page.locator("[data-rc=team-status]").innerText(), "The team is forgotten: no names or ratings are held.");
  await page.waitForFunction(() => rcRoot().activeElement?.dataset.rc === "team-status");
  assert.equal(await page.locator("[data-rc=team-summary]").count(), 0);
  assert.equal(await page.evaluate(() => localStorage.getItem("role-compare:ratings:v2:team")), null, "forgotten on the device too");
  const template = await download(page, page.locator("[data-rc=team-template]"));
  assert.match(template.text, /^person,skill,rating,evidence,role level\n/);
  clean(page, env.server);
  await page.context().close();
});
