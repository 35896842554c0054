// Release build: cargo (wasm32, size profile) -> wasm-bindgen (no-modules)
// -> wasm-opt -Oz -> short import names -> pkg/ with the one-file loader,
// content-hashed copies, manifest.json (sizes and SRI), the snippet and the
// clinical review sheet.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { shortenImports } from "./short-imports.mjs";
import { wasmOpt } from "./wasm-opt.mjs";

const root = new URL("..", import.meta.url).pathname;
const pkg = join(root, "pkg");
const work = join(root, "target", "bundle");
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
// Short source paths in panic locations: fewer bytes, and no build paths shipped.
const cargoHome = process.env.CARGO_HOME || join(process.env.HOME || "/root", ".cargo");
const RUSTFLAGS = [
  `--remap-path-prefix=${join(cargoHome, "registry/src")}=crates`,
  `--remap-path-prefix=${root.replace(/\/$/, "")}=iop`,
  // A 256 KB stack instead of 1 MB: rendering never recurses deeply, and
  // every page holding the widget keeps this memory. The stack sits below
  // the data, so an overflow traps rather than overwriting anything.
  "-Clink-arg=-zstack-size=262144",
].join(" ");

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];

run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--lib"], { RUSTFLAGS });
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run(join(root, ".tools/bin/wasm-bindgen"), [
  "--target", "no-modules", "--no-typescript", "--out-dir", work, "--out-name", "glue",
  join(root, "target/wasm32-unknown-unknown/release/iop_check.wasm"),
]);
wasmOpt(root, join(work, "glue_bg.wasm"), join(work, "opt.wasm"));

const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
const short = (buf) => createHash("sha256").update(buf).digest("hex").slice(0, 10);

const shortened = shortenImports(readFileSync(join(work, "opt.wasm")), readFileSync(join(work, "glue.js"), "utf8"));
const wasm = shortened.wasm;
const wasmFile = `iop-widget.${short(wasm)}.wasm`;

// The first view, rendered by the same components natively, for the loader
// to paint before the Wasm arrives. Yew's component markers are dropped.
const firstView = JSON.parse(execFileSync("cargo", ["run", "--quiet", "--profile", "test", "--bin", "prerender"], { cwd: root, encoding: "utf8" }));
// The first view's decision tables, emitted from the Rust rules
// (src/first_view), so the loader holds no copy of a rule.
const decide = execFileSync("cargo", ["run", "--quiet", "--profile", "test", "--bin", "first_view"], { cwd: root, encoding: "utf8" }).trim();
// The clinical review sheet, generated from the same engine and texts, for
// a partner's clinical director to approve. Not part of the bundle.
const clinicalReview = execFileSync("cargo", ["run", "--quiet", "--profile", "test", "--bin", "clinical_review"], { cwd: root, encoding: "utf8" });
// A hidden FAQ panel's answer is not shipped in the first view: the answers
// cost about 2.9 KB gzip, which would take the loader past its 15 KB budget.
// A panel opened early says "Loading…" and starts the fetch; the Wasm
// renders the answer.
const emptyHiddenPanels = (html) => {
  const open = /<div [^>]*hidden="hidden" class="iop-faq-panel">/g;
  let out = "";
  let from = 0;
  for (let m; (m = open.exec(html)); ) {
    let depth = 1;
    const tags = /<div[\s>]|<\/div>/g;
    tags.lastIndex = open.lastIndex;
    let t;
    while (depth > 0 && (t = tags.exec(html))) depth += t[0] === "</div>" ? -1 : 1;
    if (!t) throw new Error("unbalanced FAQ panel in the first view");
    out += html.slice(from, open.lastIndex);
    from = t.index;
    open.lastIndex = tags.lastIndex;
  }
  return out + html.slice(from);
};
for (const lang of ["en", "es"]) {
  firstView[lang] = emptyHiddenPanels(firstView[lang].replace(/<!--<\/?\[[^\]]*\]>-->/g, ""));
}
// The launcher's button and dialog (mode button or dialog), painted and run
// by the loader.
for (const lang of ["en", "es"]) firstView.launcher[lang] = firstView.launcher[lang].replace(/<!--<\/?\[[^\]]*\]>-->/g, "");
// The loader builds the one stylesheet and hands it to the Wasm. The print
// rules, last in the file, come with the glue: only the Wasm's view has
// the answers and QR code that paper shows.
const wholeCss = transformSync(readFileSync(join(root, "src/ui/style.css"), "utf8"), { loader: "css", minify: true }).code.trim();
const printAt = wholeCss.lastIndexOf("@media print{");
if (printAt < 0 || wholeCss.indexOf("}}", printAt) !== wholeCss.length - 2) throw new Error("src/ui/style.css must end with its @media print block");
const css = wholeCss.slice(0, printAt);
const printCss = wholeCss.slice(printAt);
// wasm-bindgen's glue is its own file, fetched with the Wasm when a widget's
// load mode fires: the loader paints the first view without parsing it.
// Loaded as a classic script (with its integrity) or, where a Trusted Types
// policy list refuses the loader's policy, by import(); either way it hands
// its init function to the loader and defines no global.
const glueJs = Buffer.from(transformSync(
  `(function(){${shortened.glue}\nvar t=self.IOPCheck;t&&t._glue&&t._glue(wasm_bindgen,${JSON.stringify(printCss)})})();`,
  { minify: true, target: "es2017", legalComments: "none" },
).code);
const glueFile = `iop-widget-glue.${short(glueJs)}.js`;
const source = readFileSync(join(root, "js/loader.js"), "utf8")
  .replace("__GLUE_FILE__", glueFile)
  .replace("__GLUE_SRI__", sri(glueJs))
  .replace("__WASM_FILE__", wasmFile)
  .replace("__WASM_SRI__", sri(wasm))
  .replace("__VERSION__", version)
  .replace("__FIRST_VIEW__", JSON.stringify({ en: firstView.en, es: firstView.es }))
  .replace("__HOSPITAL_INTRO__", JSON.stringify(firstView.hospital_intro))
  .replace("__LOADING__", JSON.stringify(firstView.loading))
  .replace("__LOAD__", JSON.stringify(firstView.load))
  .replace("__DECIDE__", () => decide)
  .replace("__LAUNCHER__", JSON.stringify(firstView.launcher))
  .replace("__WORD__", JSON.stringify(firstView.word))
  .replace("__ELEMENT__", JSON.stringify(firstView.element))
  .replace("__CSS__", JSON.stringify(css));
