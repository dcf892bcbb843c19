// The published JSON Schema (schema/framework.schema.json) says the same as the code: the
// committed data and the example framework pass it; files the validator refuses for their shape
// (a non-slug id, an unknown level-order status, a misspelt field, a javascript: licence) fail it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const read = (path) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const validate = new Ajv2020({ allErrors: true }).compile(read("schema/framework.schema.json"));

test("the committed framework and the example one match the published schema", () => {
  for (const file of ["data/framework.json", "examples/frameworks/ours.json"]) {
    assert.ok(validate(read(file)), `${file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  }
});

test("shapes the validator refuses fail the schema too, each at its place", () => {
  const cases = [
    [(f) => { f.skills[0].id = "a,b&c#d"; }, "/skills/0/id"],
    [(f) => { f.roles[0].level_order.status = "probably"; }, "/roles/0/level_order/status"],
    [(f) => { f.levels[0].descripton = null; }, "/levels/0"],
    [(f) => { f.source.licence_url = "javascript:alert(1)"; }, "/source/licence_url"],
    [(f) => { f.levels[0].skills[0].level = "guru"; }, "/levels/0/skills/0/level"],
    [(f) => { f.skills[0].levels.pop(); }, "/skills/0/levels"],
  ];
  for (const [spoil, place] of cases) {
    const framework = read("examples/frameworks/ours.json");
    spoil(framework);
    assert.equal(validate(framework), false, place);
    assert.ok(validate.errors.some((e) => e.instancePath === place), `${place}: ${JSON.stringify(validate.errors)}`);
  }
});
