/**
 * A map is drawn by hand: a few dozen parties for one supplier's category is typical. These
 * bound one map's size, so a whole map with its evidence stays one query within the cost limit.
 */
export const MAX_NODES_PER_MAP = 300;
export const MAX_LINKS_PER_MAP = 600;
/** Purchase orders, invoices and bills of lading on one link. */
export const MAX_LINK_EVIDENCE = 20;
/** `Supplier.supplyChainMaps` lists this many (a supplier's categories are at most 50). */
export const MAX_MAPS_SHOWN = 50;
/** Tier sets are seeded reference data: a handful. */
export const MAX_TIER_SETS = 50;
