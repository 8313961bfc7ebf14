import { useState } from "react";
import { useMutation } from "../../api/hooks";
import { ErrorMessage, formatDateTime, TextArea } from "../../components/ui";
import { graphql } from "../../gql";
import { ConfirmDialog } from "./ConfirmDialog";

const BLOCK = graphql(`
  mutation BlockSupplier($id: ID!, $reason: String!) {
    blockSupplier(id: $id, reason: $reason) {
      id
    }
  }
`);
const UNBLOCK = graphql(`
  mutation UnblockSupplier($id: ID!) {
    unblockSupplier(id: $id) {
      id
    }
  }
`);
const ARCHIVE = graphql(`
  mutation ArchiveSupplier($id: ID!) {
    archiveSupplier(id: $id) {
      id
    }
  }
`);

export interface StateChange {
  at: string;
  byName?: string | null;
  reason?: string | null;
}

type Step = "block" | "unblock" | "archive" | null;

const who = (change: StateChange) => change.byName ?? "the system";

/**
 * The administrator's block and the archive: what is in force, by whom, when and why; an admin
 * blocks (with a reason), unblocks and archives from here, each after a confirmation.
 */
export function SupplierStateCard({
  supplierId,
  supplierName,
  blockedByAdmin,
  archived,
  adminBlock,
  archiveChange,
  canChange,
  onChange,
}: {
  supplierId: string;
  supplierName: string;
  blockedByAdmin: boolean;
  archived: boolean;
  adminBlock: StateChange | null | undefined;
  archiveChange: StateChange | null | undefined;
  canChange: boolean;
  onChange: () => void;
}) {
  const [step, setStep] = useState<Step>(null);
  const [reason, setReason] = useState("");
  const block = useMutation(BLOCK);
  const unblock = useMutation(UNBLOCK);
  const archive = useMutation(ARCHIVE);
  const busy = block.busy || unblock.busy || archive.busy;
  const close = () => {
    setStep(null);
    block.reset();
    unblock.reset();
    archive.reset();
  };
  const done = (result: unknown) => {
    if (!result) return;
    setStep(null);
    setReason("");
    onChange();
  };

  if (!canChange && !blockedByAdmin && !archived) return null;
  return (
    <div className="card supplier-state" id="supplier-block">
      <h2>Block and archive</h2>
      {blockedByAdmin ? (
        <p data-testid="admin-block">
          <strong>Blocked by an administrator</strong>
          {adminBlock ? (
            <>
              : {who(adminBlock)} blocked {supplierName} on {formatDateTime(adminBlock.at)}
              {adminBlock.reason ? <> because “{adminBlock.reason}”</> : null}.
            </>
          ) : (
            "."
          )}{" "}
          It is never ranked while blocked.
        </p>
      ) : (
        <p className="muted">Not blocked by an administrator.</p>
      )}
      {archived ? (
        <p data-testid="archived">
          <strong>Archived</strong>
          {archiveChange ? (
            <>
              : by {who(archiveChange)} on {formatDateTime(archiveChange.at)}
            </>
          ) : null}
          . An archived supplier is kept for the record, read-only, and is left out of rankings and
          lists.
        </p>
      ) : null}
      {canChange && !archived && (
        <div className="actions">
          {blockedByAdmin ? (
            <button type="button" onClick={() => setStep("unblock")}>
              Unblock…
            </button>
          ) : (
            <button type="button" className="danger" onClick={() => setStep("block")}>
              Block…
            </button>
          )}
          <button type="button" onClick={() => setStep("archive")}>
            Archive…
          </button>
        </div>
      )}

      <ConfirmDialog
        open={step === "block"}
        title={`Block ${supplierName}?`}
        confirmLabel="Block supplier"
        danger
        busy={busy}
        onClose={close}
        onConfirm={() => void block.run({ id: supplierId, reason: reason.trim() }).then(done)}
      >
        <p>
          A blocked supplier gets the status Blocked and drops out of every ranking until an
          administrator unblocks it. The reason is shown to the supplier and to procurement.
        </p>
        <TextArea
          label="Reason (at least 10 characters)"
          name="reason"
          value={reason}
          error={block.error}
          required
          onChange={(event) => setReason(event.target.value)}
        />
        <ErrorMessage error={block.error} />
      </ConfirmDialog>

      <ConfirmDialog
        open={step === "unblock"}
        title={`Unblock ${supplierName}?`}
        confirmLabel="Unblock supplier"
        busy={busy}
        onClose={close}
        onConfirm={() => void unblock.run({ id: supplierId }).then(done)}
      >
        <p>
          The administrator&apos;s block ends; the status is worked out again from the
          supplier&apos;s audits, findings and other rules.
        </p>
        <ErrorMessage error={unblock.error} />
      </ConfirmDialog>

      <ConfirmDialog
        open={step === "archive"}
        title={`Archive ${supplierName}?`}
        confirmLabel="Archive supplier"
        danger
        busy={busy}
        onClose={close}
        onConfirm={() => void archive.run({ id: supplierId }).then(done)}
      >
        <p>
          Archiving cannot be undone here. The supplier and its records stay for the audit trail,
          but it can no longer be edited, is left out of rankings and is listed only when archived
          suppliers are asked for.
        </p>
        <ErrorMessage error={archive.error} />
      </ConfirmDialog>
    </div>
  );
}
