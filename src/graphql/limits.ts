import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Query limits, refused during validation (before execution) without echoing the numbers.
 * Measured against our own client queries (test/http.test.ts): a full 100-row supplier page
 * costs 3 700; fifteen aliased copies of a 100-row list cost 24 000 and are refused.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 15_000,
} as const;

export function queryProtection(options: { production: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    // Armor's token limit re-parses in a plugin hook, so every syntax error became an HTTP 500;
    // graphql-js' own parser limit (parseOptions below) fails the ordinary way, with a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      // Depth is limited on its own; a factor above 1 made ordinary list pages cost > 10k.
      depthCostFactor: 1,
      ignoreIntrospection: true,
      exposeLimits: false,
    },
    blockFieldSuggestion: { enabled: options.production },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
