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
      <div className={inline ? "choices inline" : "choices"} key={current ?? ""}>
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={name} value={o.value} defaultChecked={current === o.value} aria-invalid={errors?.length ? true : undefined} />
            <span>
              {o.label}
              {o.hint ? <span className="hint"> — {o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
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
      <div className="choices">
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="checkbox" name={name} value={o.value} defaultChecked={defaultValues.includes(o.value)} aria-invalid={errors?.length ? true : undefined} />
            <span>
              {o.label}
              {o.hint ? <span className="hint"> — {o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <HintAndError id={id} errors={errors} />
    </fieldset>
  );
}
