"use client";
import { useActionState } from "react";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { IDLE } from "@/lib/auth/action-state";
import { retryAction } from "./actions";

export function RetryButton({ id }: { id: string }) {
  const [state, action] = useActionState(retryAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="secondary" pendingText="Menjadwalkan…">
        Kirim ulang
      </SubmitButton>
      <FormNotice state={state} />
    </form>
  );
}
