import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation("supplier");
  const who = (change: StateChange) => change.byName ?? t("stateCard.system");
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

  const openBlock = () => setStep("block");
  const openUnblock = () => setStep("unblock");
  const openArchive = () => setStep("archive");

  if (!canChange && !blockedByAdmin && !archived) return null;
  return (
    <div className="card supplier-state" id="supplier-block">
      <h2>{t("stateCard.title")}</h2>
      {blockedByAdmin ? (
        <p data-testid="admin-block">
          <Trans
            t={t}
            i18nKey={
              !adminBlock
                ? "stateCard.blocked"
                : adminBlock.reason
                  ? "stateCard.blockedByWhy"
                  : "stateCard.blockedBy"
            }
            values={
              adminBlock
                ? {
                    who: who(adminBlock),
                    supplier: supplierName,
                    at: formatDateTime(adminBlock.at),
                    why: adminBlock.reason ?? "",
                  }
                : {}
            }
            components={{ strong: <strong /> }}
          />
        </p>
      ) : (
        <p className="muted">{t("stateCard.notBlocked")}</p>
      )}
      {archived ? (
        <p data-testid="archived">
          <Trans
            t={t}
            i18nKey={archiveChange ? "stateCard.archivedBy" : "stateCard.archived"}
            values={
              archiveChange ? { who: who(archiveChange), at: formatDateTime(archiveChange.at) } : {}
            }
            components={{ strong: <strong /> }}
          />
        </p>
      ) : null}
      {canChange && !archived && (
        <div className="actions">
          {blockedByAdmin ? (
            <button type="button" onClick={openUnblock}>
              {t("stateCard.unblockButton")}
            </button>
          ) : (
            <button type="button" className="danger" onClick={openBlock}>
              {t("stateCard.blockButton")}
            </button>
          )}
          <button type="button" onClick={openArchive}>
            {t("stateCard.archiveButton")}
          </button>
        </div>
      )}

      <ConfirmDialog
        open={step === "block"}
        title={t("stateCard.block.title", { supplier: supplierName })}
        confirmLabel={t("stateCard.block.confirm")}
        danger
        busy={busy}
        onClose={close}
        onConfirm={() => void block.run({ id: supplierId, reason: reason.trim() }).then(done)}
      >
        <p>{t("stateCard.block.body")}</p>
        <TextArea
          label={t("stateCard.block.reason")}
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
        title={t("stateCard.unblock.title", { supplier: supplierName })}
        confirmLabel={t("stateCard.unblock.confirm")}
        busy={busy}
        onClose={close}
        onConfirm={() => void unblock.run({ id: supplierId }).then(done)}
      >
        <p>{t("stateCard.unblock.body")}</p>
        <ErrorMessage error={unblock.error} />
      </ConfirmDialog>

      <ConfirmDialog
        open={step === "archive"}
        title={t("stateCard.archive.title", { supplier: supplierName })}
        confirmLabel={t("stateCard.archive.confirm")}
        danger
        busy={busy}
        onClose={close}
        onConfirm={() => void archive.run({ id: supplierId }).then(done)}
      >
        <p>{t("stateCard.archive.body")}</p>
        <ErrorMessage error={archive.error} />
      </ConfirmDialog>
    </div>
  );
}
