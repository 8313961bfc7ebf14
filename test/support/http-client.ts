/** The tests' GraphQL-over-HTTP helpers: one shared client (graphql-client.ts). */
export { codesOf, loginOver, post } from "./graphql-client";
