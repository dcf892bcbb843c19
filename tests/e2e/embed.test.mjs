// End-to-end: embedding, as an intranet editor and an IT security reviewer would check it. The
// example pages (examples/) are served under a sub-path (/intranet/tools/) with the strict CSP:
// two widgets on a plain page, the same page with Bootstrap 5 and aggressive element rules, the
// JavaScript API; checked for rendering, isolation both ways, printing, no foreign requests, no
// CSP violations, axe-core, the fallback without JavaScript, leaks after 100 mounts, and bad options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, SUB_PATH } from "../../scripts/examples-site.mjs";
import { servedBundle, clean, openPage, audit, until, DIST, SCREENSHOTS } from "./browser.mjs";

const env = servedBundle(() => buildSite(mkdtempSync(join(tmpdir(), "rc-site-"))));
const at = (page) => `${env.server.url}${SUB_PATH}${page}`;

/** Waits until every widget on the page has rendered its top heading. */
async function widgetsReady(page, count) {
  await page.waitForFunction(
    (n) => [...document.querySelectorAll("role-compare, [data-role-compare], #widget")]
      .filter((h) => h.shadowRoot?.querySelector(".rc-widget :is(h1, h2, h3, h4)")).length >= n,
    count,
  );
}

/** Computed styles of the first widget's parts a hostile page would try to change. */
function widgetStyles(page) {
  return page.evaluate(() => {
    const root = document.querySelector("role-compare").shadowRoot;
    const pick = (selector, props) => {
      const el = root.querySelector(selector);
      const style = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [`${selector} ${p}`, style.getPropertyValue(p)]));
    };
    return {
      ...pick(".rc-widget h3", ["font-family", "font-size", "color", "letter-spacing"]),
      ...pick("button", ["font-family", "font-size", "text-transform", "border-radius", "background-color"]),
      ...pick("table", ["border-top-width", "border-top-style"]),
      ...pick("[data-rc=grid] th", ["padding-left", "padding-top", "color", "font-family"]),
      ...pick("[data-rc=grid] td", ["padding-left", "color", "font-size"]),
      ...pick(".govuk-tag", ["font-size", "padding-top"]),
      ...pick("select", ["background-color"]),
      ...pick("details", ["border-top-width"]),
      ...pick(".govuk-body, p", ["line-height"]),
    };
  });
}

test("an intranet page under a sub-path shows two widgets, each with its own options", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("intranet.html"));
  await widgetsReady(page, 2);
  const first = page.locator("role-compare");
  assert.match(await first.locator("[data-rc=grid] thead").innerText(), /Senior digital portfolio manager[\s\S]*Head of portfolio/);
  assert.equal(await first.locator("h3").first().innerText(), "Compare role levels", "heading-level=3 fits the page's outline");
  const second = page.locator("[data-role-compare]");
  assert.equal(await second.locator("[data-rc=grid] thead th").count(), 3);
  assert.match(await second.locator("[data-rc=grid] thead").innerText(), /Content designer[\s\S]*Senior content designer/);
  // Each widget keeps its own link parameter: the first (rc) and the one with data-param.
  await first.getByRole("button", { name: "Swap the columns" }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("rc") === "head-of-portfolio,senior-digital-portfolio-manager");
  await second.getByRole("button", { name: "Swap the columns" }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get("content") === "senior-content-designer,content-designer");
  const paths = env.server.requests.filter((p) => p.includes("role-compare/"));
  assert.ok(paths.every((p) => p.startsWith(`${SUB_PATH}role-compare/`)), `relative URLs only: ${paths}`);
  // The module's core once for both widgets; each part that loads on first use once too.
  const wasm = env.server.requests.filter((p) => p.endsWith(".wasm"));
  assert.equal(wasm.filter((p) => /role-compare-web_bg\.[0-9a-f]{12}\.wasm$/.test(p)).length, 1, "the WebAssembly module is loaded once for both widgets");
  assert.equal(new Set(wasm).size, wasm.length, `no part loaded twice: ${wasm}`);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, "embed-intranet-1280.png"), fullPage: true });
  await page.context().close();
});

