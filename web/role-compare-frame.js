// For intranet pages that only allow iframes: load this module next to
//   <iframe src=".../role-compare/index.html?rc=…" data-role-compare-frame title="Compare role levels"></iframe>
// and each such frame takes the height of the comparison inside it, growing and shrinking with it.
// A height message is believed only from the frame itself (event.source) and from the frame's own
// origin (event.origin); anything else is ignored. Not iframe-resizer (GPL): 30 lines of our own.
const frames = () => [...document.querySelectorAll("iframe[data-role-compare-frame]")];

for (const frame of frames()) {
  frame.setAttribute("scrolling", "no");
  frame.style.width = "100%";
  frame.style.border = "0";
}

window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "role-compare:height" || !Number.isFinite(data.height)) return;
  for (const frame of frames()) {
    if (event.source !== frame.contentWindow) continue;
    if (event.origin !== new URL(frame.src, document.baseURI).origin) return;
    const height = Math.max(0, Math.min(Math.round(data.height), 100000));
    frame.style.height = `${height}px`;
    if (!frame.dataset.height) {
      // Tell the page it is sized from here, so it can stop scrolling inside the frame.
      frame.contentWindow.postMessage({ type: "role-compare:sized" }, event.origin);
    }
    frame.dataset.height = String(height);
    return;
  }
});
