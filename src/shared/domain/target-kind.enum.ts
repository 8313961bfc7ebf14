/** The company's own substance policy: phase out entirely, or reduce and replace. */
export enum TargetKind {
  ELIMINATE = "ELIMINATE",
  REDUCE = "REDUCE",
}
