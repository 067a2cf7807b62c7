#!/usr/bin/env node
// Prebuilds the workflow bundle for production workers (dist/workflow-bundle.js),
// from the compiled libs/temporal/bundle.js: the second half of `npm run build`, after tsc.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const { buildWorkflowBundle } = require(path.join(root, 'dist', 'libs', 'temporal', 'bundle.js'));

buildWorkflowBundle().then((code) => {
  fs.writeFileSync(path.join(root, 'dist', 'workflow-bundle.js'), code);
  console.log(`workflow bundle: ${(code.length / 1024).toFixed(0)} KiB`);
});
