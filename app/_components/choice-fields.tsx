"use client";
// Radio buttons and checkbox lists, in a fieldset whose legend names them.
import { useId } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { HintAndError, describedBy, errorsOf } from "./fields";

interface Option {
  value: string;
  label: string;
  hint?: string;
}

function Choices({
  type,
  name,
  options,
  checked,
  invalid,
  className = "choices",
}: {
  type: "radio" | "checkbox";
  name: string;
  options: readonly Option[];
  checked: (value: string) => boolean;
  invalid: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          <input type={type} name={name} value={o.value} defaultChecked={checked(o.value)} aria-invalid={invalid || undefined} />
          <span>
            {o.label}
            {o.hint ? <span className="hint"> — {o.hint}</span> : null}
          </span>
        </label>
      ))}
    </div>
  );
}

export function RadioGroupField({
  name,
  legend,
  options,
  state,
  defaultValue,
  hint,
  inline,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  state?: ActionState;
  defaultValue?: string;
  hint?: string;
  inline?: boolean;
}) {
  const id = useId();
  const errors = errorsOf(state, name);
  const current = state?.status === "error" && name in state.values ? state.values[name] : defaultValue;
  return (
    <fieldset className="field" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} />
      <Choices
        key={current ?? ""}
        type="radio"
        name={name}
        options={options}
        checked={(v) => current === v}
        invalid={Boolean(errors?.length)}
        className={inline ? "choices inline" : "choices"}
      />
      <HintAndError id={id} errors={errors} />
    </fieldset>
  );
}

export function CheckboxGroupField({
  name,
  legend,
  options,
  state,
  defaultValues = [],
  hint,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  state?: ActionState;
  defaultValues?: string[];
  hint?: string;
}) {
  const id = useId();
  const errors = errorsOf(state, name);
  // The echo keeps one value per name; after an error, fall back to the defaults.
  return (
    <fieldset className="field" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} />
      <Choices type="checkbox" name={name} options={options} checked={(v) => defaultValues.includes(v)} invalid={Boolean(errors?.length)} />
      <HintAndError id={id} errors={errors} />
    </fieldset>
  );
}
