// Starts the role-compare widget. Loaded as a module script from the same folder as the widget's
// files, so it runs under a strict Content-Security-Policy (no inline script):
//   script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'
// A host page needs only: <link rel="stylesheet" href=".../role-compare.css">,
// <script type="module" src=".../boot.js"></script> and one or more <div data-role-compare></div>.
import init from "./role-compare-web.js";

await init({ module_or_path: new URL("role-compare-web_bg.wasm", import.meta.url) });
