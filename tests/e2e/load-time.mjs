// Prints how long the release bundle takes in the system Chromium, from navigation start to the
// rendered comparison grid (median of 7 cold page loads). A figure, not a test: run by scripts/bench.sh.
import { serve } from "../../scripts/static-server.mjs";
import { launch, openPage, DIST } from "./browser.mjs";

const server = await serve(DIST);
const browser = await launch();
const times = [];
for (let i = 0; i < 7; i++) {
  const page = await openPage(browser);
  await page.goto(`${server.url}/?rc=senior-digital-portfolio-manager,head-of-portfolio`);
  await page.locator("[data-rc=grid] tbody tr").first().waitFor();
  times.push(await page.evaluate(() => performance.now()));
  await page.context().close();
}
times.sort((a, b) => a - b);
console.log(`time to rendered comparison (median of 7 loads): ${times[3].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)})`);
await browser.close();
await server.close();
