// The JavaScript API, as an intranet page's own script would use it: mount a widget with
// options, update it, destroy it. (A module file, not an inline script: the page's CSP forbids those.)
import { mount } from "./role-compare/role-compare.js";

const element = document.getElementById("widget");
const status = document.getElementById("status");
let widget = null;

document.getElementById("mount").addEventListener("click", async () => {
  if (widget) return;
  widget = await mount(element, { columns: ["senior-digital-portfolio-manager", "head-of-portfolio"], writeUrl: false, headingLevel: 2 });
  status.textContent = "Mounted.";
});
document.getElementById("update").addEventListener("click", () => {
  widget?.update({ columns: ["data-analyst", "data-scientist"] });
  status.textContent = "Updated.";
});
document.getElementById("destroy").addEventListener("click", () => {
  widget?.destroy();
  widget = null;
  status.textContent = "Destroyed.";
});
