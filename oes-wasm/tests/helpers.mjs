// Shared helpers of the Node tests: the golden fixtures of tests/fixtures/ and the comparison rule of
// oes-core/tests/golden.rs.

import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const wasmDir = join(here, "..");
export const fixtures = join(wasmDir, "..", "tests", "fixtures");

export const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

/** Sorted entries of a fixture folder, as full paths. */
export function entries(folder) {
  return readdirSync(join(fixtures, folder))
    .sort()
    .map((name) => join(fixtures, folder, name));
}

/**
 * The subset rule of tests/fixtures/README.md: every key of an expected object must be in the actual one with an
 * equal value (keys left out are not checked), arrays match in full, integers exactly, other numbers within 1e-9
 * (relative, or absolute below 1). After JSON.parse a float such as 40.0 is the integer 40, so "integers" here are
 * two integral numbers; an integral expected float against a non-integral result falls back to the tolerance, as in
 * the Rust test.
 */
export function assertSubset(expected, actual, path = "$") {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    assert.ok(actual !== null && typeof actual === "object" && !Array.isArray(actual), `${path}: expected an object`);
    for (const [key, value] of Object.entries(expected)) {
      assert.ok(Object.hasOwn(actual, key), `${path}.${key}: missing in the result`);
      assertSubset(value, actual[key], `${path}.${key}`);
    }
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected an array, got ${JSON.stringify(actual)}`);
    assert.equal(actual.length, expected.length, `${path}: array length`);
    expected.forEach((value, i) => assertSubset(value, actual[i], `${path}[${i}]`));
  } else if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isInteger(expected) && Number.isInteger(actual)) {
      assert.equal(actual, expected, path);
    } else {
      const tolerance = 1e-9 * Math.max(Math.abs(expected), 1);
      assert.ok(Math.abs(expected - actual) <= tolerance, `${path}: expected ${expected}, got ${actual}`);
    }
  } else {
    assert.deepEqual(actual, expected, path);
  }
}

/** The JS options of a metric fixture (Format 1 of tests/fixtures/README.md). */
export function metricOptions(fixture) {
  const o = fixture.options ?? {};
  const options = {};
  for (const key of ["confidence", "interval", "denominator"]) {
    if (o[key] !== undefined) options[key] = o[key];
  }
  if (fixture.metric === "csat" && o.threshold !== undefined) options.threshold = o.threshold;
  if (fixture.scale) options.scale = fixture.scale;
  if (fixture.weights != null) options.weights = fixture.weights;
  return options;
}

/** The JS options of a report fixture's options.json (snake_case there, camelCase in the JS API). */
export function reportOptions(o) {
  const camel = (k) => k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [camel(k), v]));
}

/**
 * The fields of the TypeScript interfaces in a .d.ts: name -> [{ name, optional }], with `open` set on the array
 * when the interface has an index signature (`[key: string]: unknown`).
 */
export function interfaceFields(dts) {
  const out = new Map();
  const head = /export interface (\w+)[^{]*\{/g;
  let m;
  while ((m = head.exec(dts)) !== null) {
    let depth = 1;
    let i = head.lastIndex;
    while (depth > 0 && i < dts.length) {
      if (dts[i] === "{") depth++;
      if (dts[i] === "}") depth--;
      i++;
    }
    const body = dts.slice(head.lastIndex, i - 1).replace(/\/\*[\s\S]*?\*\//g, "");
    // Split the members at `;` or line ends outside nested braces, brackets and parentheses.
    const members = [];
    let current = "";
    let nesting = 0;
    for (const ch of body) {
      if ("{[(".includes(ch)) nesting++;
      if ("}])".includes(ch)) nesting--;
      if (nesting === 0 && (ch === ";" || ch === "\n")) {
        members.push(current);
        current = "";
      } else {
        current += ch;
      }
    }
    members.push(current);
    const fields = [];
    for (const member of members) {
      const f = /^\s*(\w+)(\?)?\s*:/.exec(member);
      if (f) fields.push({ name: f[1], optional: f[2] === "?" });
    }
    fields.open = members.some((member) => /^\s*\[\w+: string\]/.test(member));
    out.set(m[1], fields);
  }
  return out;
}
