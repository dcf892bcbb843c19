// Browser figures for scripts/bench.sh (figures, never asserted; this machine is shared and noisy,
// so compare medians and ratios from one run only). Served with gzip, as an intranet would.
//  1. First paint of the deep link: the widget against a static copy of the same rendered page
//     with every script removed (declarative shadow DOM), loads alternating, unthrottled and with
//     4× CPU throttling; "painted" is the first animation frame in which a comparison row exists.
//  2. Interaction: "Move right" on a 4-column comparison, 100 clicks, click event to the frame
//     after it; unthrottled and 4×; then the same on a framework 10 times the size.
//  3. The first opening of a cell's statements before the texts file has arrived: the texts held
//     back until the click, then click to the frame in which the statements are listed (the fetch
//     from localhost, the merge and the render), 7 pages.
// Usage: [RC_BENCH_ONLY=opening|team|move] node tests/e2e/bench-browser.mjs SITE_DIR (a copy of dist/ with framework-10x.json in it).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";
import { launch, openPage } from "./browser.mjs";
import { DEEP, FOUR, PAINT_PROBE, median, p95 } from "./figures.mjs";

const site = process.argv[2];
const RUNS = Number(process.env.RC_BENCH_RUNS ?? 15);

const server = await serve(site, 0, { gzip: true });
const browser = await launch();

async function makeStaticCopy() {
  const page = await openPage(browser);
  await page.goto(`${server.url}/index.html${DEEP}`);
  await page.locator("[data-rc=grid] tbody tr").first().waitFor();
  const html = await page.evaluate((origin) => {
    const host = document.querySelector("[data-role-compare]");
    let text = document.documentElement.getHTML({ shadowRoots: [host.shadowRoot] });
    text = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link[^>]*modulepreload[^>]*>/g, "");
    return `<!DOCTYPE html>\n<html lang="en">${text.split(origin).join("")}</html>`;
  }, server.url);
  writeFileSync(join(site, "static.html"), html);
  await page.context().close();
}

async function paintTime(path, throttle) {
  const page = await openPage(browser);
  await page.addInitScript(PAINT_PROBE);
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  }
  await page.goto(`${server.url}/${path}`);
  await page.waitForFunction(() => window.rcPainted !== undefined, null, { timeout: 60000 });
  const t = await page.evaluate(() => window.rcPainted);
  await page.context().close();
  return t;
}

const ms = (x) => `${x.toFixed(0)} ms`;

async function firstPaint(throttle) {
  const widget = [];
  const copy = [];
  for (let i = 0; i < RUNS; i++) {
    widget.push(await paintTime(`index.html${DEEP}`, throttle));
    copy.push(await paintTime("static.html", throttle));
  }
  const w = median(widget);
  const c = median(copy);
  console.log(
    `first paint${throttle > 1 ? ` (${throttle}× CPU throttling)` : ""}: widget ${ms(w)}, static copy ${ms(c)}, ratio ${(w / c).toFixed(2)} (medians of ${RUNS} alternating loads each; widget ${ms(Math.min(...widget))}–${ms(Math.max(...widget))}, copy ${ms(Math.min(...copy))}–${ms(Math.max(...copy))})`,
  );
}

async function interaction(label, url, throttle, clicks = 100) {
  const page = await openPage(browser);
  await page.goto(url);
  await page.locator("[data-rc=grid] tbody tr").first().waitFor({ timeout: 60000 });
  if (throttle > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  }
  await page.evaluate(() => {
    window.rcTimes = [];
    window.addEventListener(
      "click",
      (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.rcTimes.push(performance.now() - start), 0));
      },
      true,
    );
  });
  const button = page.getByRole("button", { name: /^Move right/ }).first();
  for (let i = 0; i < clicks; i++) {
    await button.click();
    await page.waitForFunction((n) => window.rcTimes.length >= n, i + 1);
  }
  const times = await page.evaluate(() => window.rcTimes);
  console.log(
    `interaction, ${label}${throttle > 1 ? ` (${throttle}× CPU throttling)` : ""}: p50 ${median(times).toFixed(1)} ms, p95 ${p95(times).toFixed(1)} ms (${clicks} clicks on "Move right", click to the next frame)`,
  );
  await page.context().close();
}

