// A small static file server for the demo (`npm start`), the end-to-end
// suite and the benchmarks. No dependencies, so what it sends is exactly what
// a host's own server would send: files, correct MIME types, optional headers.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {string} root folder to serve
 * @param {{ headers?: (path: string) => Record<string, string>, onRequest?: (url: string) => void }} [options]
 * @returns {import('node:http').Server}
 */
export function createStaticServer(root, options = {}) {
  const base = resolve(root);
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    options.onRequest?.(url.pathname + url.search);
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headers?.(url.pathname),
    });
    createReadStream(path).pipe(response);
  });
}

/** Listen on a port (0 picks a free one) on loopback; resolves with the base URL. */
export function listen(server, port = 0) {
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}
