// Lighthouse figures for scripts/bench.sh: the standalone page's deep link, served with gzip under
// the strict CSP, mobile preset (Lighthouse's default: simulated slow 4G and 4× CPU), 3 runs;
// prints each run and the median performance score and total blocking time. Figures, never asserted.
// Usage: node tests/e2e/bench-lighthouse.mjs SITE_DIR LIGHTHOUSE_CLI
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/static-server.mjs";

const [site, cli] = process.argv.slice(2);
const server = await serve(site, 0, { gzip: true });
const url = `${server.url}/index.html?rc=senior-digital-portfolio-manager,head-of-portfolio`;
const runs = [];
for (let i = 0; i < 3; i++) {
  const dir = mkdtempSync(join(tmpdir(), "rc-lh-"));
  const out = join(dir, "report.json");
  // Lighthouse's launcher makes its own fresh profile and adds its own quiet flags.
  const flags = ["--headless=new", "--no-sandbox", "--disable-gpu"].join(" ");
  // Asynchronously: the server answering Lighthouse's browser runs in this same process.
  await promisify(execFile)(process.execPath, [cli, url, "--quiet", "--only-categories=performance", "--output=json", `--output-path=${out}`, `--chrome-flags=${flags}`], {
    env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
  });
  const report = JSON.parse(readFileSync(out, "utf8"));
  const a = report.audits;
  runs.push({
    score: report.categories.performance.score,
    tbt: a["total-blocking-time"].numericValue,
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tti: a["interactive"]?.numericValue ?? NaN,
  });
  rmSync(dir, { recursive: true, force: true });
}
await server.close();
const median = (key) => [...runs].map((r) => r[key]).sort((x, y) => x - y)[1];
for (const r of runs) {
  console.log(`lighthouse mobile run: performance ${r.score.toFixed(2)}, total blocking time ${r.tbt.toFixed(0)} ms, FCP ${r.fcp.toFixed(0)} ms, LCP ${r.lcp.toFixed(0)} ms, TTI ${r.tti.toFixed(0)} ms`);
}
console.log(`lighthouse mobile (median of 3): performance ${median("score").toFixed(2)}, total blocking time ${median("tbt").toFixed(0)} ms, LCP ${median("lcp").toFixed(0)} ms`);