// Minified for partners; the readable loader is js/loader.js.
const loader = transformSync(source, { minify: true, target: "es2017", legalComments: "none" }).code;
const js = Buffer.from(loader);
const jsVersioned = `iop-widget.${short(js)}.js`;

rmSync(pkg, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });
writeFileSync(join(pkg, wasmFile), wasm);
writeFileSync(join(pkg, glueFile), glueJs);
writeFileSync(join(pkg, "iop-widget.js"), js);
writeFileSync(join(pkg, jsVersioned), js);
writeFileSync(join(pkg, "clinical-review.html"), clinicalReview);

const describe = (name, buf) => ({
  file: name,
  bytes: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  integrity: sri(buf),
});
const files = [describe("iop-widget.js", js), describe(jsVersioned, js), describe(glueFile, glueJs), describe(wasmFile, wasm)];
// What a page with the widget downloads: the loader, then the glue and the Wasm.
const bundle = [files[0], files[2], files[3]];
const total = (k) => bundle.reduce((n, f) => n + f[k], 0);
const snippet = `<div data-iop-widget data-iop-phone="555-555-0100">
  <!-- Fallback shown until the widget loads, and if it cannot. -->
  <p>Questions about our intensive outpatient program? Call <a href="tel:+15555550100">555-555-0100</a>.</p>
</div>
<script async src="https://YOUR-CDN/iop-check/${jsVersioned}"
  integrity="${files[1].integrity}" crossorigin="anonymous"></script>
`;
const manifest = {
  name: "iop-check",
  version,
  entry: "iop-widget.js",
  versioned_entry: jsVersioned,
  glue: glueFile,
  wasm: wasmFile,
  files,
  totals: { bytes: total("bytes"), gzip: total("gzip"), brotli: total("brotli") },
  snippet,
  clinical_review: "clinical-review.html",
};
writeFileSync(join(pkg, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
writeFileSync(join(pkg, "snippet.html"), snippet);

console.log("pkg/ written:");
for (const f of files) console.log(`  ${f.file.padEnd(32)} ${String(f.bytes).padStart(8)} B  gzip ${String(f.gzip).padStart(7)}  br ${String(f.brotli).padStart(7)}`);
console.log(`  bundle (js + glue + wasm)        ${String(total("bytes")).padStart(8)} B  gzip ${String(total("gzip")).padStart(7)}  br ${String(total("brotli")).padStart(7)}`);
console.log("  " + readdirSync(pkg).join(", "));
