"use client";
// Radio buttons and checkbox lists, in a fieldset whose legend names them.
import { useId } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { HintAndError, RequiredMark, describedBy, errorsOf } from "./fields";

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
  required,
  className = "choices",
}: {
  type: "radio" | "checkbox";
  name: string;
  options: readonly Option[];
  checked: (value: string) => boolean;
  invalid: boolean;
  required?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      {options.map((o) => (
        <label key={o.value} className="checkbox">
          {/* A required radio group is announced as such; a checkbox list marks only its legend (the attribute would demand every box). */}
          <input
            type={type}
            name={name}
            value={o.value}
            defaultChecked={checked(o.value)}
            required={type === "radio" ? required : undefined}
            aria-invalid={invalid || undefined}
          />
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
  required,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  state?: ActionState;
  defaultValue?: string;
  hint?: string;
  inline?: boolean;
  required?: boolean;
}) {
  const id = useId();
  const errors = errorsOf(state, name);
  const current = state?.status === "error" && name in state.values ? state.values[name] : defaultValue;
  return (
    <fieldset className="field" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      <HintAndError id={id} hint={hint} />
      <Choices
        key={current ?? ""}
        type="radio"
        name={name}
        options={options}
        checked={(v) => current === v}
        invalid={Boolean(errors?.length)}
        required={required}
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
  required,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  state?: ActionState;
  defaultValues?: string[];
  hint?: string;
  required?: boolean;
}) {
  const id = useId();
  const errors = errorsOf(state, name);
  // The echo keeps one value per name; after an error, fall back to the defaults.
  return (
    <fieldset className="field" aria-describedby={describedBy(id, hint, errors)} aria-invalid={errors?.length ? true : undefined}>
      <legend>
        {legend}
        <RequiredMark required={required} />
      </legend>
      <HintAndError id={id} hint={hint} />
      <Choices type="checkbox" name={name} options={options} checked={(v) => defaultValues.includes(v)} invalid={Boolean(errors?.length)} />
      <HintAndError id={id} errors={errors} />
    </fieldset>
  );
}
