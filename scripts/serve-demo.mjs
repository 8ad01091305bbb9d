// `npm start`: serve the repository root so demo pages load the built widget
// from dist/ exactly as a host page would. It keeps running until Ctrl+C.
// PORT chooses the port (default 8000); when that port is taken, it says so
// and serves on a free one instead of failing.
import { createStaticServer, listen } from './lib/static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const wanted = process.env.PORT ?? '8000';
const port = Number(wanted);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${wanted} is not a port number (0 to 65535).`);
  process.exit(1);
}

let base;
try {
  base = await listen(createStaticServer(root), port);
} catch (error) {
  if (error?.code !== 'EADDRINUSE' && error?.code !== 'EACCES') throw error;
  base = await listen(createStaticServer(root), 0);
  const why = error.code === 'EADDRINUSE' ? 'is in use' : 'may not be used by this user';
  console.log(`Port ${port} ${why}, so the demo uses port ${new URL(base).port} instead.`);
}
console.log(`Demo: ${base}/demo/`);
console.log('It keeps running until Ctrl+C. Another port: PORT=8080 npm start');
