// The standalone page (index.html, marked data-rc-standalone) shown in an iframe: tells the parent
// page how tall it is whenever that changes, so the frame grows and shrinks with the comparison
// (no inner scroll bar). Messages go to the parent's exact origin only (never "*"); the parent
// side, role-compare-frame.js, checks the origin and the sending frame. Loaded by role-compare.js
// on the standalone page only, after the widgets have started.
export function reportHeightToParent() {
  const parentOrigin = (() => {
    if (window.parent === window) return null;
    const ancestor = window.location.ancestorOrigins?.[0];
    if (ancestor) return ancestor;
    try {
      return document.referrer ? new URL(document.referrer).origin : null;
    } catch {
      return null;
    }
  })();
  if (!parentOrigin || parentOrigin === "null") return;
  // The page stops scrolling itself only once the parent says it sizes the frame: a parent that
  // does not (no script, another origin) still gets a page that scrolls inside its frame.
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.origin === parentOrigin && event.data?.type === "role-compare:sized") {
      document.documentElement.classList.add("rc-framed");
    }
  });
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: "role-compare:height", height }, parentOrigin);
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
