// Opens a deep link on a running server (the README's serve command) in headless Chromium and
// checks what a person would: the comparison is rendered, with a change written out in words,
// and nothing went wrong in the console. Exit code 1 and a reason otherwise.
import { launch, openPage } from "./browser.mjs";

const url = process.argv[2];
const browser = await launch();
let failure = null;
try {
  const page = await openPage(browser);
  await page.goto(url);
  const row = page.locator('[data-rc=grid] tr[data-skill="strategic-thinking"]');
  await row.waitFor({ timeout: 30000 });
  const text = await row.innerText();
  if (!text.includes("Working → Practitioner")) failure = `the Strategic thinking row reads "${text}"`;
  const columns = await page.locator("[data-rc=grid] thead th").count();
  if (columns !== 3) failure = `the grid has ${columns} header cells, not 3 (skill + 2 levels)`;
  if (page.problems.length) failure = `console errors: ${page.problems.join("; ")}`;
} catch (e) {
  failure = String(e);
} finally {
  await browser.close();
}
if (failure) {
  console.error(`error: ${url} did not render the comparison: ${failure}`);
  process.exit(1);
}
console.log(`==> ${url} renders the comparison (Strategic thinking: Working → Practitioner)`);
