// Writes the data files the widget loads beside its module, from the one committed source,
// data/framework.json: build/role-compare-framework.json, minified (the committed file stays
// pretty-printed for readable diffs). Trunk runs this before every build (Trunk.toml) and copies
// the file into dist/ (index.html). The widget checks it like any framework file.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "data", "framework.json");
let framework;
try {
  framework = JSON.parse(readFileSync(source, "utf8"));
} catch (error) {
  console.error(`data/framework.json is not valid JSON (${error.message}); regenerate it with \`cargo run -- import\``);
  process.exit(1);
}
mkdirSync(join(root, "build"), { recursive: true });
writeFileSync(join(root, "build", "role-compare-framework.json"), JSON.stringify(framework));
