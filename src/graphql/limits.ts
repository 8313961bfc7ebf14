import { ApolloArmor } from "@escape.tech/graphql-armor";

/**
 * Query limits, refused during validation (before execution) without echoing the numbers.
 * Measured against our own client queries (test/query-limits.test.ts): the deepest real
 * query (a finding's audit's supplier's self-assessments' answers) is 7 levels, the
 * largest (supplier detail with history and audits) costs well under a tenth of MAX_COST.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
} as const;

export function queryProtection(options: { production: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: false, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    maxTokens: { n: QUERY_LIMITS.maxTokens, exposeLimits: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      exposeLimits: false,
    },
    blockFieldSuggestion: { enabled: options.production },
  });
  return armor.protect();
}
