// `npm start`: serve the repository root so demo pages load the built widget
// from dist/ exactly as a host page would.
import { createStaticServer, listen } from './lib/static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
const base = await listen(createStaticServer(new URL('..', import.meta.url).pathname), port);
console.log(`Demo: ${base}/demo/  (Ctrl+C stops it)`);
