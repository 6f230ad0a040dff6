// The benchmark's baseline process (bench/memory/run.ts): Node with tsx and an HTTP server, plus
// the modules named on the command line (relative ones from the repository's root).
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.resolve(import.meta.dirname, '..', '..');
for (const name of process.argv.slice(2)) await import(name.startsWith('./') ? pathToFileURL(path.join(root, name)).href : name);
const server = http.createServer((_req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => console.log('probe ready'));
process.once('SIGTERM', () => server.close());