test("host CSS does not reach the widget, and the widget's CSS does not reach the host", async () => {
  const plain = await openPage(env.browser);
  await plain.goto(at("intranet.html"));
  await widgetsReady(plain, 2);
  const hostile = await openPage(env.browser);
  await hostile.goto(at("hostile.html"));
  await widgetsReady(hostile, 2);
  assert.deepEqual(await widgetStyles(hostile), await widgetStyles(plain), "the widget looks the same on both pages");
  // The host's own elements keep the host's rules: the widget's stylesheet changes none of them.
  const host = await hostile.evaluate(() => {
    const s = (sel) => getComputedStyle(document.querySelector(sel));
    return {
      button: s("#host-button").textTransform,
      font: s("#host-button").fontFamily,
      table: s("#host-table").borderTopStyle,
      heading: s("#host-heading").color,
    };
  });
  assert.deepEqual(host, { button: "uppercase", font: '"Comic Sans MS", cursive', table: "dashed", heading: "rgb(0, 128, 0)" });
  await plain.screenshot({ path: join(SCREENSHOTS, "embed-plain-1280.png"), fullPage: true });
  await hostile.screenshot({ path: join(SCREENSHOTS, "embed-hostile-1280.png"), fullPage: true });
  clean(hostile, env.server);
  await plain.context().close();
  await hostile.context().close();
});

test("printing the host page prints the comparison and leaves the host's page size alone", async () => {
  const { css: stylesheet } = JSON.parse(readFileSync(join(DIST, "role-compare-files.json"), "utf8"));
  const css = readFileSync(join(DIST, stylesheet), "utf8");
  assert.ok(!css.includes("@page"), "the widget's stylesheet sets no page size for its host");
  const page = await openPage(env.browser);
  await page.goto(at("hostile.html"));
  await widgetsReady(page, 2);
  await page.emulateMedia({ media: "print" });
  const widget = page.locator("role-compare");
  assert.ok(await widget.locator("[data-rc=grid]").isVisible(), "the comparison prints");
  assert.ok(!(await widget.locator("[data-rc=screens]").isVisible()), "its controls do not");
  await page.screenshot({ path: join(SCREENSHOTS, "embed-hostile-print.png"), fullPage: true });
  await page.context().close();
});

test("without JavaScript each host element shows its fallback text with the framework's link", async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(at("intranet.html"));
  for (const host of ["role-compare", "[data-role-compare]"]) {
    const text = await page.locator(host).innerText();
    assert.match(text, /needs JavaScript and WebAssembly/);
    assert.equal(await page.locator(`${host} a`).getAttribute("href"), "https://ddat-capability-framework.service.gov.uk/");
  }
  await context.close();
});

test("without WebAssembly each host element keeps its fallback text, in every embedding form", async () => {
  const page = await openPage(env.browser);
  await page.addInitScript(() => { delete window.WebAssembly; });
  const warnings = [];
  page.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); });
  for (const [file, hosts] of [["intranet.html", ["role-compare", "[data-role-compare]"]], ["role-compare/index.html", ["[data-role-compare]"]]]) {
    await page.goto(at(file));
    await page.waitForFunction(() => document.querySelector("role-compare, [data-role-compare]").shadowRoot?.querySelector("slot"));
    for (const host of hosts) {
      const text = await page.locator(host).innerText();
      assert.match(text, /needs JavaScript and WebAssembly/, `${file} ${host}`);
      assert.ok(await page.locator(`${host} a[href="https://ddat-capability-framework.service.gov.uk/"]`).isVisible(), `${file} ${host}: the link shows`);
    }
  }
  // Hosts that wrote no fallback of their own (empty, or only white space) show the widget's.
  await page.evaluate(async () => {
    document.body.insertAdjacentHTML("beforeend", '<role-compare id="bare"></role-compare><div id="bare-div" data-role-compare>\n  </div><div id="bare-api"></div>');
    const { mount } = await import(new URL("role-compare.js", document.querySelector("script[type=module][src*='role-compare']").src).href);
    await mount(document.getElementById("bare-div")).catch(() => {});
    await mount(document.getElementById("bare-api")).catch(() => {});
  });
  for (const host of ["#bare", "#bare-div", "#bare-api"]) {
    await page.waitForFunction((h) => document.querySelector(h).shadowRoot?.querySelector("slot"), host);
    assert.match(await page.locator(`${host} p`).innerText(), /needs JavaScript and WebAssembly/, host);
    assert.ok(await page.locator(`${host} a[href="https://ddat-capability-framework.service.gov.uk/"]`).isVisible(), `${host}: the link shows`);
  }
  assert.ok(warnings.some((w) => w.startsWith("role-compare: the widget cannot run here")), warnings.join("\n"));
  assert.deepEqual(page.problems.filter((p) => !p.includes("role-compare: the widget cannot run here")), []);
  await page.context().close();
});

