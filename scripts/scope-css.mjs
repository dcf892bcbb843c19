// After sass, two changes so the widget styles itself wherever it is embedded:
//  - GOV.UK Frontend declares its colours and breakpoints as custom properties on :root, which a
//    shadow root (where each widget lives) does not see from a page that does not load our
//    stylesheet: they are declared on :host too.
//  - GOV.UK sizes type and spacing in rem, the host page's root font size, which a host may change
//    (`html { font-size: 62.5% }` would shrink every widget). Each `Nrem` becomes
//    `calc(N*var(--rc-rem,1rem))`; role-compare.js sets --rc-rem on each widget to the reader's
//    default font size (`font-size: medium`), so the widget follows the reader's setting and not
//    the host's root. Elsewhere (the standalone page's own text) the variable is unset: 1rem.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "style/build/role-compare.css";
const css = readFileSync(file, "utf8");
const scoped = css.replaceAll(":root{", ":root,:host{");
if (scoped === css) {
  console.error(`error: ${file} declares nothing on :root; GOV.UK Frontend's output changed, check scripts/scope-css.mjs`);
  process.exit(1);
}
// A number directly before "rem", not part of a name, a hex colour or another number.
const relative = scoped.replace(/(?<![\w.#-])(-?(?:\d+\.?\d*|\.\d+))rem\b/g, "calc($1*var(--rc-rem,1rem))");
if (/@(media|container)[^{]*var\(--rc-rem/.test(relative)) {
  console.error(`error: ${file} has rem in a media or container query, where a custom property cannot go; check scripts/scope-css.mjs`);
  process.exit(1);
}
writeFileSync(file, relative);
