import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { AdjustmentRowFragment } from "../../gql/graphql";

export type Adjustment = AdjustmentRowFragment;

graphql(`
  fragment AdjustmentRow on PriorityAdjustment {
    id
    delta
    reason
    active
    createdAt
    expiresAt
    revokedAt
    revokeReason
    category {
      id
      name
    }
    createdBy {
      name
    }
  }
`);
const ADJUST = graphql(`
  mutation AdjustPriority($input: PriorityAdjustmentInput!) {
    adjustPriority(input: $input) {
      id
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokePriorityAdjustment($id: ID!, $reason: String!) {
    revokePriorityAdjustment(id: $id, reason: $reason) {
      id
    }
  }
`);

function RevokeForm({ adjustment, onDone }: { adjustment: Adjustment; onDone: () => void }) {
  const { t } = useTranslation("procurement");
  const [reason, setReason] = useState("");
  const revoke = useMutation(REVOKE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await revoke.run({ id: adjustment.id, reason })) onDone();
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t("adjustments.revokeReason")}
        name="reason"
        value={reason}
        error={revoke.error}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={revoke.busy}>
        {t("adjustments.revoke")}
      </button>
      <ErrorMessage error={revoke.error} />
    </form>
  );
}

/** Manual priority adjustments: the history, a form to add one, revocation. */
export function Adjustments({
  supplierId,
  adjustments,
  categories,
  onChange,
}: {
  supplierId: string;
  adjustments: Adjustment[];
  categories: { id: string; name: string }[];
  onChange: () => void;
}) {
  const { t } = useTranslation("procurement");
  const [delta, setDelta] = useState("5");
  const [reason, setReason] = useState("");
  const [categoryId, setCategoryId] = useState("");
  const [expiresAt, setExpiresAt] = useState("");
  const [done, setDone] = useState(false);
  const adjust = useMutation(ADJUST);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await adjust.run({
      input: {
        supplierId,
        delta: Number(delta),
        reason,
        ...(categoryId ? { categoryId } : {}),
        ...(expiresAt ? { expiresAt: new Date(`${expiresAt}T23:59:59Z`).toISOString() } : {}),
      },
    });
    if (result) {
      setReason("");
      setDone(true);
      onChange();
    }
  };

  return (
    <div className="card">
      <h2>{t("adjustments.title")}</h2>
      {adjustments.length === 0 ? (
        <Empty>{t("adjustments.none")}</Empty>
      ) : (
        <ul className="adjustments">
          {adjustments.map((adjustment) => (
            <li key={adjustment.id}>
              <strong>
                {adjustment.delta > 0 ? "+" : ""}
                {adjustment.delta}
              </strong>{" "}
              {adjustment.reason}{" "}
              <Badge
                value={t(
                  adjustment.active
                    ? "adjustments.active"
                    : adjustment.revokedAt
                      ? "adjustments.revoked"
                      : "adjustments.expired",
                )}
                kind={adjustment.active ? "ACTIVE" : adjustment.revokedAt ? "REVOKED" : "EXPIRED"}
              />
              <div className="muted">
                {adjustment.category
                  ? t("adjustments.onlyIn", { category: adjustment.category.name })
                  : t("adjustments.allRankings")}
                {t("adjustments.meta", {
                  name: adjustment.createdBy.name,
                  date: formatDate(adjustment.createdAt),
                  expires: formatDate(adjustment.expiresAt),
                })}
                {adjustment.revokeReason &&
                  t("adjustments.revokedBecause", { reason: adjustment.revokeReason })}
              </div>
              {adjustment.active && <RevokeForm adjustment={adjustment} onDone={onChange} />}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h3>{t("adjustments.add")}</h3>
        <ErrorMessage error={adjust.error} />
        {done && <Notice>{t("adjustments.saved")}</Notice>}
        <div className="form-grid">
          <TextField
            label={t("adjustments.delta")}
            name="delta"
            type="number"
            min={-30}
            max={30}
            step="0.5"
            value={delta}
            error={adjust.error}
            onChange={(event) => setDelta(event.target.value)}
          />
          <SelectField
            label={t("adjustments.scope")}
            name="categoryId"
            value={categoryId}
            error={adjust.error}
            options={[
              { value: "", label: t("adjustments.everyRanking") },
              ...categories.map((category) => ({ value: category.id, label: category.name })),
            ]}
            onChange={(event) => setCategoryId(event.target.value)}
          />
          <TextField
            label={t("adjustments.expires")}
            name="expiresAt"
            type="date"
            value={expiresAt}
            error={adjust.error}
            onChange={(event) => setExpiresAt(event.target.value)}
          />
        </div>
        <TextField
          label={t("adjustments.reason")}
          name="reason"
          value={reason}
          error={adjust.error}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="primary" disabled={adjust.busy}>
          {t("adjustments.submit")}
        </button>
      </form>
    </div>
  );
}