test("the JavaScript API mounts, updates and destroys a widget, and 100 mounts leak nothing", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("api.html"));
  await page.click("#mount");
  await widgetsReady(page, 1);
  const widget = page.locator("#widget");
  assert.match(await widget.locator("[data-rc=grid] thead").innerText(), /Senior digital portfolio manager[\s\S]*Head of portfolio/);
  await page.click("#update");
  await widget.locator('[data-rc=grid] thead:has-text("Data scientist")').waitFor();
  assert.equal(new URL(page.url()).search, "", "writeUrl: false leaves the page's link alone");
  await page.click("#destroy");
  assert.deepEqual(await page.evaluate(() => [...document.getElementById("widget").shadowRoot.childNodes].map((n) => n.nodeName)), ["SLOT"],
    "destroy removes the widget's nodes; the element shows its own content again");

  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    return listeners.length;
  };
  const nodes = () => page.evaluate(() => {
    let n = 0;
    const walk = (root) => root.querySelectorAll("*").forEach((el) => { n++; if (el.shadowRoot) walk(el.shadowRoot); });
    walk(document);
    return n;
  });
  const before = { nodes: await nodes(), listeners: await listeners() };
  // While mounted, a widget that keeps the link listens on the window: the count can change.
  await page.evaluate(async () => {
    const { mount } = await import("./role-compare/role-compare.js");
    window.rcTestWidget = await mount(document.getElementById("widget"), { columns: "data-analyst", writeUrl: true });
    await new Promise((r) => setTimeout(r, 100));
  });
  assert.equal(await listeners(), before.listeners + 1,
    "a mounted widget that keeps the link listens for Back and Forward (ratings are followed only on the moves screen)");
  await page.evaluate(() => window.rcTestWidget.destroy());
  assert.equal(await listeners(), before.listeners, "and stops when destroyed");
  await page.evaluate(async () => {
    const { mount } = await import("./role-compare/role-compare.js");
    const el = document.getElementById("widget");
    // writeUrl: true, so each mount adds the widget's own window listener (Back and Forward).
    for (let i = 0; i < 100; i++) {
      const w = await mount(el, { columns: "data-analyst,data-scientist", writeUrl: true });
      w.destroy();
    }
  });
  const after = { nodes: await nodes(), listeners: await listeners() };
  assert.deepEqual(after, before, "no nodes or window listeners left behind");
  clean(page, env.server);
  await page.context().close();
});

test("changing an attribute of <role-compare> updates that widget and keeps the person's other choices", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("intranet.html"));
  await widgetsReady(page, 2);
  await page.evaluate(() => document.querySelector("role-compare").setAttribute("columns", "data-analyst,data-scientist,lead-data-scientist"));
  const widget = page.locator("role-compare");
  await widget.locator('[data-rc=grid] thead:has-text("Lead data scientist")').waitFor();
  assert.equal(await widget.locator("[data-rc=grid] thead th").count(), 4);
  // The person's own choices survive a change that does not touch them.
  await widget.locator("[data-rc=controls] select").first().selectOption("changes");
  const rowsBefore = await widget.locator("[data-rc=grid] tbody tr").count();
  await page.evaluate(() => document.querySelector("role-compare").setAttribute("heading-level", "4"));
  await widget.locator("h4:has-text(\"Compare role levels\")").waitFor();
  assert.equal(await widget.locator("[data-rc=controls] select").first().inputValue(), "changes", "the filter the person chose stays");
  assert.equal(await widget.locator("[data-rc=grid] tbody tr").count(), rowsBefore);
  // Fewer columns allowed: the ones beyond go, the rest stay in the person's order.
  await page.evaluate(() => document.querySelector("role-compare").setAttribute("max-columns", "2"));
  await widget.locator("[data-rc=grid] thead th:nth-child(4)").waitFor({ state: "detached" });
  assert.match(await widget.locator("[data-rc=grid] thead").innerText(), /Data analyst[\s\S]*Data scientist/);
  assert.equal(await widget.locator("[data-rc=controls] select").first().inputValue(), "changes");
  await page.evaluate(() => document.querySelector("role-compare").setAttribute("view", "moves"));
  await widget.locator("[data-rc=moves]").waitFor();
  assert.match(await widget.locator("[data-rc=current-level]").innerText(), /Data analyst/);
  clean(page, env.server);
  await page.context().close();
});

