import type { DownloadableDocument } from "../../components/documents";
import type { AnswerInput, SelfAssessmentQuery, YesNoChoice } from "../../gql/graphql";

export interface Evidence {
  title: string;
  url?: string | null;
  documentId?: string | null;
  sha256?: string | null;
  /** The uploaded document, for showing it (not sent back). */
  document?: DownloadableDocument | null;
}

/** A self-assessment as the SAQ page reads it (`SelfAssessment` query in SaqPage.tsx). */
export type SelfAssessment = NonNullable<SelfAssessmentQuery["selfAssessment"]>;
export type Item = SelfAssessment["checklist"]["items"][number];
export type Answer = SelfAssessment["answers"][number];

/** The value of one answer as the form holds it. */
export interface Draft {
  choice?: YesNoChoice;
  scale?: number;
  number?: string;
  text?: string;
  comment: string;
  evidence: Evidence[];
}

export function draftOf(answer: Answer | undefined): Draft {
  return {
    choice: answer?.choice ?? undefined,
    scale: answer?.scale ?? undefined,
    number:
      answer?.number === null || answer?.number === undefined ? undefined : String(answer.number),
    text: answer?.text ?? undefined,
    comment: answer?.comment ?? "",
    evidence: (answer?.evidence ?? []).map((e) => ({
      title: e.title,
      url: e.url ?? undefined,
      documentId: e.documentId ?? undefined,
      sha256: e.sha256 ?? undefined,
      document: e.document,
    })),
  };
}

export function hasValue(item: Item, draft: Draft): boolean {
  switch (item.answerType) {
    case "YES_NO":
      return draft.choice !== undefined;
    case "SCALE_0_4":
      return draft.scale !== undefined;
    case "NUMBER":
      return draft.number !== undefined && draft.number.trim() !== "";
    case "TEXT":
      return draft.text !== undefined && draft.text.trim() !== "";
  }
}

/** The AnswerInput for one item: only the field that fits the item type. */
export function answerInput(item: Item, draft: Draft): AnswerInput {
  const value =
    item.answerType === "YES_NO"
      ? { choice: draft.choice }
      : item.answerType === "SCALE_0_4"
        ? { scale: draft.scale }
        : item.answerType === "NUMBER"
          ? { number: Number(draft.number) }
          : { text: draft.text };
  return {
    itemId: item.id,
    ...value,
    comment: draft.comment.trim() === "" ? null : draft.comment,
    evidence: draft.evidence.map((e) => ({
      title: e.title,
      ...(e.url ? { url: e.url } : {}),
      ...(e.documentId ? { documentId: e.documentId } : {}),
      ...(e.sha256 ? { sha256: e.sha256 } : {}),
    })),
  };
}
