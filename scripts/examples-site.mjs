// The example intranet pages (examples/) laid out as an intranet would host them, under a
// sub-path: /intranet/tools/*.html, the widget's files in /intranet/tools/role-compare/ (dist/),
// Bootstrap 5's CSS from npm in /intranet/tools/vendor/. The end-to-end tests serve this tree;
// run it as a command to look at the examples yourself:
//   trunk build --release && node scripts/examples-site.mjs [PORT]
import { cpSync, mkdirSync, rmSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./static-server.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SUB_PATH = "/intranet/tools/";

/** Lays the site out under `dest` (emptied first); returns `dest`. */
export function buildSite(dest = join(ROOT, "target", "examples-site")) {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "role-compare.js"))) {
    throw new Error("dist/ has no role-compare.js: run `trunk build --release` first");
  }
  rmSync(dest, { recursive: true, force: true });
  const tools = join(dest, "intranet", "tools");
  mkdirSync(join(tools, "vendor"), { recursive: true });
  cpSync(join(ROOT, "examples"), tools, { recursive: true });
  cpSync(dist, join(tools, "role-compare"), { recursive: true });
  cpSync(join(ROOT, "node_modules", "bootstrap", "dist", "css", "bootstrap.min.css"), join(tools, "vendor", "bootstrap.min.css"));
  // pinned.html: a host that pins this release's versioned entry with integrity (the names and
  // hashes change with every release, so the page is written from role-compare-files.json).
  const files = JSON.parse(readFileSync(join(dist, "role-compare-files.json"), "utf8"));
  writeFileSync(join(tools, "pinned.html"), `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Intranet: a pinned release of the widget</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="intranet.css">
    <script type="module" src="role-compare/${files.entry}" integrity="${files.integrity.entry}"></script>
  </head>
  <body>
    <main>
      <h1>A pinned release</h1>
      <role-compare id="pinned" columns="senior-digital-portfolio-manager,head-of-portfolio" write-url="false"><p>Fallback.</p></role-compare>
    </main>
  </body>
</html>
`);
  return dest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8081);
  const { url } = await serve(buildSite(), port);
  console.log(`==> examples at ${url}${SUB_PATH}intranet.html, hostile.html, api.html (strict CSP; Ctrl+C stops)`);
}
