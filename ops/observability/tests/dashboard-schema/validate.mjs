// Validates Grafana dashboard JSON files against a JSON Schema generated from the TypeScript
// dashboard types shipped in @grafana/schema (raw/dashboard/x/dashboard_types.gen.d.ts, type
// Dashboard). The schema is generated on every run with ts-json-schema-generator, so upgrading
// @grafana/schema in package.json upgrades the check. Interfaces become "additionalProperties:
// false", so a misspelt or unknown field fails the check too.
//
// Usage: node validate.mjs [--write-schema FILE] DASHBOARD.json...
import { createGenerator } from "ts-json-schema-generator";
import Ajv from "ajv";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("@grafana/schema/package.json"));
const typesFile = path.join(pkgDir, "dist/types/raw/dashboard/x/dashboard_types.gen.d.ts");
const grafanaVersion = JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8")).version;

const args = process.argv.slice(2);
let schemaOut = null;
if (args[0] === "--write-schema") { schemaOut = args[1]; args.splice(0, 2); }
if (args.length === 0) { console.error("usage: node validate.mjs [--write-schema FILE] DASHBOARD.json..."); process.exit(2); }

const schema = createGenerator({ path: typesFile, type: "Dashboard", skipTypeCheck: true, expose: "all", topRef: true }).createSchema("Dashboard");
if (schemaOut) writeFileSync(schemaOut, JSON.stringify(schema, null, 2));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

let failed = 0;
for (const file of args) {
  let doc;
  try { doc = JSON.parse(readFileSync(file, "utf8")); }
  catch (e) { console.log(`FAIL ${file}: not JSON: ${e.message}`); failed++; continue; }
  if (validate(doc)) {
    console.log(`ok   ${path.basename(file)} (Dashboard type of @grafana/schema ${grafanaVersion})`);
  } else {
    failed++;
    console.log(`FAIL ${file}:`);
    for (const err of validate.errors.slice(0, 20)) {
      console.log(`     ${err.instancePath || "/"} ${err.message}${err.params && err.params.additionalProperty ? ` (${err.params.additionalProperty})` : ""}`);
    }
  }
}
process.exit(failed ? 1 : 0);