test("in an iframe the standalone page reports its height and the frame follows it", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("iframe.html"));
  const frame = page.frameLocator("iframe[data-role-compare-frame]");
  await frame.locator("[data-rc=grid] tbody tr").first().waitFor();
  // Related roles come once the texts (with the similarities) are in, and make the page taller:
  // measure the page a person sees once it is whole (the frame follows either way).
  await frame.locator("[data-rc=related] table").waitFor();
  const sizes = () => page.evaluate(() => {
    const f = document.querySelector("iframe[data-role-compare-frame]");
    const d = f.contentDocument.documentElement;
    return { frame: f.getBoundingClientRect().height, content: d.getBoundingClientRect().height, inner: d.scrollHeight - d.clientHeight };
  });
  await page.waitForFunction(() => {
    const f = document.querySelector("iframe[data-role-compare-frame]");
    return Math.abs(f.getBoundingClientRect().height - f.contentDocument.documentElement.getBoundingClientRect().height) <= 1;
  });
  const before = await sizes();
  assert.ok(before.frame > 1500, `the frame is as tall as the comparison (${before.frame}px)`);
  assert.ok(before.inner <= 1, "no inner scroll bar");
  // Fewer rows: the frame shrinks with its content.
  await frame.locator("#rc0-filter").selectOption("changes");
  await page.waitForFunction((h) => document.querySelector("iframe[data-role-compare-frame]").getBoundingClientRect().height < h - 50, before.frame);
  const after = await sizes();
  assert.ok(Math.abs(after.frame - after.content) <= 1, `frame ${after.frame}px, content ${after.content}px`);
  // A height message from anything but the frame is ignored.
  // Messages are handled in order: once a second one arrives, the forged one has been handled.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener("message", function done(e) {
      if (e.data === "rc-test-after") { window.removeEventListener("message", done); resolve(); }
    });
    window.postMessage({ type: "role-compare:height", height: 7 }, "*");
    window.postMessage("rc-test-after", "*");
  }));
  assert.ok((await sizes()).frame > 100, "a forged message does not change the frame");
  // A message that claims to come from the frame's window but from another origin is ignored too;
  // the same message from the frame's own origin is believed (so this check can fail).
  const forged = (origin, height) => page.evaluate(([o, h]) => {
    const f = document.querySelector("iframe[data-role-compare-frame]");
    window.dispatchEvent(new MessageEvent("message", { data: { type: "role-compare:height", height: h }, origin: o, source: f.contentWindow }));
    return f.getBoundingClientRect().height;
  }, [origin, height]);
  assert.ok(await forged("https://attacker.example", 7) > 100, "another origin does not change the frame");
  const origin = await page.evaluate(() => location.origin);
  assert.equal(await forged(origin, 1234), 1234, "the frame's own origin does");
  assert.equal(await page.evaluate(() => document.querySelector("iframe").contentDocument.documentElement.classList.contains("rc-framed")), true,
    "the framed page stops scrolling itself once the parent says it sizes the frame");
  clean(page, env.server);
  await page.screenshot({ path: join(SCREENSHOTS, "embed-iframe-1280.png"), fullPage: true });
  await page.context().close();
});

