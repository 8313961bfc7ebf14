/**
 * V8 flags the portal runs with: `npm start`, docker/Dockerfile's CMD and the benchmark's
 * portal (test/node-flags.test.ts holds the first two to this list).
 *
 * A 64 MB semi-space instead of V8's default 16 MB makes young-generation scavenges four
 * times rarer. A GraphQL request allocates a few hundred kB of short-lived objects, so the
 * default space is swept every few dozen requests, copying and promoting whatever is still in
 * flight. Measured on 2 cores (supplierDetail, 16 connections, four A/B runs each): 385-434
 * against 281-369 req/s. The price is resident memory: up to ~100 MB more under load.
 */
export const PORTAL_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=64"];
