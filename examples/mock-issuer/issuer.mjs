// Starts oauth2-mock-server on loopback with TLS and prints its issuer URL on the first line of stdout.
// Usage: node issuer.mjs --cert server.pem --key server-key.pem [--port 0]
// Tokens come from its own endpoint: POST <issuer>/token with grant_type=client_credentials and, in the form body,
// aud=<the integration's audience>; any extra form field claim_<name>=<value> becomes a claim.
import { OAuth2Server } from 'oauth2-mock-server';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    cert: { type: 'string' },
    key: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
});
if (!values.cert || !values.key) {
  console.error('usage: node issuer.mjs --cert <server certificate PEM> --key <server key PEM> [--port N]');
  process.exit(2);
}

const server = new OAuth2Server(values.key, values.cert);
await server.issuer.keys.generate('RS256');
server.service.on('beforeTokenSigning', (token, req) => {
  const body = req.body ?? {};
  if (body.aud) {
    token.payload.aud = body.aud;
  }
  for (const [name, value] of Object.entries(body)) {
    if (name.startsWith('claim_')) {
      token.payload[name.slice('claim_'.length)] = value;
    }
  }
});
await server.start(Number(values.port), '127.0.0.1');
// The library names itself https://localhost:<port>; the certificate and the integration use the address.
server.issuer.url = `https://127.0.0.1:${server.address().port}`;
console.log(server.issuer.url);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