test("a host can pin the versioned entry with integrity, and every file it loads is checked too", async () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "role-compare-files.json"), "utf8"));
  assert.match(manifest.entry, /^role-compare\.[0-9a-f]{12}\.js$/);
  // examples-site.mjs writes pinned.html from role-compare-files.json: the entry with its integrity.
  const pinned = (page) => page.goto(at("pinned.html"));
  // As released: every file loads, and the browser warns of nothing (no ignored attribute).
  const page = await openPage(env.browser);
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await pinned(page);
  await page.locator("#pinned [data-rc=grid]").waitFor();
  for (const file of [manifest.wasm, manifest.css, manifest.data]) {
    assert.ok(page.requested.some((u) => u.endsWith(`/role-compare/${file}`)), `${file} is loaded`);
  }
  clean(page, env.server);
  assert.deepEqual(warnings, []);
  await page.context().close();

  // A module changed on the server (one byte) is refused: the host's fallback stays.
  const tampered = await openPage(env.browser);
  await tampered.route(`**/${manifest.wasm}`, async (route) => {
    const body = Buffer.from(readFileSync(join(DIST, manifest.wasm)));
    body[body.length - 1] ^= 1;
    await route.fulfill({ status: 200, body, contentType: "application/wasm" });
  });
  await pinned(tampered);
  await tampered.waitForFunction(() => document.getElementById("pinned").shadowRoot?.querySelector("slot"));
  await until(() => tampered.problems.some((p) => /integrity/i.test(p)), "the browser to refuse the changed module");
  assert.equal(await tampered.locator("#pinned [data-rc=grid]").count(), 0, "a changed module never runs");
  assert.match(await tampered.locator("#pinned").innerText(), /Fallback\./);
  assert.ok(tampered.problems.some((p) => /integrity/i.test(p)), tampered.problems.join("\n"));
  await tampered.context().close();

  // The versioned entry itself, changed, is refused by the host's integrity attribute.
  const entry = await openPage(env.browser);
  await entry.route(`**/${manifest.entry}`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "console.log('changed');" }));
  await pinned(entry);
  await until(() => entry.problems.some((p) => /integrity/i.test(p)), "the browser to refuse the changed entry");
  assert.ok(entry.problems.some((p) => /integrity/i.test(p)), entry.problems.join("\n"));
  assert.equal(await entry.locator("#pinned [data-rc=grid]").count(), 0);
  await entry.context().close();
});

test("a host with its own framework downloads none of the built-in one", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("api.html"));
  await page.evaluate(async () => {
    const { mount } = await import("./role-compare/role-compare.js");
    await mount(document.getElementById("widget"), { framework: "frameworks/ours.json", writeUrl: false });
  });
  await page.locator("#widget [data-rc=empty]").waitFor();
  assert.match(await page.locator("#widget [data-rc=empty]").innerText(), /Every level of Fixer/);
  assert.deepEqual(page.requested.filter((u) => u.includes("role-compare-framework")), [], "no built-in framework requested");
  clean(page, env.server);
  await page.context().close();
});

test("an organisation's own framework by address: fetched once, checked, credited; a broken one refused", async () => {
  const page = await openPage(env.browser);
  const before = env.server.requests.length;
  await page.goto(at("framework.html"));
  const ours = page.locator("#ours");
  await ours.locator("[data-rc=grid] tr[data-skill=mending]").waitFor();
  assert.match(await ours.locator("[data-rc=grid] tr[data-skill=mending]").innerText(), /Working → Expert \(up 2 levels\)/);
  assert.equal(
    await ours.locator("[data-rc=credit]").innerText(),
    "Source: Our department's operations framework. Written by our operations profession; shared under the Open Government Licence v3.0. Read the licence.",
  );
  // The second widget with the same address shares the one download and offers the file's own starting points.
  const again = page.locator("#ours-again");
  await again.locator("[data-rc=empty]").waitFor();
  assert.match(await again.locator("[data-rc=empty]").innerText(), /Every level of Fixer/);
  assert.doesNotMatch(await again.locator("[data-rc=empty]").innerText(), /portfolio/i);
  const fetched = env.server.requests.slice(before).filter((p) => p.endsWith("frameworks/ours.json"));
  assert.equal(fetched.length, 1, "fetched once for both widgets");
  // A role content CSV, in the official download's format: levels in file order, credited to the file.
  const csv = page.locator("#ours-csv");
  await csv.locator("[data-rc=grid] tr[data-skill=planning-repairs]").waitFor();
  assert.match(await csv.locator("[data-rc=grid] thead").innerText(), /Trainee repair technician[\s\S]*Senior repair technician/);
  assert.match(await csv.locator("[data-rc=grid] tr[data-skill=mending]").innerText(), /Working → Expert \(up 2 levels\)/);
  assert.match(await csv.locator("[data-rc=grid] tr[data-skill=planning-repairs]").innerText(), /New: Practitioner/);
  assert.equal(
    await csv.locator("[data-rc=credit]").innerText(),
    "Source: ours.csv. An organisation's own framework, read from a role content CSV file; it gives no licence.",
  );
  assert.equal(await csv.locator("[data-rc=credit] a").count(), 0, "no licence link is invented");
  // A broken file: each problem with its place, and the built-in framework instead.
  const broken = page.locator("#broken");
  await broken.locator(".govuk-warning-text").waitFor();
  const warning = await broken.locator(".govuk-warning-text").innerText();
  assert.match(warning, /frameworks\/broken\.json could not be used, so the built-in framework is shown/);
  assert.match(warning, /\$\.levels\[1\]\.skills\[0\]\.skill: no skill has the id "mendng"/);
  assert.match(warning, /\$\.roles\[0\]\.level_order\.status: "probably" is not a level-order status/);
  assert.match(await broken.locator("[data-rc=empty]").innerText(), /Senior digital portfolio manager to Head of portfolio/);
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.screenshot({ path: join(SCREENSHOTS, "embed-framework-1280.png"), fullPage: true });
  await page.context().close();
});

