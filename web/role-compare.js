// role-compare: the one file an intranet page needs. Loaded as a module from the folder that
// holds the widget's files (any sub-path: every URL here is relative to this file), it
//  - loads the WebAssembly module once per page, however many widgets the page has;
//  - defines <role-compare> (attributes: columns, view, max-columns, write-url, param,
//    heading-level, framework, compact; changing one updates that widget);
//  - mounts a widget into every [data-role-compare] element (the same options as data- attributes);
//  - exports mount(element, options), resolving to { update(options), destroy() }.
// Each widget lives in an open shadow root with our own stylesheet linked inside, so the host's
// CSS does not reach it and ours does not leak out; it works under
//   script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// (no inline script or style). Content inside the host element shows until the widget mounts,
// and stays as the fallback where JavaScript or WebAssembly is off; where the host wrote none and
// WebAssembly is off, the widget shows its own (with the official framework's link).
import init, { mountWidget, provideBuiltInFramework } from "./parts/role-compare-web.js";

const here = new URL(".", import.meta.url);
// The files this script loads, with their integrity. The release build (scripts/release-files.mjs)
// bundles this script with the module's glue into a versioned file and defines __RC_FILES__ with
// each file's content-hashed name and SHA-384, so a host that pins the versioned file with
// `integrity` has every file it loads checked too. Unbundled (a development build), the plain names.
/* global __RC_FILES__ */
const FILES = typeof __RC_FILES__ === "object" ? __RC_FILES__ : {
  wasm: "parts/role-compare-web_bg.wasm",
  css: "role-compare.css",
  data: "role-compare-framework.txt",
  texts: "role-compare-texts.json",
  integrity: {},
};
const STYLESHEET = new URL(FILES.css, here).href;
const OPTIONS = ["columns", "view", "max-columns", "write-url", "param", "heading-level", "framework", "compact"];
// Attributes any element may carry, which are not options.
const GLOBAL = /^(id|class|style|hidden|lang|dir|title|tabindex|slot|part|role|aria-.*|data-.*)$/;

/** Where the widget cannot run: the host's own fallback content, or, for a host that wrote none,
 * ours (what the widget needs, and the official framework's link). Only on that path: while the
 * widget loads, and after a host destroys it, a plain slot shows the host's content and nothing
 * else. (Whitespace would be assigned to a plain slot and hide the default content, so such a
 * host's slot takes no nodes at all.) */
function fallbackSlot(host) {
  const slot = document.createElement("slot");
  const written = [...host.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  if (written) return slot;
  slot.name = "role-compare-no-fallback";
  const p = document.createElement("p");
  const link = document.createElement("a");
  link.href = "https://ddat-capability-framework.service.gov.uk/";
  link.textContent = "Government Digital and Data Profession Capability Framework";
  p.append("This comparison of role levels needs JavaScript and WebAssembly, which are off or not supported here. The skills of every role level are in the ", link, ".");
  slot.append(p);
  return slot;
}

// The built-in framework is a data file beside the module, not compiled into it: fetched (once
// per page) while the module compiles, and only where a widget uses it (a host that names its own
// framework downloads none of it).
const BUILT_IN = new URL(FILES.data, here).href;
// Its texts (descriptions and statements) are a file of their own, which the module fetches when
// the browser is idle after the first paint, or when a view first needs them.
const TEXTS = new URL(FILES.texts, here).href;
let builtIn = null;
function builtInFramework() {
  // Every wait ends: given up after 20 s (state::waits::WAIT_SECONDS), and said.
  builtIn ??= fetch(BUILT_IN, { integrity: FILES.integrity.data, signal: AbortSignal.timeout(20000) }).then((response) => {
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
    return response.text();
  });
  return builtIn;
}

/** Tells the module where the built-in framework is (with its integrity, so a widget that has
 * to fetch it itself checks it too) and, once a fetch has been started here, hands its text over
 * when it arrives (once per page): widgets show "Loading the framework…" until then. */
let toldWhere = false;
let handedText = false;
const provide = (text, failure, coming = false) =>
  provideBuiltInFramework(BUILT_IN, text, failure, coming, FILES.integrity.data, TEXTS, FILES.integrity.texts);
function handOverBuiltIn() {
  if (builtIn && !handedText) {
    handedText = true;
    toldWhere = true;
    provide(undefined, undefined, true);
    builtIn.then(
      (text) => provide(text, undefined),
      // A refused fetch, or a file whose integrity check failed: the browser says no more.
      (error) => provide(undefined, `it could not be loaded (${error?.name === "TimeoutError"
        ? "it did not arrive within 20 seconds: the network may be slow or down"
        : error instanceof TypeError
        ? "the network or the server refused it, or it is not the file this release expects"
        : error?.message ?? error})`),
    );
  } else if (!toldWhere) {
    toldWhere = true;
    provide(undefined, undefined);
  }
}

let loading = null;
function ready() {
  // Fetched with its integrity (where the build gave one), still compiled as it streams in.
  loading ??= init({ module_or_path: fetch(new URL(FILES.wasm, here), { integrity: FILES.integrity.wasm }) });
  return loading;
}

const kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Options as the module reads them: kebab-case names, text values (arrays comma-joined). */
function normalise(options = {}) {
  const out = {};
  for (const [name, value] of Object.entries(options ?? {})) {
    if (value === undefined || value === null) continue;
    out[kebab(name)] = Array.isArray(value) ? value.join(",") : String(value);
  }
  return out;
}

/** The host's shadow root emptied, with our stylesheet (loaded) and a container to render into;
 * resolves to the nodes added, so destroying removes those and nothing a later mount added. */
async function container(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  // The host's fallback content shows through this slot until the widget has rendered.
  const fallback = document.createElement("slot");
  root.replaceChildren(fallback);
  const link = document.createElement("link");
  link.rel = "stylesheet";
  if (FILES.integrity.css) {
    link.integrity = FILES.integrity.css;
    link.crossOrigin = "anonymous"; // needed where the widget's files are on another origin
  }
  link.href = STYLESHEET;
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", resolve, { once: true });
    link.addEventListener("error", resolve, { once: true });
  });
  const box = document.createElement("div");
  box.className = "rc-host";
  root.append(link, box);
  box.hidden = true;
  // What rem means inside the widget: the reader's default font size, whatever root font size the
  // host page sets (the stylesheet sizes type as calc(N*var(--rc-rem,1rem))).
  const probe = document.createElement("span");
  probe.style.fontSize = "medium";
  probe.style.fontFamily = "serif"; // medium is smaller under a monospace family
  box.append(probe);
  box.style.setProperty("--rc-rem", getComputedStyle(probe).fontSize);
  probe.remove();
  await loaded;
  return { box, link, fallback };
}

