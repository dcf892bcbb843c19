// Where the time of a deep link's first paint goes (a figure for BENCHMARKS.md, never asserted):
// the release bundle served with gzip as an intranet would, the deep link loaded RC_BENCH_RUNS
// times (default 9), unthrottled and at 4× CPU throttling, each load both timed and traced.
//  - Milestones from the page itself: each file's download (Resource Timing), the module's
//    instantiation (WebAssembly.instantiateStreaming / instantiate, wrapped before any script
//    runs), and the first animation frame in which a comparison row exists (as bench-browser.mjs).
//  - A Chromium trace (devtools.timeline, v8, v8.wasm) of the same load: main-thread time up to
//    that frame by kind (script and wasm compilation, script run, style and layout, paint), and
//    the static copy's own first paint for the ratio.
// Usage: node tests/e2e/trace-first-paint.mjs SITE_DIR (a copy of dist/ with static.html in it,
// as scripts/bench.sh leaves in target/bench/site). RC_TRACE_MBPS=N loads over a network of N
// Mbit/s with 20 ms of latency (Chromium's network emulation), as an intranet is, where localhost
// hands a file over at once; RC_TRACE_CPU sets the CPU throttling rates (default "1,4").
import { serve } from "../../scripts/static-server.mjs";
import { launch, openPage } from "./browser.mjs";
import { DEEP, PAINT_PROBE, median } from "./figures.mjs";

const site = process.argv[2];
const RUNS = Number(process.env.RC_BENCH_RUNS ?? 9);
const MBPS = Number(process.env.RC_TRACE_MBPS ?? 0);
const CPU = (process.env.RC_TRACE_CPU ?? "1,4").split(",").map(Number);
const server = await serve(site, 0, { gzip: true });
const browser = await launch();

// The module's compilation and instantiation, wrapped before any script runs (the paint is timed
// by PAINT_PROBE).
const WASM_PROBE = () => {
  window.rcMarks = {};
  const mark = (name) => (window.rcMarks[name] ??= performance.now());
  for (const name of ["instantiateStreaming", "instantiate", "compileStreaming"]) {
    const original = WebAssembly[name];
    if (!original) continue;
    WebAssembly[name] = function (...args) {
      mark(`${name} called`);
      return original.apply(this, args).then((result) => {
        mark(`${name} done`);
        return result;
      });
    };
  }
};

const CATEGORIES = ["devtools.timeline", "v8", "v8.wasm", "disabled-by-default-devtools.timeline"];
// Main-thread work by kind, from trace event names; what the renderer's main thread spends in
// tasks besides these is running script (JavaScript and WebAssembly).
const KINDS = {
  "wasm compiled on first call": /^wasm\.CompileLazy$/,
  "wasm streaming set-up": /^wasm\.(StartStreamingCompilation|InitializeStreaming|ValidateFunctionsStreaming|ExecuteCompilationUnits|FinishedStreaming)$/,
  "JS compile": /^(v8\.compile|v8\.compileModule)$/,
  "HTML parse": /^ParseHTML$/,
  "style and layout": /^(UpdateLayoutTree|Layout|ParseAuthorStyleSheet)$/,
  "paint": /^(Paint|PrePaint|Layerize|Commit|UpdateLayer)$/,
};

async function load(path, throttle) {
  const page = await openPage(browser);
  await page.addInitScript(WASM_PROBE);
  await page.addInitScript(PAINT_PROBE);
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  if (MBPS > 0) {
    await cdp.send("Network.enable");
    const bytes = (MBPS * 1e6) / 8;
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: bytes, uploadThroughput: bytes });
  }
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(`${server.url}/${path}`);
  if (path.startsWith("index")) {
    await page.waitForFunction(() => window.rcPainted !== undefined, null, { timeout: 60000 });
  } else {
    await page.waitForLoadState("load");
    await page.waitForTimeout(300);
  }
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const marks = await page.evaluate(() => {
    const files = {};
    for (const r of performance.getEntriesByType("resource")) {
      const name = r.name.split("/").pop().split("?")[0].replace(/\.[0-9a-f]{12}\./, ".");
      files[name] = { start: r.startTime, end: r.responseEnd, bytes: r.encodedBodySize };
    }
    const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
    return { ...window.rcMarks, painted: window.rcPainted, files, fcp: paint };
  });
  await page.context().close();
  return { marks, busy: mainThreadBusy(trace, path.startsWith("index") ? marks.painted : marks.fcp) };
}

