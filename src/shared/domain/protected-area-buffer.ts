/**
 * How near a site or map node may lie to a protected area before it is flagged, when
 * PROTECTED_AREA_BUFFER_KM is not set: 10 km covers the supply and haul roads of a mine or
 * quarry just outside an area's boundary, where most of its impact falls.
 */
export const DEFAULT_PROTECTED_AREA_BUFFER_KM = 10;
/** The largest buffer the setting accepts. */
export const MAX_PROTECTED_AREA_BUFFER_KM = 200;
