// The npm package a CDN serves (jsDelivr, unpkg) and a partner may host
// themselves: made from pkg/ as `make build` left it. `make release` writes
// it to dist/npm/ and packs it; tests/e2e/release.test.mjs makes it in a
// scratch folder and checks what `npm pack` would ship.
//
//   node scripts/release.mjs [--out DIR] [--pack]
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : join(root, "dist", "npm");

const manifest = JSON.parse(readFileSync(join(root, "pkg", "manifest.json"), "utf8"));
const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const field = (name) => new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, "m").exec(cargo)[1];
const version = field("version");
if (manifest.version !== version) {
  throw new Error(`pkg/ holds version ${manifest.version}, Cargo.toml says ${version}: run make build`);
}

/** The range a partner follows for fixes and additions without breaking
 * changes: the major version, or for 0.x the minor (semver's rule). */
export function compatibleRange(v) {
  const [major, minor] = v.split(".");
  return major === "0" ? `${major}.${minor}` : major;
}

const sri = (buf) => "sha384-" + createHash("sha384").update(buf).digest("base64");
const loader = readFileSync(join(root, "pkg", manifest.entry));
const name = manifest.name;
const exact = (cdn) => `${cdn}/${name}@${version}/${manifest.entry}`;
const range = compatibleRange(version);
const JSDELIVR = "https://cdn.jsdelivr.net/npm";
const UNPKG = "https://unpkg.com";

// What a partner needs from the package, and nothing else: the page-facing
// files, the sheet their clinical director reads, sizes and hashes.
const shipped = [manifest.entry, manifest.glue, manifest.wasm, "clinical-review.html", "manifest.json"];
const docs = ["README.md", "CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"];

const readme = `# ${name} ${version}

An embeddable "Is IOP right for me?" self-check and FAQ about Intensive
Outpatient Programs. One script tag; answers never leave the browser.

## Add it to a page

Pinned to this exact version (the files never change, so the integrity
hash holds):

\`\`\`html
<div data-iop-widget data-iop-phone="404-555-0134">
  <p>Questions about IOP? Call <a href="tel:+14045550134">404-555-0134</a>.
     In a crisis, call or text <a href="tel:988">988</a>.</p>
</div>
<script async src="${exact(JSDELIVR)}"
  integrity="${sri(loader)}" crossorigin="anonymous"></script>
\`\`\`

The same file on unpkg: \`${exact(UNPKG)}\`.

Following ${range}.x (fixes and additions, never a breaking change; no
\`integrity\`, since the file changes with each release):
\`${JSDELIVR}/${name}@${range}/${manifest.entry}\`. The loader fetches its
glue script and Wasm from this exact version's folder whichever range
loaded it, so the files always match.

On your own host, serve these files side by side from a folder named by
the version (e.g. \`/iop-check/${version}/\`):

| file | Content-Type | Cache-Control |
|---|---|---|
| \`${manifest.entry}\` | \`text/javascript\` | \`public, max-age=31536000, immutable\` in a versioned folder; \`public, max-age=300\` at an evergreen path |
| \`${manifest.glue}\` | \`text/javascript\` | \`public, max-age=31536000, immutable\` (named by its hash) |
| \`${manifest.wasm}\` | \`application/wasm\` | \`public, max-age=31536000, immutable\` (named by its hash) |

Served from another origin than the page, all three need
\`Access-Control-Allow-Origin\`. \`manifest.json\` lists every file's size and
integrity.

## Before it goes live

Have your clinical director read \`clinical-review.html\`: every question,
answer, rule and result, generated from the code in this version.

## What semver covers

Attributes and their options, events and their \`detail\`, the deep-link
format (\`#iop=1...\`) and the \`IOPCheck\` JavaScript API. The markup inside
the widget's shadow root, its class names and its styles are not part of
the API. The full guide is the project's README.
`;

const pkgJson = {
  name,
  version,
  description: field("description"),
  license: field("license"),
  // Served as files by CDNs; not an ES module to import.
  jsdelivr: manifest.entry,
  unpkg: manifest.entry,
  files: [...shipped, ...docs],
  keywords: ["iop", "intensive-outpatient", "mental-health", "self-check", "widget", "webassembly"],
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const f of shipped) copyFileSync(join(root, "pkg", f), join(out, f));
for (const f of ["CHANGELOG.md", "LICENSE-MIT", "LICENSE-APACHE"]) copyFileSync(join(root, f), join(out, f));
writeFileSync(join(out, "README.md"), readme);
writeFileSync(join(out, "package.json"), JSON.stringify(pkgJson, null, 2) + "\n");
console.log(`${name}@${version} package in ${out}: ${[...shipped, ...docs, "package.json"].join(", ")}`);

if (args.includes("--pack")) {
  execFileSync("npm", ["pack", "--pack-destination", join(out, "..")], { cwd: out, stdio: "inherit" });
}
