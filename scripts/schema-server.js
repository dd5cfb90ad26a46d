// A local stand-in for raw.githubusercontent.com that serves the Harness pipeline schema, for the tests and
// scripts/e2e.sh (these machines have no internet). Point HARNESS_SCHEMA_BASE_URL at it.
//   node scripts/schema-server.js <pipeline.json>    prints the base URL, serves until killed
const http = require('node:http');
const { readFileSync } = require('node:fs');

/**
 * Starts a server on 127.0.0.1 (a free port). `respond(path)` gives the status and body of each GET; every
 * requested path is recorded in `requests`. Resolves to { baseUrl, requests, close() }.
 */
function startSchemaServer(respond) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const { status, body } = respond(req.url);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/** Serves `file` for every path ending in `/v0/pipeline.json`, 404 for anything else. */
function serveSchemaFile(file) {
  const bytes = readFileSync(file);
  return startSchemaServer((path) =>
    path.endsWith('/v0/pipeline.json') ? { status: 200, body: bytes } : { status: 404, body: Buffer.from('not found') },
  );
}

module.exports = { startSchemaServer, serveSchemaFile };

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node scripts/schema-server.js <pipeline.json>\n');
    process.exit(2);
  }
  serveSchemaFile(file).then((s) => process.stdout.write(`${s.baseUrl}\n`));
}
