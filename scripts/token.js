#!/usr/bin/env node
// `npm run token -- <userId>`: a development token (HS256, 12 h) for a seeded
// demo user, signed with JWT_SECRET or the secret npm start keeps in .data/.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { SignJWT } = require('jose');

const userId = process.argv[2];
if (!userId) {
  console.error('usage: npm run token -- <userId>   (for example u-tanger-coordinator, u-meknes-head, u-national-supervisor)');
  process.exit(1);
}
const file = path.resolve(__dirname, '..', '.data', 'jwt-secret');
const secret = process.env.JWT_SECRET || (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null);
if (!secret) {
  console.error('JWT_SECRET is not set and npm start has not created .data/jwt-secret yet.');
  process.exit(1);
}
new SignJWT({})
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(userId)
  .setAudience(process.env.JWT_AUDIENCE || 'masar')
  .setIssuedAt()
  .setExpirationTime('12h')
  .sign(new TextEncoder().encode(secret))
  .then((t) => console.log(t));
