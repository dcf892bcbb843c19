// What the release bundle weighs: each file of dist/ raw, gzip -9 and brotli (quality 11), and
// what a first visit downloads: a host page's widget (role-compare.js, the wasm-bindgen glue, the
// wasm, the stylesheet, the built-in framework's data file) and the standalone page (the same and
// its own page files).
//   node scripts/sizes.mjs [DIST]              prints the table
//   node scripts/sizes.mjs DIST --budget N     also exits 1 when a host page's widget (what its first
//                                              paint needs) is over N bytes gzip
//   ... --total-budget N                        and when everything a visit could download is over N
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [dist = "dist", ...rest] = process.argv.slice(2);
const budgetAt = rest.indexOf("--budget");
const budget = budgetAt >= 0 ? Number(rest[budgetAt + 1]) : null;
const totalAt = rest.indexOf("--total-budget");
const totalBudget = totalAt >= 0 ? Number(rest[totalAt + 1]) : null;

/** The files a page with one widget downloads (the frame script only on iframe hosts): the stable
 * role-compare.js (the embedding script bundled with the module's glue; the versioned entry has the
 * same bytes, for hosts that pin it), the module, the stylesheet and the built-in framework, by the
 * names role-compare-files.json gives. */
export function widgetFiles(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, "role-compare-files.json"), "utf8"));
  const widget = ["role-compare.js", manifest.wasm, manifest.css, manifest.data];
  // Fetched after the first paint (when idle, or when first needed): every part a visit could
  // ever download, with the first paint's files.
  const later = [manifest.texts, ...(manifest.parts ?? [])].filter(Boolean);
  // The standalone page loads the versioned entry itself, and its own page and styles.
  const standalone = [manifest.entry, manifest.wasm, manifest.css, manifest.data, "index.html", manifest.page_css];
  return { widget, standalone, later };
}

export function sizes(dir) {
  const files = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const body = readFileSync(path);
    files[name] = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  }
  return files;
}

const total = (files, names) =>
  names.reduce((t, n) => ({ raw: t.raw + (files[n]?.raw ?? 0), gzip: t.gzip + (files[n]?.gzip ?? 0), brotli: t.brotli + (files[n]?.brotli ?? 0) }), { raw: 0, gzip: 0, brotli: 0 });

const files = sizes(dist);
const { widget: WIDGET, standalone: STANDALONE, later: LATER } = widgetFiles(dist);
const row = (name, s) => console.log(`${name.padEnd(44)} ${String(s.raw).padStart(10)} ${String(s.gzip).padStart(10)} ${String(s.brotli).padStart(10)}`);
console.log(`${"file".padEnd(44)} ${"raw".padStart(10)} ${"gzip -9".padStart(10)} ${"brotli".padStart(10)}`);
for (const [name, s] of Object.entries(files)) row(name, s);
const widget = total(files, WIDGET);
row("first paint: a host page's widget", widget);
const everything = total(files, [...WIDGET, ...LATER]);
row("everything a visit could download", everything);
row("first visit: the standalone page", total(files, STANDALONE));
if (budget !== null) {
  if (!Number.isFinite(budget)) {
    console.error("--budget needs a number of bytes");
    process.exit(2);
  }
  if (widget.gzip > budget) {
    console.error(`SIZE BUDGET: a host page's widget is ${widget.gzip} bytes gzip, over the budget of ${budget} (see BENCHMARKS.md)`);
    process.exit(1);
  }
  console.log(`size budget: ${widget.gzip} of ${budget} bytes gzip (${budget - widget.gzip} to spare)`);
}
if (totalBudget !== null) {
  if (!Number.isFinite(totalBudget)) {
    console.error("--total-budget needs a number of bytes");
    process.exit(2);
  }
  if (everything.gzip > totalBudget) {
    console.error(`SIZE BUDGET: everything a visit could download is ${everything.gzip} bytes gzip, over the budget of ${totalBudget} (see BENCHMARKS.md)`);
    process.exit(1);
  }
  console.log(`total budget: ${everything.gzip} of ${totalBudget} bytes gzip (${totalBudget - everything.gzip} to spare)`);
}
