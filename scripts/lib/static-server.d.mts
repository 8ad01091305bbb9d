// Types for static-server.mjs, so TypeScript tests can import it.
import type { Server } from 'node:http';
export declare function createStaticServer(
  root: string,
  options?: { headers?: (path: string) => Record<string, string>; onRequest?: (url: string) => void },
): Server;
export declare function listen(server: Server, port?: number): Promise<string>;
