// The Temporal UI of the dev server, served through a small proxy that sets
// its codec settings. `temporal server start-dev` only takes the codec's
// address (--ui-codec-endpoint), and its UI then calls the codec without
// credentials, so the browser never sends the session cookie that the console
// opens for a supervisor: the UI shows "Codec Server could not connect". A
// standalone UI server is configured with TEMPORAL_CODEC_ENDPOINT and
// TEMPORAL_CODEC_INCLUDE_CREDENTIALS=true instead; this proxy answers the
// UI's GET /api/v1/settings with the same two settings and passes every other
// request through unchanged. Node built-ins only.
'use strict';
const http = require('node:http');
const { Buffer } = require('node:buffer');

/**
 * Starts the proxy on `port` (0: any free one) in front of the UI at `target`
 * (http://host:port). `codecEndpoint()` is read at each settings request, so a
 * caller may learn it after the proxy listens.
 */
function startTemporalUiProxy({ target, port = 0, host = '127.0.0.1', codecEndpoint }) {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const settings = req.method === 'GET' && req.url.split('?')[0] === '/api/v1/settings';
    const headers = { ...req.headers, host: upstream.host };
    if (settings) headers['accept-encoding'] = 'identity';
    const forward = http.request({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (up) => {
      if (!settings || up.statusCode !== 200) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        let body;
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          parsed.Codec = { ...parsed.Codec, Endpoint: codecEndpoint(), PassAccessToken: false, IncludeCredentials: true };
          body = Buffer.from(JSON.stringify(parsed));
        } catch {
          body = Buffer.concat(chunks);
        }
        const out = { ...up.headers, 'content-length': String(body.length) };
        delete out['transfer-encoding'];
        res.writeHead(200, out);
        res.end(body);
      });
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('the Temporal UI is not reachable');
    });
    req.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({ url: `http://${host}:${bound}`, close: () => new Promise((r) => server.close(() => r()).closeAllConnections()) });
    });
  });
}

module.exports = { startTemporalUiProxy };
