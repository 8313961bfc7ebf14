import { useState, type FormEvent } from "react";
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
  const [reason, setReason] = useState("");
  const revoke = useMutation(REVOKE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await revoke.run({ id: adjustment.id, reason })) onDone();
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)}>
      <TextField
        label="Why revoke it"
        name="reason"
        value={reason}
        error={revoke.error}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={revoke.busy}>
        Revoke
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
      <h2>Priority adjustments</h2>
      {adjustments.length === 0 ? (
        <Empty>No manual adjustments.</Empty>
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
                value={adjustment.active ? "Active" : adjustment.revokedAt ? "Revoked" : "Expired"}
                kind={adjustment.active ? "ACTIVE" : adjustment.revokedAt ? "REVOKED" : "EXPIRED"}
              />
              <div className="muted">
                {adjustment.category ? `Only in ${adjustment.category.name}` : "All rankings"} · by{" "}
                {adjustment.createdBy.name} on {formatDate(adjustment.createdAt)} · expires{" "}
                {formatDate(adjustment.expiresAt)}
                {adjustment.revokeReason && ` · revoked: ${adjustment.revokeReason}`}
              </div>
              {adjustment.active && <RevokeForm adjustment={adjustment} onDone={onChange} />}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h3>Add an adjustment</h3>
        <ErrorMessage error={adjust.error} />
        {done && <Notice>Adjustment saved; the ranking counts it now.</Notice>}
        <div className="form-grid">
          <TextField
            label="Delta (-30 to +30 points)"
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
            label="Scope"
            name="categoryId"
            value={categoryId}
            error={adjust.error}
            options={[
              { value: "", label: "Every ranking" },
              ...categories.map((category) => ({ value: category.id, label: category.name })),
            ]}
            onChange={(event) => setCategoryId(event.target.value)}
          />
          <TextField
            label="Expires on (default 12 months)"
            name="expiresAt"
            type="date"
            value={expiresAt}
            error={adjust.error}
            onChange={(event) => setExpiresAt(event.target.value)}
          />
        </div>
        <TextField
          label="Reason (at least 10 characters)"
          name="reason"
          value={reason}
          error={adjust.error}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" className="primary" disabled={adjust.busy}>
          Add adjustment
        </button>
      </form>
    </div>
  );
}
