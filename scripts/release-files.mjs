// The files a release ships, named so that an intranet can cache them and pin them (Trunk runs this
// after every build, in its staging folder: Trunk.toml's post_build hook; or `node
// scripts/release-files.mjs DIR`):
//  - every file the widget loads gets a content-hashed name and can be cached for a year: the
//    module (role-compare-web_bg.<hash>.wasm), its stylesheet, the built-in framework's core file
//    and its texts file;
//  - role-compare.js and the module's glue are bundled (esbuild) into one versioned entry,
//    role-compare.<hash>.js, which knows each file's hashed name and SHA-384 and loads them with
//    `integrity` (fetch for the module and the data, the link's attribute for the stylesheet), so a
//    host that pins the entry with `integrity` has every file it loads checked;
//  - role-compare.js stays, with a stable name and short caching, for hosts that follow every
//    release: the same bytes as the versioned entry (a re-export cost host pages one more
//    request before the module could start: first paint 2.63× a static copy in one bench run);
//  - the standalone page links the hashed files with their integrity, and no preload tags (a
//    module preload's integrity was ignored by the browser, with a warning on every load);
//  - role-compare-files.json says which is which, for the tests and for hosts' own tooling.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir || !existsSync(join(dir, "role-compare.js"))) {
  console.error("release-files: give the built folder (TRUNK_STAGING_DIR or an argument) holding role-compare.js");
  process.exit(1);
}

const integrity = (body) => `sha384-${createHash("sha384").update(body).digest("base64")}`;
const hashed = (name, body) => {
  const dot = name.indexOf(".");
  const tag = createHash("sha256").update(body).digest("hex").slice(0, 12);
  return `${name.slice(0, dot)}.${tag}${name.slice(dot)}`;
};

/** Moves `name` (in `from`, a folder of dir) to its content-hashed name in dir; returns the new
 * name and its integrity. */
function settle(name, from = "") {
  const body = readFileSync(join(dir, from, name));
  const to = hashed(name, body);
  renameSync(join(dir, from, name), join(dir, to));
  return { name: to, integrity: integrity(body) };
}

// The module's core, and its parts that load on first use (scripts/wasm-parts.sh), from parts/.
const wasm = settle("role-compare-web_bg.wasm", "parts");
const parts = Object.fromEntries(
  readdirSync(join(dir, "parts")).filter((n) => n.endsWith(".wasm")).sort().map((n) => [n, settle(n, "parts")]),
);
const css = settle("role-compare.css");
const data = settle("role-compare-framework.txt");
const texts = settle("role-compare-texts.json");
const page = settle("page.css");

const files = {
  wasm: wasm.name,
  css: css.name,
  data: data.name,
  texts: texts.name,
  parts: Object.values(parts).map((p) => p.name),
  integrity: {
    wasm: wasm.integrity, css: css.integrity, data: data.integrity, texts: texts.integrity,
    ...Object.fromEntries(Object.values(parts).map((p) => [p.name, p.integrity])),
  },
};
const bundled = await build({
  entryPoints: [join(dir, "role-compare.js")],
  bundle: true,
  format: "esm",
  minify: true,
  splitting: false,
  write: false,
  target: "es2020",
  define: { __RC_FILES__: JSON.stringify(files) },
  legalComments: "none",
  logLevel: "warning",
});
// The loader (__wasm_split.js, bundled in) fetches each part by its plain name beside the entry:
// its hashed name instead, with its integrity, through __rcPart: every wait has an end (the same
// 20 s as state::waits::WAIT_SECONDS), and why a part did not come (the error's name, or the
// server's status) is left in globalThis.__rcPartFailure for the widget to word. The browser says
// only "TypeError" for a refused network, a server's error and a file that is not this release's
// (integrity): one look without integrity (HEAD) tells them apart. A failed load is not kept by
// the loader, so "Try again" fetches the part anew.
const WAIT_MS = 20000;
const partFetcher = `function __rcPart(url,integrity){const say=(s)=>{globalThis.__rcPartFailure=s};return fetch(url,{integrity,signal:AbortSignal.timeout(${WAIT_MS})}).then((r)=>{if(!r.ok){say("status "+r.status);throw new Error("status "+r.status)}return r},(e)=>{say(e&&e.name||"Error");if(!(e instanceof TypeError))throw e;return fetch(url,{method:"HEAD",cache:"no-store",signal:AbortSignal.timeout(${WAIT_MS})}).then((r)=>say(r.ok?"integrity":"status "+r.status),()=>{}).then(()=>{throw e})})}\n`;
let code = partFetcher + new TextDecoder().decode(bundled.outputFiles[0].contents);
for (const [plain, part] of Object.entries(parts)) {
  const at = new RegExp(`fetch\\(new URL\\("\\./${plain.replace(/\./g, "\\.")}",\\s*import\\.meta\\.url\\)\\)`, "g");
  const count = code.match(at)?.length ?? 0;
  if (count !== 1) {
    console.error(`release-files: the entry should fetch ${plain} once, found ${count}`);
    process.exit(1);
  }
  code = code.replace(at, `__rcPart(new URL("./${part.name}",import.meta.url),"${part.integrity}")`);
}
code = new TextEncoder().encode(code);
const entry = { name: hashed("role-compare.js", code), integrity: integrity(code) };
writeFileSync(join(dir, entry.name), code);
// The stable name follows every release: the same bytes as the versioned entry (one request for a
// host page, not a second one to reach the entry; a page loads one of the two, never both).
writeFileSync(join(dir, "role-compare.js"), code);
// Bundled into the entry: no longer loaded on their own.
for (const gone of ["parts", "frame-child.js"]) rmSync(join(dir, gone), { force: true, recursive: true });

// The standalone page: the versioned entry and hashed styles, each with its integrity; no preloads.
let html = readFileSync(join(dir, "index.html"), "utf8");
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "");
html = html.replace(
  /<script type="module" src="\.\/role-compare\.js"><\/script>/,
  `<script type="module" src="./${entry.name}" integrity="${entry.integrity}"></script>`,
);
for (const [plain, file] of [["role-compare.css", css], ["page.css", page]]) {
  html = html.replace(
    new RegExp(`<link rel="stylesheet" href="\\./${plain.replace(".", "\\.")}"[^>]*/?>`),
    `<link rel="stylesheet" href="./${file.name}" integrity="${file.integrity}">`,
  );
}
if (/role-compare-web|modulepreload|"\.\/role-compare\.js"|"\.\/role-compare\.css"|"\.\/page\.css"/.test(html)) {
  console.error("release-files: index.html still names an unhashed file:\n" + html);
  process.exit(1);
}
writeFileSync(join(dir, "index.html"), html);

writeFileSync(
  join(dir, "role-compare-files.json"),
  JSON.stringify({ entry: entry.name, stable: "role-compare.js", ...files, page_css: page.name,
    integrity: { entry: entry.integrity, ...files.integrity, page_css: page.integrity } }, null, 2) + "\n",
);
console.log(`release-files: ${entry.name} (${entry.integrity}) and ${Object.keys(files.integrity).length} hashed files`);
