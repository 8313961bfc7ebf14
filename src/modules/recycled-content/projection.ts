/**
 * The least-squares straight line through the points, evaluated at `x`: the trend of the
 * monthly shares carried forward to a target's due date. Null with fewer than two distinct x
 * (no trend to draw).
 */
export function projectLinear(
  points: readonly { x: number; y: number }[],
  x: number,
): number | null {
  const n = points.length;
  if (n < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxy / sxx;
  return meanY + slope * (x - meanX);
}
