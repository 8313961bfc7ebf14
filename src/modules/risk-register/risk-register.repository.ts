import { aggregateOf } from "../../database/change";
import { RiskControl } from "./risk-control.entity";
import { RiskEntry } from "./risk-entry.entity";

export const RISK_ENTRY = "RiskEntry";
export const RISK_CONTROL = "RiskControl";

/** Versioned (every edit and assessment bumps it); the trail records own columns. */
export const RISK_ENTRIES = aggregateOf(RiskEntry, RISK_ENTRY, {
  versioned: true,
  omit: ["createdAt", "updatedAt", "substance", "supplier", "category", "createdBy"],
});

export const RISK_CONTROLS = aggregateOf(RiskControl, RISK_CONTROL, {
  versioned: false,
  omit: ["createdAt", "updatedAt", "entry"],
});
