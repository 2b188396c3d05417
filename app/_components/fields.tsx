"use client";
// Form fields that show the server's verdict: the error under the field,
// linked with aria-describedby, and what the user typed kept after an error.
import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/auth/action-state";
import { formatThousands } from "@/lib/format/numbers";

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

/** Said before submitting, not after: a required field names itself so beside its label or legend. */
export function RequiredMark({ required }: { required?: boolean }) {
  return required ? <span className="muted"> (wajib)</span> : null;
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
        <RequiredMark required={required} />
      </label>
      <HintAndError id={id} hint={hint} />
      {children}
      <HintAndError id={id} errors={errors} errorTestId={errorTestId} />
    </div>
  );
}

export function describedBy(id: string, hint: unknown, errors?: string[], counted?: boolean) {
  return [hint ? `${id}-hint` : null, counted ? `${id}-count` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/**
 * The length limits of the form a field stands in, by field name (`limitsOf(schema)`): a form
 * provides them once and each field counts towards its own, so no limit is typed twice.
 */
export const FieldLimits = createContext<Record<string, number>>({});

/** A field's own limit wins over its form's. */
function limitFor(limits: Record<string, number>, name: string, own: number | undefined): number | undefined {
  return own ?? limits[name];
}

/** Limits shorter than this (a NIK, a code) are said by the field's hint, not counted. */
const COUNTED_FROM = 100;

/**
 * A length counter for a field with a limit: the limit is shown before typing, the count as one types.
 * What is typed is counted for the form result it was typed after; a new result (the form re-filled with
 * what was submitted) counts from that value again. Near the limit it says what is left to screen readers.
 */
function useCounter(state: ActionState | undefined, initial: string | undefined, max: number | undefined) {
  const [typed, setTyped] = useState<{ after: ActionState | undefined; length: number } | null>(null);
  const counted = max !== undefined && max >= COUNTED_FROM;
  const length = typed && typed.after === state ? typed.length : (initial ?? "").length;
  const onInput = counted
    ? (e: React.FormEvent<HTMLInputElement | HTMLTextAreaElement>) => setTyped({ after: state, length: e.currentTarget.value.length })
    : undefined;
  return { counted, length, onInput };
}

function CharCount({ id, length, max }: { id: string; length: number; max: number }) {
  const left = max - length;
  const near = left <= Math.max(20, Math.round(max * 0.1));
  return (
    <p className={`char-count${left < 0 ? " over" : near ? " near" : ""}`} id={`${id}-count`} data-testid="char-count">
      {formatThousands(length)} / {formatThousands(max)} karakter
      {left < 0 ? <span aria-hidden="true"> — kelebihan {formatThousands(-left)}, persingkat sebelum mengirim</span> : null}
      {near || left < 0 ? (
        <span className="visually-hidden" aria-live="polite">
          {left > 0 ? `, sisa ${left} karakter` : left === 0 ? ", batas tercapai" : `, kelebihan ${-left} karakter`}
        </span>
      ) : null}
    </p>
  );
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
  const value = type === "password" ? undefined : valueOf(state, name, defaultValue);
  const max = limitFor(useContext(FieldLimits), name, maxLength);
  const counter = useCounter(state, value, type === "password" ? undefined : max);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        // A counted field takes a pasted text whole and says how much is over: cutting it silently would lose it.
        maxLength={counter.counted ? undefined : max}
        onInput={counter.onInput}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, counter.counted)}
      />
      {counter.counted ? <CharCount id={id} length={counter.length} max={max!} /> : null}
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
  const value = valueOf(state, name, defaultValue);
  const max = limitFor(useContext(FieldLimits), name, maxLength);
  const counter = useCounter(state, value, max);
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        // A counted field takes a pasted text whole and says how much is over: cutting it silently would lose it.
        maxLength={counter.counted ? undefined : max}
        defaultValue={value}
        required={required}
        onInput={counter.onInput}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors, counter.counted)}
      />
      {counter.counted ? <CharCount id={id} length={counter.length} max={max!} /> : null}
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

export function CheckboxField({ name, label, state, hint, defaultChecked, required }: BaseProps & { defaultChecked?: boolean; required?: boolean }) {
  const id = useId();
  const errors = errorsOf(state, name);
  const checked = state?.status === "error" ? name in state.values : defaultChecked;
  return (
    <div className="field">
      <div className="checkbox">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          required={required}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, hint, errors)}
        />
        <label htmlFor={id}>
          {label}
          <RequiredMark required={required} />
        </label>
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
