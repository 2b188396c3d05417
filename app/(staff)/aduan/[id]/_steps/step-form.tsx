"use client";
// The frame of every step's form: the case and version it was opened at, the
// result, and a confirmation before the case moves on (a step is not undone).
import { useFormAction } from "@/app/_components/use-form-action";
import { type ReactNode } from "react";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FieldLimits, FormNotice } from "@/app/_components/fields";
import type { ActionState } from "@/lib/auth/action-state";
import { lowerFirst } from "@/lib/format/text";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

export function StepForm({
  action,
  caseId,
  version,
  submitLabel,
  confirmTitle,
  confirmBody,
  limits = {},
  children,
}: {
  action: Action;
  caseId: string;
  version: number;
  submitLabel: string;
  confirmTitle: string;
  confirmBody: ReactNode;
  /** The step input's length limits (`limitsOf(schema)`), counted by its fields before submitting. */
  limits?: Record<string, number>;
  children: (state: ActionState) => ReactNode;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <FieldLimits.Provider value={limits}>{children(state)}</FieldLimits.Provider>
      <div>
        <ConfirmSubmit title={confirmTitle} confirmLabel={`Ya, ${lowerFirst(submitLabel)}`} body={confirmBody}>
          {submitLabel}
        </ConfirmSubmit>
      </div>
    </form>
  );
}
