// Where the time of a "Move right" goes (a figure for BENCHMARKS.md, never asserted): the release
// bundle served with gzip, a 4-column comparison, 5 clicks to warm up, then RC_BENCH_RUNS clicks
// (default 20) traced, unthrottled and at 4× CPU throttling. Prints the renderer main thread's time
// per click by kind: the click's own handling (the event, Yew's render and diff of the grid),
// style, layout, pre-paint, paint, layerize and commit, garbage collection, and the script of the
// frame and timer callbacks that follow (the link written after the frame).
// Usage: node tests/e2e/trace-move.mjs SITE_DIR (a copy of dist/, as scripts/bench.sh leaves in
// target/bench/site).
import { serve } from "../../scripts/static-server.mjs";
import { launch, openPage } from "./browser.mjs";
import { FOUR } from "./figures.mjs";

const site = process.argv[2];
const CLICKS = Number(process.env.RC_BENCH_RUNS ?? 20);
const KINDS = {
  "the click (event, Yew's render and diff)": /^EventDispatch$/,
  style: /^UpdateLayoutTree$/,
  layout: /^Layout$/,
  "pre-paint": /^PrePaint$/,
  paint: /^Paint$/,
  "layerize and commit": /^(Layerize|Commit)$/,
  "garbage collection": /^(MinorGC|MajorGC|V8\.GC_.*|BlinkGC\..*)$/,
  "frame and timer callbacks": /^(TimerFire|FireAnimationFrame)$/,
};

const server = await serve(site, 0, { gzip: true });
const browser = await launch();
for (const throttle of [1, 4]) {
  const page = await openPage(browser);
  await page.goto(`${server.url}/index.html?rc=${FOUR.join(",")}`);
  await page.locator("[data-rc=grid] tbody tr").first().waitFor({ timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const button = page.getByRole("button", { name: /^Move right/ }).first();
  for (let i = 0; i < 5; i++) {
    await button.click();
    await page.waitForTimeout(100);
  }
  await browser.startTracing(page, { categories: ["devtools.timeline", "v8", "disabled-by-default-devtools.timeline", "blink"] });
  for (let i = 0; i < CLICKS; i++) {
    await button.click();
    await page.waitForTimeout(150);
  }
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const elements = await page.evaluate(() => rcRoot().querySelectorAll("*").length);
  // The renderer main thread that handled the clicks.
  const click = events.find((e) => e.name === "EventDispatch" && e.args?.data?.type === "click");
  const on = events.filter((e) => e.pid === click.pid && e.tid === click.tid && e.ph === "X");
  const perClick = (re) => on.filter((e) => re.test(e.name)).reduce((t, e) => t + e.dur, 0) / 1000 / CLICKS;
  const at = throttle > 1 ? ` at ${throttle}× CPU throttling` : "";
  console.log(`"Move right" on 4 columns${at}, ${elements} elements in the widget; main thread per click, mean of ${CLICKS}:`);
  console.log(`  all tasks ${perClick(/^RunTask$/).toFixed(1)} ms`);
  for (const [kind, re] of Object.entries(KINDS)) console.log(`  ${kind} ${perClick(re).toFixed(1)} ms`);
  await page.context().close();
}
await browser.close();
await server.close();
