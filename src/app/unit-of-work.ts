import { onBeforeCommit } from "../database/transaction";
import { setInvitationMailer } from "../modules/identity/invitation.mail";
import { outboxInvitationMailer } from "../modules/notification/invitation-mail";
import { recomputeTouchedSuppliers } from "../modules/procurement/standing.touched";
import { recordCategoriesGained } from "../modules/risk-register/risk-register.triggers";
import { screenChangedNodes } from "../modules/screening/screening.rescreen";
import { onCategoriesSet } from "../modules/supplier/category-hooks";
import { onSitesSet } from "../modules/supplier/site-hooks";
import {
  recheckChangedNodes,
  recheckSupplierSites,
} from "../modules/protected-area/protected-area.check";
import { onNodesChanged } from "../modules/supply-chain/node-hooks";

/**
 * Wires the cross-module effects into every transaction: the suppliers a change touched
 * (`tx.touchSupplier`) get their standing recomputed once, before commit; a supplier's new
 * categories mark the risk register's entries for them due; an invitation's link goes out
 * through the notification outbox when there is SMTP. Called wherever
 * services run: `createServer`, the demo seed. Calling it again changes nothing.
 */
export function installUnitOfWork(): void {
  onBeforeCommit(recomputeTouchedSuppliers);
  onCategoriesSet(recordCategoriesGained);
  // Protected areas: a site or map node whose coordinates were written is checked again.
  onSitesSet(recheckSupplierSites);
  onNodesChanged(recheckChangedNodes);
  // Screening: a map node whose name or region was written is matched against the lists again.
  onNodesChanged(screenChangedNodes);
  setInvitationMailer(outboxInvitationMailer);
}
