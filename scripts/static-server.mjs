// A static server for the release bundle (dist/) on 127.0.0.1, sending the strict
// Content-Security-Policy an intranet page would. Used by the README's serve command
// (`node scripts/static-server.mjs dist 8080`) and by the end-to-end tests (`serve(root)`), so
// both prove the widget runs under that policy.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const CSP = [
  // The policy an IT security team would set (issue 8), with nothing loosened for the widget:
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'", // the iframe example frames the standalone page from the same origin
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1 (`port` 0: a free one); resolves to { url, close, requests }.
 * With `gzip`, answers gzip -9 where the browser accepts it, as an intranet's server would. */
export function serve(root, port = 0, { gzip = false } = {}) {
  const requests = [];
  const compressed = new Map(); // file → { mtime, body }: each file is compressed once
  const base = normalize(resolve(root));
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    requests.push(path);
    const file = normalize(join(base, path.endsWith("/") ? `${path}index.html` : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        // As an intranet's server should: content-hashed files (name.0123456789ab.ext) never
        // change, so they are cached for a year; everything else (role-compare.js, pages) is
        // checked on every load, so a new release reaches people at once.
        "Cache-Control": /\.[0-9a-f]{12}\.[a-z]+$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      };
      if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
        const { mtimeMs } = await stat(file);
        let cached = compressed.get(file);
        if (cached?.mtime !== mtimeMs) {
          cached = { mtime: mtimeMs, body: gzipSync(body, { level: 9 }) };
          compressed.set(file, cached);
        }
        body = cached.body;
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${bound}`,
        requests,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

// Run as a command: node scripts/static-server.mjs DIR [PORT]; serves until stopped.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  try {
    const { url, close } = await serve(root, Number(port));
    console.log(`==> serving ${root}/ at ${url}/ with a strict Content-Security-Policy (Ctrl+C stops)`);
    const stop = async () => {
      await close();
      process.exit(0);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (e) {
    console.error(`error: cannot serve on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  }
}
