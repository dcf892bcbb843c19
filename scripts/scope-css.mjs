// After sass: GOV.UK Frontend declares its colours and breakpoints as custom properties on :root,
// which a shadow root (where each widget lives) does not see from a page that does not load our
// stylesheet. Declares them on :host too, so the widget styles itself wherever it is embedded.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "style/build/role-compare.css";
const css = readFileSync(file, "utf8");
const scoped = css.replaceAll(":root{", ":root,:host{");
if (scoped === css) {
  console.error(`error: ${file} declares nothing on :root; GOV.UK Frontend's output changed, check scripts/scope-css.mjs`);
  process.exit(1);
}
writeFileSync(file, scoped);
