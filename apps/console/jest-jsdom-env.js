// jsdom for the console's component tests, with the Node globals the suite's
// shared setup file needs (it loads the Temporal runtime, whose protobuf code
// expects TextEncoder/TextDecoder) and fetch's classes for openapi-fetch.
/* global TextDecoder, fetch, Request, Response, Headers, ReadableStream, structuredClone */
'use strict';
const JsdomEnvironment = require('jest-environment-jsdom').default;

class ConsoleEnvironment extends JsdomEnvironment {
  constructor(config, context) {
    super(config, context);
    const g = this.global;
    Object.assign(g, { TextEncoder, TextDecoder, fetch, Request, Response, Headers, ReadableStream, structuredClone });
  }
}

module.exports = ConsoleEnvironment;
