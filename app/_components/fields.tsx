"use client";
// Form fields that show the server's verdict: the error under the field,
// linked with aria-describedby, and what the user typed kept after an error.
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/auth/action-state";

/** The first problem of a field: fix one thing at a time, the most basic first ("wajib diisi"). */
export function errorsOf(state: ActionState | undefined, name: string): string[] | undefined {
  const errors = state?.status === "error" ? state.fieldErrors[name] : undefined;
  return errors?.length ? errors.slice(0, 1) : undefined;
}

export function valueOf(state: ActionState | undefined, name: string, fallback: string | undefined): string | undefined {
  if (state?.status === "error" && name in state.values) return state.values[name];
  return fallback;
}

export interface BaseProps {
  name: string;
  label: string;
  state?: ActionState;
  hint?: ReactNode;
  required?: boolean;
}

export function HintAndError({ id, hint, errors, errorTestId }: { id: string; hint?: ReactNode; errors?: string[]; errorTestId?: string }) {
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="error" id={`${id}-error`} data-testid={errorTestId}>
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

export function FieldShell({
  id,
  label,
  hint,
  errors,
  required,
  children,
  errorTestId,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  required?: boolean;
  children: ReactNode;
  errorTestId?: string;
}) {
  // The hint sits above the control, the error below it.
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span className="muted"> (wajib)</span> : null}
      </label>
      <HintAndError id={id} hint={hint} />
      {children}
      <HintAndError id={id} errors={errors} errorTestId={errorTestId} />
    </div>
  );
}

export function describedBy(id: string, hint: unknown, errors?: string[]) {
  return [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
}: BaseProps & {
  defaultValue?: string;
  type?: "text" | "password" | "email" | "tel" | "date" | "number";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  maxLength?: number;
}) {
  const id = useId();
  const errors = errorsOf(state, name);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : valueOf(state, name, defaultValue)}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue,
  rows = 4,
  maxLength,
}: BaseProps & { defaultValue?: string; rows?: number; maxLength?: number }) {
  const id = useId();
  const errors = errorsOf(state, name);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={valueOf(state, name, defaultValue)}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      />
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  required,
  defaultValue,
  options,
  placeholder,
}: BaseProps & { defaultValue?: string; options: readonly { value: string; label: string }[]; placeholder?: string }) {
  const id = useId();
  const errors = errorsOf(state, name);
  const value = valueOf(state, name, defaultValue) ?? "";
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <select
        // A select keeps its first default through React's form reset; a new key
        // remounts it with what was submitted, so an error does not lose the choice.
        key={value}
        id={id}
        name={name}
        defaultValue={value}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, state, hint, defaultChecked }: BaseProps & { defaultChecked?: boolean }) {
  const id = useId();
  const errors = errorsOf(state, name);
  const checked = state?.status === "error" ? name in state.values : defaultChecked;
  return (
    <div className="field">
      <div className="checkbox">
        <input id={id} name={name} type="checkbox" defaultChecked={checked} aria-describedby={describedBy(id, hint, errors)} />
        <label htmlFor={id}>{label}</label>
      </div>
      <HintAndError id={id} hint={hint} errors={errors} />
    </div>
  );
}

/**
 * The form's overall result: errors as an alert, success as a status message.
 * After an error, focus moves to the first field in error (or the message), so
 * keyboard and screen-reader users land where the problem is.
 */
export function FormNotice({ state }: { state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  // Errors of fields the form does not show (hidden inputs) are said here, so none is lost.
  const [unplaced, setUnplaced] = useState<string[]>([]);
  useEffect(() => {
    if (state.status !== "error" || !ref.current) {
      setUnplaced([]);
      return;
    }
    const form = ref.current.closest("form");
    const shown = (key: string) => {
      const el = form?.elements.namedItem(key);
      const visible = el instanceof RadioNodeList ? el.length > 0 : el instanceof HTMLElement && (el as HTMLInputElement).type !== "hidden";
      return visible || Boolean(form?.querySelector(`[data-error-for="${CSS.escape(key)}"]`));
    };
    setUnplaced(
      Object.entries(state.fieldErrors)
        .filter(([key]) => key !== "_form" && !shown(key))
        .map(([, messages]) => messages[0]!),
    );
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? ref.current).focus();
  }, [state]);
  if (state.status === "error") {
    const formErrors = [...(state.fieldErrors._form ?? []), ...unplaced];
    return (
      <div className="notice error" role="alert" data-testid="form-error" ref={ref} tabIndex={-1}>
        <p style={{ margin: 0 }}>{state.message}</p>
        {formErrors.map((e) => (
          <p key={e} style={{ margin: ".25rem 0 0" }}>
            {e}
          </p>
        ))}
      </div>
    );
  }
  if (state.status === "ok" && state.message) {
    return (
      <div className="notice ok" role="status" data-testid="form-ok">
        {state.message}
      </div>
    );
  }
  return null;
}

export function SubmitButton({ children, pendingText = "Menyimpan…", className }: { children: ReactNode; pendingText?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  );
}
