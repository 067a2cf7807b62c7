// What `npm start` adds to the environment of the processes it runs on one
// machine: private files, the public URL on the real port, HS256 demo tokens,
// and credentials of its own for the embedded SMSC.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

/**
 * `.data/` readable by its owner only: the folder 0700, every file in it 0600
 * (also those an earlier version left world-readable), and a umask that keeps
 * it so for every file this process and its children (the Temporal server's
 * temporal.db) create afterwards.
 */
function prepareDataDir(dir) {
  process.umask(0o077);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const walk = (d) => {
    fs.chmodSync(d, 0o700);
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) fs.chmodSync(p, 0o600);
    }
  };
  walk(dir);
}

/** Settings of the local stack that follow from where it runs (an explicit value in `given` wins). */
function devSettings(given, port) {
  return {
    // alert links point at this API, on the port it really listens on
    MASAR_PUBLIC_URL: given.MASAR_PUBLIC_URL || `http://127.0.0.1:${port}`,
    // the demo tokens of `npm run token` are HS256: allowed here, and only here
    JWT_ALLOW_HS256: given.JWT_JWKS_URL ? given.JWT_ALLOW_HS256 || 'false' : 'true',
    // the console's sign-in as a seeded demo user (short-lived HS256 tokens): here, and only here
    MASAR_DEV_SIGN_IN: given.JWT_JWKS_URL ? given.MASAR_DEV_SIGN_IN || 'false' : 'true',
  };
}

/** Bind credentials for the embedded SMSC, new at each start (SMPP v3.4: ≤ 15 and ≤ 8 characters). */
function smppDevCredentials() {
  return { SMPP_SYSTEM_ID: 'masar-dev', SMPP_PASSWORD: crypto.randomBytes(6).toString('base64url') };
}

module.exports = { prepareDataDir, devSettings, smppDevCredentials };
