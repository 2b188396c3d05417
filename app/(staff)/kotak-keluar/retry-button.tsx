"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { retryAction } from "./actions";

export function RetryButton({ id }: { id: string }) {
  const [state, action] = useFormAction(retryAction);
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
