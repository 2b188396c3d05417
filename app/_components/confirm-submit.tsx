"use client";
// A submit button that asks first, for steps that cannot simply be undone.
// A native <dialog>: Escape cancels, keyboard works. Focus lands on "Batal",
// so pressing Enter twice never confirms by accident; the dialog says what is
// about to happen.
import { useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function ConfirmSubmit({
  children,
  title,
  body,
  confirmLabel,
  danger,
  name,
  value,
}: {
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** sent with the form when confirmed, as a submit button's name and value would be */
  name?: string;
  value?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const submitter = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const { pending } = useFormStatus();
  const titleId = useId();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={danger ? "danger" : undefined}
        disabled={pending}
        onClick={() => {
          dialog.current?.showModal();
          // showModal would focus the first button ("Ya, …"): Enter twice must not confirm.
          cancel.current?.focus();
        }}
      >
        {pending ? "Memproses…" : children}
      </button>
      {name ? <button ref={submitter} type="submit" name={name} value={value} hidden tabIndex={-1} aria-hidden="true" /> : null}
      <dialog ref={dialog} aria-labelledby={titleId}>
        <h2 id={titleId} style={{ marginTop: 0 }}>
          {title}
        </h2>
        <div>{body}</div>
        <div className="actions">
          <button
            type="button"
            className={danger ? "danger" : undefined}
            onClick={() => {
              dialog.current?.close();
              opener.current?.form?.requestSubmit(submitter.current ?? undefined);
            }}
          >
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="secondary" onClick={() => dialog.current?.close()}>
            Batal
          </button>
        </div>
      </dialog>
    </>
  );
}
