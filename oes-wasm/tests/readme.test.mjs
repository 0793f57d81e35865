// The ```js examples of README.md run against the installed package, and what each `console.log(...); // expected`
// prints must match its comment (`…` stands for any text).

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";

import { wasmDir } from "./helpers.mjs";

const readme = readFileSync(join(wasmDir, "README.md"), "utf8");
const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
const out = join(wasmDir, "build", "readme");

test("the README has JavaScript examples", () => assert.ok(blocks.length >= 2));

blocks.forEach((code, i) => {
  test(`README example ${i + 1}`, async () => {
    const expected = [];
    const body = code
      .split("\n")
      .map((line) => {
        if (!line.includes("console.log(")) return line;
        const comment = /;\s*\/\/ (.*)$/.exec(line);
        expected.push(comment ? comment[1] : null);
        return line.replace("console.log(", "__log(");
      })
      .join("\n");
    const source = `import { format as __format } from "node:util";\nconst __out = [];\nconst __log = (...a) => __out.push(__format(...a));\n${body}\nexport { __out };\n`;
    mkdirSync(out, { recursive: true });
    const file = join(out, `example-${i + 1}.mjs`);
    writeFileSync(file, source);
    const { __out: printed } = await import(pathToFileURL(file).href);
    assert.equal(printed.length, expected.length, "every console.log ran");
    printed.forEach((text, k) => {
      if (expected[k] === null) return;
      const pattern = expected[k].split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*?");
      assert.match(text, new RegExp(`^${pattern}$`), `example ${i + 1}, console.log ${k + 1}`);
    });
  });
});
