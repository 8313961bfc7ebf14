import type { RequestContext } from "../../graphql/context";
import { change } from "../../database/change";
import { attachEvidence } from "../document/evidence-links";
import { badInput, stateConflict } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { requireViewer } from "../identity/access";
import { linkEvidenceFromInput, type LinkEvidenceInput } from "./link-evidence";
import { linkEdit, linkSubject, LINKS } from "./map-edit.service";
import { LinkState } from "./supply-chain.enums";
import { MAX_LINK_EVIDENCE } from "./supply-chain.limits";
import type { SupplyChainMap } from "./supply-chain-map.entity";

/**
 * An auditor or admin confirms a link against its documents (issue 18): the evidence given is
 * added to the link's, and at least one document must be on it. It stays VERIFIED until the
 * supplier changes the link or one of its end nodes.
 */
export function verifySupplyChainLink(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  evidence: readonly LinkEvidenceInput[],
  note: string | null | undefined,
): Promise<SupplyChainMap> {
  return linkEdit(
    ctx,
    "verifySupplyChainLink",
    id,
    expectedVersion,
    async (tx, loaded, link) => {
      if (link.state === LinkState.VERIFIED) throw stateConflict("This link is verified already");
      const supplierId = loaded.map.supplierId;
      const added = await linkEvidenceFromInput(tx, evidence, "evidence", supplierId);
      const known = new Set(link.evidence.map((e) => e.documentId));
      const all = [...link.evidence, ...added.filter((e) => !known.has(e.documentId))];
      if (all.length === 0)
        throw badInput([
          {
            path: "evidence",
            message:
              "a link is verified against at least one document on it: a purchase order, invoice or bill of lading",
          },
        ]);
      if (all.length > MAX_LINK_EVIDENCE)
        throw badInput([
          { path: "evidence", message: `a link holds at most ${MAX_LINK_EVIDENCE} documents` },
        ]);
      await change(tx, LINKS, link, {
        action: "supplyChainLink.verified",
        set: {
          evidence: all,
          state: LinkState.VERIFIED,
          verifiedById: requireViewer(ctx).userId,
          verifiedAt: tx.now,
          verificationNote: trimToNull(note),
          updatedAt: tx.now,
        },
      });
      await attachEvidence(tx, linkSubject(link.id, supplierId), all);
      return {};
    },
    "SUPPLY_CHAIN_LINK_VERIFIED",
  );
}
