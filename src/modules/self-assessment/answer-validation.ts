import type { FieldProblem } from "../../shared/errors";
import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import { SCALE_MAX } from "../scoring/scoring-policy";

/** SPEC 5: a TEXT answer holds at most 10 000 characters. */
export const TEXT_ANSWER_MAX_LENGTH = 10_000;

export type ValueField = "choice" | "scale" | "number" | "text";

/** The one answer field that fits each item type; the others must be absent. */
export const VALUE_FIELD: Readonly<Record<AnswerType, ValueField>> = {
  [AnswerType.YES_NO]: "choice",
  [AnswerType.SCALE_0_4]: "scale",
  [AnswerType.NUMBER]: "number",
  [AnswerType.TEXT]: "text",
};

const VALUE_FIELDS = Object.values(VALUE_FIELD);
const CHOICES = new Set<unknown>(Object.values(YesNoChoice));

export interface AnswerCandidate {
  itemId: string;
  choice?: YesNoChoice | null;
  scale?: number | null;
  number?: number | null;
  text?: string | null;
  evidence?: readonly { title?: string; url?: string | null; documentId?: string | null }[] | null;
}

export interface AnswerValue {
  choice: YesNoChoice | null;
  scale: number | null;
  number: number | null;
  text: string | null;
}

const present = (value: unknown): boolean => value !== undefined && value !== null;

/** Why a value does not fit its item type, or null when it fits (SPEC 5). */
function valueProblem(type: AnswerType, value: unknown): string | null {
  switch (type) {
    case AnswerType.YES_NO:
      return CHOICES.has(value) ? null : "must be YES, NO or NOT_APPLICABLE";
    case AnswerType.SCALE_0_4:
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= SCALE_MAX
        ? null
        : `must be an integer from 0 to ${SCALE_MAX}`;
    case AnswerType.NUMBER:
      return Number.isFinite(value) ? null : "must be a finite number";
    case AnswerType.TEXT: {
      const text = typeof value === "string" ? value.trim() : "";
      if (text.length === 0) return "must not be empty";
      return text.length > TEXT_ANSWER_MAX_LENGTH
        ? `must be at most ${TEXT_ANSWER_MAX_LENGTH} characters`
        : null;
    }
  }
}

/**
 * Checks a batch of answers against the checklist's items and returns every problem at once,
 * with paths like `answers.3.scale`. An empty result means the whole batch may be saved.
 */
export function validateAnswers(
  answers: readonly AnswerCandidate[],
  answerTypes: ReadonlyMap<string, AnswerType>,
  prefix = "answers",
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const firstIndex = new Map<string, number>();
  answers.forEach((answer, index) => {
    const at = (field: string) => `${prefix}.${index}.${field}`;
    const first = firstIndex.get(answer.itemId);
    if (first !== undefined) {
      // Two values for one item in one batch: neither is obviously the one meant.
      problems.push({ path: at("itemId"), message: `is answered twice (also ${prefix}.${first})` });
      return;
    }
    firstIndex.set(answer.itemId, index);
    // EvidenceInput's own rule is skipped when `url` is absent (validation skips missing
    // properties), so a reference that points nowhere is caught here.
    answer.evidence?.forEach((evidence, e) => {
      if (!present(evidence.url) && !present(evidence.documentId))
        problems.push({
          path: at(`evidence.${e}.url`),
          message: "must be an http(s) URL (or give a documentId)",
        });
    });
    const type = answerTypes.get(answer.itemId);
    if (!type) {
      problems.push({ path: at("itemId"), message: "is not an item of this checklist" });
      return;
    }
    const fits = VALUE_FIELD[type];
    for (const field of VALUE_FIELDS) {
      if (field !== fits && present(answer[field]))
        problems.push({ path: at(field), message: `must be absent for a ${type} item` });
    }
    if (!present(answer[fits])) {
      problems.push({ path: at(fits), message: `is required for a ${type} item` });
      return;
    }
    const problem = valueProblem(type, answer[fits]);
    if (problem) problems.push({ path: at(fits), message: problem });
  });
  return problems;
}

/** The stored value of a validated answer: only the fitting field, text trimmed. */
export function answerValue(type: AnswerType, answer: AnswerCandidate): AnswerValue {
  const fits = VALUE_FIELD[type];
  return {
    choice: fits === "choice" ? (answer.choice ?? null) : null,
    scale: fits === "scale" ? (answer.scale ?? null) : null,
    number: fits === "number" ? (answer.number ?? null) : null,
    text: fits === "text" ? (answer.text?.trim() ?? null) : null,
  };
}

export interface SubmissionItem {
  id: string;
  code: string;
  evidenceRequired: boolean;
}

export interface SubmissionAnswer {
  itemId: string;
  evidence: readonly unknown[];
}

/**
 * SPEC 5: what keeps a SAQ from being submitted, in checklist order: every unanswered item and
 * every evidenceRequired item answered without evidence. The SPEC asks for evidence on every
 * such item, whatever the answer, so NOT_APPLICABLE and NO need it too.
 */
export function submissionProblems(
  items: readonly SubmissionItem[],
  answers: readonly SubmissionAnswer[],
): FieldProblem[] {
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  return items.flatMap((item) => {
    const answer = byItem.get(item.id);
    const path = `items.${item.code}`;
    if (!answer) return [{ path, message: "is not answered" }];
    if (item.evidenceRequired && answer.evidence.length === 0)
      return [{ path, message: "needs evidence" }];
    return [];
  });
}