test("a framework file chosen in the widget is read in the page; a bad one is refused and the shown one stays", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("intranet.html"));
  await widgetsReady(page, 2);
  const widget = page.locator("role-compare");
  await widget.locator("[data-rc=framework-file] summary").click();
  const input = widget.locator("input[type=file]").last();
  await input.setInputFiles(join(process.cwd(), "examples", "frameworks", "broken.json"));
  const messages = widget.locator("[data-rc=framework-file-messages]");
  await messages.getByText("broken.json was not used").waitFor();
  assert.match(await messages.innerText(), /broken\.json was not used, so the framework already shown stays: 2 problems\./);
  assert.match(await messages.innerText(), /\$\.levels\[1\]\.skills\[0\]\.skill: no skill has the id "mendng"/);
  assert.match(await widget.locator("[data-rc=grid] thead").innerText(), /Head of portfolio/, "the official framework stays");
  const requestsBefore = env.server.requests.length;
  await input.setInputFiles(join(process.cwd(), "examples", "frameworks", "ours.json"));
  await messages.getByText("Showing the framework in ours.json.").waitFor();
  await widget.locator("[data-rc=credit]:has-text(\"Our department's operations framework\")").waitFor();
  // A role content CSV chosen the same way: a broken one is refused with its rows, a good one used.
  await input.setInputFiles(join(process.cwd(), "examples", "frameworks", "broken.csv"));
  await messages.getByText("broken.csv was not used").waitFor();
  assert.match(await messages.innerText(), /broken\.csv row 5 \(line 22\), column "Skill Level": "Expertt" is not a skill level/);
  assert.match(await widget.locator("[data-rc=credit]").innerText(), /Our department's operations framework/, "the framework shown stays");
  await input.setInputFiles(join(process.cwd(), "examples", "frameworks", "ours.csv"));
  await messages.getByText("Showing the framework in ours.csv.").waitFor();
  await widget.locator("[data-rc=credit]:has-text(\"Source: ours.csv.\")").waitFor();
  assert.deepEqual(env.server.requests.slice(requestsBefore), [], "the file is read in the page: nothing is requested or sent");
  // A link cannot carry a file: the page's link is not read as this framework's (no unknown levels
  // reported), not written, not offered to copy; the way back restores the link's comparison.
  const link = page.url();
  assert.match(await widget.locator("[data-rc=file-framework-note]").innerText(), /A link cannot carry a file/);
  assert.equal(await widget.locator("[data-rc=link-problems]").count(), 0, "the page's link is not reported as unknown levels");
  assert.equal(await widget.getByRole("button", { name: /Copy link/ }).count(), 0, "no link to copy");
  await widget.locator("[data-rc=empty] button").first().click();
  await widget.locator("[data-rc=grid]").waitFor();
  assert.equal(page.url(), link, "the page's link is left as it was");
  await widget.locator("[data-rc=framework-again]").click();
  await widget.locator("[data-rc=grid] thead:has-text(\"Head of portfolio\")").waitFor();
  assert.equal(await widget.locator("[data-rc=file-framework-note]").count(), 0);
  assert.match(await messages.innerText(), /Showing the built-in framework again\./);
  clean(page, env.server);
  await page.context().close();
});

