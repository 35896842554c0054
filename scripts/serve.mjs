// A small static server for the repository root: correct MIME types (the
// .wasm must be application/wasm for streaming compilation), no caching,
// and the strict CSP header on the page that demonstrates it.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

/** The exact policy a partner needs; 'self' is the widget's origin here. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:";
/** The same policy without 'wasm-unsafe-eval', to show the failure path. */
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", "");

const HEADERS_BY_PATH = {
  "/www/strict-csp.html": { "Content-Security-Policy": STRICT_CSP },
  "/www/no-wasm-csp.html": { "Content-Security-Policy": NO_WASM_CSP },
};

export function startServer({ port = 8080, host = "127.0.0.1", root = ROOT } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://localhost");
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith("/")) path += "index.html";
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root)) || path.includes("\0")) {
        res.writeHead(403).end("forbidden");
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] || "application/octet-stream",
        "Cache-Control": "no-store",
        ...(HEADERS_BY_PATH[path] || {}),
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  const server = await startServer({ port });
  const { port: actual } = server.address();
  console.log(`IOP Check: serving the repository root at http://127.0.0.1:${actual}/`);
  console.log(`Partner page: http://127.0.0.1:${actual}/www/index.html`);
}
