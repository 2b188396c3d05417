"use client";
// A submit button that asks first, for steps that cannot simply be undone.
// A native <dialog>: focus moves into it, Escape cancels, keyboard works.
import { useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function ConfirmSubmit({
  children,
  title,
  body,
  confirmLabel,
  danger,
}: {
  children: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  danger?: boolean;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const { pending } = useFormStatus();
  const titleId = useId();
  return (
    <>
      <button
        ref={opener}
        type="button"
        className={danger ? "danger" : undefined}
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
      >
        {pending ? "Memproses…" : children}
      </button>
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
              opener.current?.form?.requestSubmit();
            }}
          >
            {confirmLabel}
          </button>
          <button type="button" className="secondary" onClick={() => dialog.current?.close()} autoFocus>
            Batal
          </button>
        </div>
      </dialog>
    </>
  );
}
