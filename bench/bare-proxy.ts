// Baseline B1: a bare pass-through proxy — node:http server plus an undici Pool per upstream
// origin, keep-alive, no body parsing, streaming both ways. What any Node gateway costs at the
// least; Pavise's throughput goals are ratios against it (measured in the same run).
//
//   node --import tsx bench/bare-proxy.ts <upstream-url>
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'undici';

const upstream = process.argv[2] ?? 'http://127.0.0.1:1';
const pool = new Pool(upstream, { connections: 256, pipelining: 1 });

const server = createServer((req, res) => {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (typeof v === 'string' && k !== 'host' && k !== 'connection' && k !== 'authorization') headers[k] = v;
  }
  headers.authorization = 'Bearer sk-upstream';
  pool
    .request({ path: req.url ?? '/', method: req.method ?? 'GET', headers, body: req.method === 'POST' ? req : null })
    .then(async (up) => {
      const out: Record<string, string> = {};
      for (const [k, v] of Object.entries(up.headers)) if (typeof v === 'string' && k !== 'connection' && k !== 'keep-alive' && k !== 'transfer-encoding') out[k] = v;
      res.writeHead(up.statusCode, out);
      await pipeline(up.body, res);
    })
    .catch(() => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}` }) + '\n');
});
process.on('SIGTERM', () => {
  server.close();
  void pool.close().then(() => process.exit(0));
});
