// What the benchmark scripts share (bench-browser.mjs, trace-first-paint.mjs, trace-move.mjs:
// figures, never asserted): the comparisons they load, the probe that times a comparison's first
// paint, and medians.

/** The deep link whose first paint is measured: two levels of one role. */
export const DEEP = "?rc=senior-digital-portfolio-manager,head-of-portfolio";
/** The 4-column comparison whose "Move right" is measured. */
export const FOUR = [
  "digital-portfolio-analyst",
  "digital-portfolio-manager",
  "senior-digital-portfolio-manager",
  "head-of-portfolio",
];

/** Run in the page before any script (`page.addInitScript`): records in `window.rcPainted` when a
 * comparison row first exists at an animation frame, in the page or a shadow root. */
export const PAINT_PROBE = () => {
  const rendered = () => {
    for (const host of document.querySelectorAll("[data-role-compare], role-compare")) {
      if (host.shadowRoot?.querySelector("[data-rc=grid] tbody tr")) return true;
    }
    return false;
  };
  const tick = () => (rendered() ? (window.rcPainted = performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
};

/** The median of the numbers in `xs` (values missing from a load are left out), or NaN. */
export const median = (xs) => {
  const s = xs.filter((x) => x !== undefined && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The 95th percentile of `xs` (nearest rank). */
export const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