/**
 * Mounts a widget into `element` with `options` (columns, view, maxColumns, writeUrl, param,
 * headingLevel, framework, compact). Resolves to a handle: update(options) shows the widget with
 * new options (merged over the current ones); replace(options) with exactly these (an option left
 * out returns to its default); destroy() removes it, its nodes and its listeners.
 */
export async function mount(element, options = {}) {
  // The stylesheet and the built-in framework load while the WebAssembly module compiles.
  const ownFramework = Boolean(normalise(options).framework);
  if (!ownFramework) builtInFramework().catch(() => {});
  const [wasm, made] = await Promise.allSettled([ready(), container(element)]);
  if (wasm.status === "rejected" || made.status === "rejected") {
    // No WebAssembly here (or the module could not load): show the host's fallback content again.
    element.shadowRoot?.replaceChildren(fallbackSlot(element));
    throw (wasm.reason ?? made.reason);
  }
  const nodes = made.value;
  handOverBuiltIn();
  let current = normalise(options);
  let widget;
  try {
    widget = mountWidget(nodes.box, current);
  } catch (error) {
    nodes.box.remove();
    nodes.link.remove();
    throw error;
  }
  nodes.fallback.remove();
  nodes.box.hidden = false;
  return {
    update(next = {}) {
      if (!widget) return;
      current = { ...current, ...normalise(next) };
      widget.update(current);
    },
    replace(next = {}) {
      if (!widget) return;
      current = normalise(next);
      widget.update(current);
    },
    destroy() {
      if (!widget) return;
      widget.destroy();
      widget.free();
      widget = null;
      nodes.box.remove();
      nodes.link.remove();
      // The host element shows its own content again, as before the widget mounted.
      element.shadowRoot?.replaceChildren(document.createElement("slot"));
    },
  };
}

/** A `<role-compare>` element's options: its attributes (unknown ones are passed on, to be named). */
function attributeOptions(element) {
  const options = {};
  for (const name of element.getAttributeNames()) {
    if (!GLOBAL.test(name)) options[name] = element.getAttribute(name);
  }
  return options;
}

/** A `[data-role-compare]` element's options: its data- attributes. */
function dataOptions(element) {
  const options = {};
  for (const name of element.getAttributeNames()) {
    if (name.startsWith("data-") && name !== "data-role-compare") options[name.slice(5)] = element.getAttribute(name);
  }
  return options;
}

/** Says once on the console why widgets show their fallback content instead. */
let said = false;
function unmountable(error) {
  if (said) return;
  said = true;
  console.warn("role-compare: the widget cannot run here, so the page's fallback text is shown:", error?.message ?? error);
}

class RoleCompareElement extends HTMLElement {
  static get observedAttributes() {
    return OPTIONS;
  }
  #mounting = null;
  connectedCallback() {
    this.#mounting ??= mount(this, attributeOptions(this));
    this.#mounting.catch(unmountable);
  }
  attributeChangedCallback() {
    this.#mounting?.then((widget) => widget.replace(attributeOptions(this))).catch(() => {});
  }
  disconnectedCallback() {
    const mounting = this.#mounting;
    this.#mounting = null;
    mounting?.then((widget) => widget.destroy()).catch(() => {});
  }
}

if (!customElements.get("role-compare")) customElements.define("role-compare", RoleCompareElement);
// Only the standalone page reports its height when framed (a host page embedding widgets never
// loads this), and only when it is in a frame at all.
if (document.documentElement.hasAttribute("data-rc-standalone") && window.parent !== window) {
  import("./frame-child.js").then((frame) => frame.reportHeightToParent());
}
for (const element of document.querySelectorAll("[data-role-compare]")) {
  mount(element, dataOptions(element)).catch(unmountable);
}