// Options a host may get wrong: each gets its exact message in the widget, which carries on.
const BAD_OPTIONS = [
  ['view="grid"', /The view option is "grid"; use compare, moves or team, so the comparison is shown\./],
  ['max-columns="9"', /The max-columns option is "9"; use a whole number from 1 to 6, so the default is used\./],
  ['max-columns="two"', /The max-columns option is "two"; use a whole number from 1 to 6/],
  ['write-url="perhaps"', /The write-url option is "perhaps"; use true or false, so the default is used\./],
  ['param="a b"', /The param option "a b" cannot be used as a link parameter/],
  ['heading-level="7"', /The heading-level option is "7"; use a whole number from 1 to 6/],
  ['heading-level="0"', /The heading-level option is "0"; use a whole number from 1 to 6/],
  ['compact="sometimes"', /The compact option is "sometimes"; use true or false/],
  ['framework="#nowhere"', /The framework option names "nowhere", but the page has no element with that id/],
  ['framework="javascript:alert(1)"', /The framework option is "javascript:alert\(1\)"; give the address of a framework file/],
  ['framework="ftp://example.org/ours.csv"', /The framework option is "ftp:\/\/example\.org\/ours\.csv"; give the address of a framework file, JSON or role content CSV/],
  ['colour="red"', /There is no option called "colour"/],
];
test("bad options each get a clear message, and the widget carries on with the default", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("intranet.html"));
  await widgetsReady(page, 2);
  for (const [attribute, message] of BAD_OPTIONS) {
    const [name, value] = attribute.split(/=(.*)/s);
    await page.evaluate(([n, v]) => {
      const el = document.createElement("role-compare");
      el.setAttribute("columns", "senior-digital-portfolio-manager,head-of-portfolio");
      el.setAttribute(n, JSON.parse(v));
      el.id = "bad";
      document.querySelector("main").append(el);
    }, [name, value]);
    const bad = page.locator("#bad");
    await bad.locator(".govuk-warning-text").waitFor();
    assert.match(await bad.locator(".govuk-warning-text").innerText(), message, attribute);
    assert.equal(await bad.locator("[data-rc=grid] thead th").count(), 3, `${attribute}: the widget still compares`);
    await page.evaluate(() => document.getElementById("bad").remove());
  }
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

// Framework addresses that cannot be used: each is named in the widget, which shows the built-in one.
const BAD_FRAMEWORKS = [
  ["frameworks/missing.json", /frameworks\/missing\.json: the server answered 404 Not Found/],
  ["frameworks/not-json.json", /frameworks\/not-json\.json could not be used[\s\S]*line 1, column \d+: this is not valid JSON/],
  ["frameworks/broken.json", /\$\.levels\[1\]\.skills\[0\]\.skill: no skill has the id "mendng"/],
  ["frameworks/broken.csv", /frameworks\/broken\.csv could not be used, so the built-in framework is shown: broken\.csv row 5 \(line 22\), column "Skill Level": "Expertt" is not a skill level \(awareness, working, practitioner or expert\); broken\.csv row 7 \(line 35\), column "Role Family": family, role, role level and skill name must all be filled in/],
];
test("framework addresses that cannot be used are named, and the built-in framework is shown", async () => {
  const page = await openPage(env.browser);
  await page.goto(at("intranet.html"));
  await widgetsReady(page, 2);
  for (const [address, message] of BAD_FRAMEWORKS) {
    await page.evaluate((a) => {
      const el = document.createElement("role-compare");
      el.setAttribute("framework", a);
      el.setAttribute("columns", "senior-digital-portfolio-manager,head-of-portfolio");
      el.id = "bad";
      document.querySelector("main").append(el);
    }, address);
    const bad = page.locator("#bad");
    await bad.locator(".govuk-warning-text").waitFor();
    assert.match(await bad.locator(".govuk-warning-text").innerText(), message, address);
    assert.equal(await bad.locator("[data-rc=grid] thead th").count(), 3, `${address}: the built-in framework is shown`);
    await page.evaluate(() => document.getElementById("bad").remove());
  }
  await page.context().close();
});

