// A tiny static file server for the demo: serves oes-wasm/ (the demo and the built pkg/) on 127.0.0.1, and the OES
// model files of the repository's models/ directory under /models/ (the demo's OES panel loads them; without them the
// page still computes every metric).
//
//   node demo/serve.mjs [port]        then open http://127.0.0.1:8080/demo/
//
// The browser test imports `serve` and starts it on a free port. Build the package first (build.sh).

import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repositoryModels = resolve(root, "..", "models");
/** The files served under /models/: what `Scorer.load` needs, and their checksums. */
const MODEL_FILES = new Set(["encoder.onnx", "head.onnx", "tokenizer.json", "checksums.sha256"]);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".sha256": "text/plain; charset=utf-8",
};

/**
 * Starts the server on 127.0.0.1:`port` (0 for a free one); resolves to the node:http server once listening.
 * `models` is the directory served under /models/ (only the model files; `null` serves none).
 */
export function serve({ port = 8080, directory = root, models = repositoryModels, log = false } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname);
    if (path === "/") {
      res.writeHead(302, { Location: "/demo/" });
      res.end();
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const modelFile = path.match(/^\/models\/([^/]+)$/)?.[1];
    const file = modelFile !== undefined
      ? (models && MODEL_FILES.has(modelFile) ? join(models, modelFile) : "")
      : normalize(join(directory, path));
    const base = modelFile !== undefined ? models : directory;
    let stat;
    try {
      stat = statSync(file);
    } catch {
      stat = null;
    }
    if (!file || !file.startsWith(base + sep) || !stat?.isFile() || (req.method !== "GET" && req.method !== "HEAD")) {
      res.writeHead(stat?.isFile() ? 405 : 404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(stat?.isFile() ? "method not allowed\n" : "not found\n");
      if (log) console.log(`${req.method} ${path} -> 404`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": types[extname(file)] ?? "application/octet-stream",
      "Content-Length": stat.size,
      "Cache-Control": "no-store",
    });
    if (req.method === "HEAD") {
      res.end();
    } else {
      createReadStream(file).pipe(res);
    }
    if (log) console.log(`${req.method} ${path} -> 200`);
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const server = await serve({ port, log: true });
  console.log(`oes-wasm demo: http://127.0.0.1:${server.address().port}/demo/  (Ctrl+C to stop)`);
}
