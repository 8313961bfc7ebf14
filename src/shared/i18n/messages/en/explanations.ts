import { explanations as zhExplanations } from "../zh-CN/explanations";

/**
 * The sentences the server composes for explanations and reasons are written in English where
 * they arise and are their own keys (zh-CN/explanations.ts); kept as a namespace so every locale
 * has the same ones.
 */
export const explanations: Record<string, string> = Object.fromEntries(
  Object.keys(zhExplanations).map((key) => [key, key]),
);