// Links a person may mistype or that outlive the data: each named, the rest of the link loads.
const BAD_LINKS = [
  ["?rc=head-of-portfolo,senior-digital-portfolio-manager", /no role level has the id "head-of-portfolo" \(closest: head-of-portfolio/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-filter=bogus", /the filter "bogus", which does not exist/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-sort=up", /the order "up", which does not exist/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-variants=maybe", /variants "maybe" \(use grouped or flat\)/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-view=maze", /the view "maze" \(use compare, moves or team\)/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-skill=nope", /a skill that does not exist: "nope"/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-gap=a", /the gap "a" \(use two role level ids, from,to\)/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-gap=senior-digital-portfolio-manager,nope", /The link's gap names a role level that does not exist/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-target=nope", /The link's move names a role level that does not exist: no role level has the id "nope"/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-route=head-of-portfolo", /The link's route names a role level that does not exist: no role level has the id "head-of-portfolo"/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-family=dat", /a family that does not exist: "dat"/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-seniority=up", /the seniority "up" \(use role, near or any\)/],
  ["?rc=senior-digital-portfolio-manager,head-of-portfolio&rc-from=boss", /start from "boss" \(use level or ratings\)/],
  ["?rc=head-of-portfolio,senior-digital-portfolio-manager,digital-portfolio-manager,digital-portfolio-analyst,data-analyst,data-scientist,developer", /names 7 role levels; only the first 6/],
];
test("bad links: each problem named in words, the rest of the link shown", async () => {
  const page = await openPage(env.browser);
  for (const [query, message] of BAD_LINKS) {
    await page.goto(`${at("intranet.html")}${query}`);
    const widget = page.locator("role-compare");
    await widget.locator("[data-rc=link-problems]").waitFor();
    assert.match(await widget.locator("[data-rc=link-problems]").innerText(), message, query);
    assert.ok((await widget.locator("[data-rc=grid] thead th").count()) >= 2, `${query}: the known columns still show`);
  }
  await page.context().close();
});

test("ratings made against an earlier edition follow what it renamed, and a removed skill is kept aside", async () => {
  // The framework in use: today's, with the reviewed map from the older edition in
  // tests/fixtures/older-edition (a skill and a role level renamed, a skill removed).
  const framework = JSON.parse(readFileSync("data/framework.json", "utf8"));
  const map = JSON.parse(readFileSync("tests/fixtures/older-edition/renames.json", "utf8"));
  assert.equal(map.to, framework.edition, "the map leads to the committed edition");
  framework.renames = [map];
  const page = await openPage(env.browser);
  await page.route("**/frameworks/editions.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(framework) }));
  await page.goto(at("api.html"));
  await page.evaluate(async () => {
    const { mount } = await import("./role-compare/role-compare.js");
    await mount(document.getElementById("widget"), {
      framework: "frameworks/editions.json", writeUrl: false, view: "moves", columns: ["associate-test-engineer"],
    });
  });
  const input = page.locator("#widget input[type=file][id$=-ratings-file]");
  await input.waitFor({ state: "attached" });
  const older = {
    format: "role-compare-ratings", version: 2, edition: map.from, level: "tester-test-engineer",
    ratings: { "defect-management": { rating: "working", evidence: "Ran defect triage" }, "test-environment-management": "practitioner" },
  };
  await input.setInputFiles({ name: "older.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(older)) });
  const messages = page.locator("#widget [data-rc=ratings-messages]");
  await messages.getByText(/older\.json/).waitFor();
  assert.match(await messages.innerText(),
    /1 skill was named by an earlier edition's name, carried over to what it is called now; 1 rating is for skills this framework does not have, kept aside\./);
  // The renamed skill's rating (and its evidence) is the current skill's; the removed one is named.
  const rate = page.locator("#widget select[id$=-rate-managing-reporting-and-resolving-defects]");
  assert.equal(await rate.inputValue(), "working");
  assert.equal(await page.locator("#widget textarea[id$=-evidence-managing-reporting-and-resolving-defects]").inputValue(), "Ran defect triage");
  assert.match(await page.locator("#widget [data-rc=ratings-aside]").innerText(),
    /1 rating is for skills this framework does not have: test-environment-management \(Practitioner\)\. It is kept on this device/);
  // Downloaded, the file is this edition's: its mark and its ids, the removed skill still in it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("#widget").getByRole("button", { name: "Download my ratings" }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(saved.edition, framework.edition);
  assert.deepEqual(Object.keys(saved.ratings).sort(), ["managing-reporting-and-resolving-defects", "test-environment-management"]);
  await page.screenshot({ path: join(SCREENSHOTS, "ratings-older-edition-1280.png"), fullPage: true });
  clean(page, env.server);
  assert.deepEqual(await audit(page), []);
  await page.context().close();
});
