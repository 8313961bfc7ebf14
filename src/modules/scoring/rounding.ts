/**
 * Half-away-from-zero rounding that treats binary float noise the way a person reading the
 * decimal number would (1.005 -> 1.01, not 1.00). The relative nudge is far below any number
 * a score can meaningfully differ by.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor * (1 + 8 * Number.EPSILON);
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  // Avoid -0, which would print as "-0" in explanations.
  return rounded === 0 ? 0 : rounded;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