async function firstOpening(runs = 7) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await openPage(browser);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route("**/role-compare-texts.*.json", async (route) => { await held; await route.continue(); });
    await page.goto(`${server.url}/index.html${DEEP}`);
    const cell = page.locator('tr[data-skill="strategic-thinking"] td').nth(1).locator("details");
    await cell.locator("summary").waitFor();
    await page.evaluate(() => {
      const host = document.querySelector("[data-role-compare]");
      const details = host.shadowRoot.querySelector('tr[data-skill="strategic-thinking"] td:nth-of-type(2) details');
      details.addEventListener("click", (e) => {
        const start = e.timeStamp;
        const tick = () => (details.querySelector("li") ? (window.rcOpened = performance.now() - start) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
    await cell.locator("summary").click();
    release();
    await page.waitForFunction(() => window.rcOpened !== undefined);
    times.push(await page.evaluate(() => window.rcOpened));
    await page.context().close();
  }
  console.log(`first opening of a cell before the texts arrived: median ${median(times).toFixed(1)} ms (${runs} pages; ${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)} ms), click to the frame listing the statements`);
}

// The team view with 50 people (issue 19: loads and renders in ≤ 1 s; a re-sort within a
// frame): 50 ratings files made from the built-in framework (each person at one of 10 levels,
// rating every skill that level needs, by rule), chosen at once.
async function teamOfFifty() {
  const { readFile } = await import("node:fs/promises");
  const fw = JSON.parse(await readFile(new URL("../../data/framework.json", import.meta.url), "utf8"));
  const levels = fw.levels.filter((l) => l.skills.some((s) => s.level)).filter((_, i) => i % 17 === 0).slice(0, 10);
  const keys = ["not-yet", "awareness", "working", "practitioner", "expert"];
  const files = Array.from({ length: 50 }, (_, p) => {
    const level = levels[p % levels.length];
    const ratings = Object.fromEntries(level.skills.map((s, k) => [s.skill, { rating: keys[(p + k) % 5] }]));
    const text = JSON.stringify({ format: "role-compare-ratings", version: 2, name: `Person ${p + 1}`, level: level.id, ratings });
    return { name: `person-${p + 1}.json`, mimeType: "application/json", buffer: Buffer.from(text) };
  });
  const loads = [];
  const sorts = [];
  for (let run = 0; run < 5; run++) {
    const page = await openPage(browser);
    await page.goto(`${server.url}/index.html?rc-view=team`);
    const input = page.locator("[data-rc=team-files]");
    await input.waitFor({ timeout: 60000 });
    await page.evaluate(() => {
      const root = document.querySelector("[data-role-compare]").shadowRoot;
      root.querySelector("[data-rc=team-files]").addEventListener("change", (e) => {
        const start = e.timeStamp;
        const tick = () => (/^50 people/.test(root.querySelector("[data-rc=team-summary]")?.textContent ?? "")
          ? requestAnimationFrame(() => (window.rcTeam = performance.now() - start))
          : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }, { capture: true, once: true });
    });
    await input.setInputFiles(files);
    await page.waitForFunction(() => window.rcTeam !== undefined, null, { timeout: 60000 });
    loads.push(await page.evaluate(() => window.rcTeam));
    await page.evaluate(() => {
      const select = document.querySelector("[data-role-compare]").shadowRoot.querySelector("[id$=-team-order]");
      select.addEventListener("change", (e) => {
        const start = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => (window.rcSort = performance.now() - start), 0));
      }, { capture: true, once: true });
    });
    await page.locator("[id$=-team-order]").selectOption("gaps");
    await page.waitForFunction(() => window.rcSort !== undefined);
    sorts.push(await page.evaluate(() => window.rcSort));
    await page.context().close();
  }
  console.log(`team view, 50 people's files: loaded and painted median ${median(loads).toFixed(0)} ms (5 runs; ${Math.min(...loads).toFixed(0)}–${Math.max(...loads).toFixed(0)} ms); re-sort to the next frame median ${median(sorts).toFixed(1)} ms (${Math.min(...sorts).toFixed(1)}–${Math.max(...sorts).toFixed(1)} ms)`);
}

if (process.env.RC_BENCH_ONLY === "team") {
  await teamOfFifty();
  await browser.close();
  await server.close();
  process.exit(0);
}

// RC_BENCH_ONLY=move measures only "Move right" on 4 columns, unthrottled and at 4×.
if (process.env.RC_BENCH_ONLY === "move") {
  const four = `${server.url}/index.html?rc=${FOUR.join(",")}`;
  await interaction("4 columns", four, 1);
  await interaction("4 columns", four, 4);
  await browser.close();
  await server.close();
  process.exit(0);
}

// RC_BENCH_ONLY=opening measures only the first opening (3.).
if (process.env.RC_BENCH_ONLY !== "opening") {
  await makeStaticCopy();
  await firstPaint(1);
  await firstPaint(4);
  const four = `${server.url}/index.html?rc=${FOUR.join(",")}`;
  await interaction("4 columns", four, 1);
  await interaction("4 columns", four, 4);
  const big = `${server.url}/host-10x.html`;
  await interaction("4 columns, 10× framework", big, 1);
  await interaction("4 columns, 10× framework", big, 4, 30);
}
await firstOpening();
await teamOfFifty();
await browser.close();
await server.close();