/** Main-thread time by kind, from the page's request to `until` (ms after the page's time
 * origin, which is a few ms before it): the renderer whose main thread has the most tasks. */
function mainThreadBusy(trace, until) {
  const events = trace.traceEvents;
  const doc = events.find((e) => e.name === "ResourceSendRequest" && /\/(index|static)\.html/.test(e.args?.data?.url ?? ""));
  const origin = doc?.ts ?? 0;
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const tasks = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === "RunTask" && e.ph === "X");
  // The renderer that parsed the page (a browser's own pages, such as a new tab's, have renderers
  // too); failing that, the busiest.
  const parse = events.find((e) => e.name === "ParseHTML" && /\/(index|static)\.html/.test(e.args?.beginData?.url ?? ""));
  const main = mains.find((m) => parse && m.pid === parse.pid && m.tid === parse.tid)
    ?? mains.sort((a, b) => tasks(b).length - tasks(a).length)[0];
  const within = (e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.ts >= origin && (e.ts - origin) / 1000 <= until;
  const sum = (pick) => events.filter((e) => within(e) && pick(e)).reduce((t, e) => t + Math.min(e.dur, until * 1000 - (e.ts - origin)) / 1000, 0);
  const out = { "all tasks": sum((e) => e.name === "RunTask") };
  let named = 0;
  for (const [kind, re] of Object.entries(KINDS)) {
    out[kind] = sum((e) => re.test(e.name));
    named += out[kind];
  }
  out["script run (the rest)"] = out["all tasks"] - named;
  return out;
}

const f = (x) => (Number.isNaN(x) ? "n/a" : `${x.toFixed(0)} ms`);

for (const throttle of CPU) {
  const widget = [];
  const copy = [];
  for (let i = 0; i < RUNS; i++) {
    widget.push(await load(`index.html${DEEP}`, throttle));
    copy.push(await load("static.html", throttle));
  }
  report(throttle, widget, copy);
}

function report(throttle, widget, copy) {
  const m = (get) => median(widget.map((w) => get(w.marks)));
  const at = throttle > 1 ? ` (${throttle}× CPU throttling)` : "";
  const over = MBPS > 0 ? `, over ${MBPS} Mbit/s with 20 ms latency` : "";
  console.log(`first paint trace${at}${over}, medians of ${RUNS} loads:`);
  for (const file of ["role-compare.js", "role-compare.css", "role-compare-web_bg.wasm", "role-compare-framework.txt"]) {
    console.log(`  ${file.padEnd(28)} requested ${f(m((x) => x.files[file]?.start))}, downloaded ${f(m((x) => x.files[file]?.end))}`);
  }
  for (const call of ["compileStreaming", "instantiateStreaming", "instantiate"]) {
    for (const name of [`${call} called`, `${call} done`]) {
      const v = m((x) => x[name]);
      if (!Number.isNaN(v)) console.log(`  module ${name.padEnd(28)} ${f(v)}`);
    }
  }
  console.log(`  comparison painted            ${f(m((x) => x.painted))}; the static copy's first paint ${f(median(copy.map((c) => c.marks.fcp)))}`);
  const kinds = Object.keys(widget[0].busy);
  const busy = kinds.map((k) => `${k} ${f(median(widget.map((w) => w.busy[k])))}`);
  console.log(`  main thread before the widget's paint: ${busy.join(", ")}`);
  const copyBusy = kinds.map((k) => `${k} ${f(median(copy.map((c) => c.busy[k])))}`);
  console.log(`  main thread before the copy's paint: ${copyBusy.join(", ")}`);
}
await browser.close();
await server.close();
