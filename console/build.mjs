// Builds the console: src/app.ts → dist/console.js, static/ → dist/.
// `--tests` bundles test/*.test.ts into dist-test/ for `node --test`.
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";

const tests = process.argv.includes("--tests");
if (tests) {
  rmSync("dist-test", { recursive: true, force: true });
  await build({
    entryPoints: readdirSync("test").filter((f) => f.endsWith(".test.ts")).map((f) => `test/${f}`),
    outdir: "dist-test",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
} else {
  rmSync("dist", { recursive: true, force: true });
  mkdirSync("dist");
  await build({
    entryPoints: ["src/app.ts"],
    outfile: "dist/console.js",
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox120"],
    minify: true,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
  });
  for (const f of readdirSync("static")) cpSync(`static/${f}`, `dist/${f}`);
}
