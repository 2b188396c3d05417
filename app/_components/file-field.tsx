"use client";
// A file input that knows its upload rule (lib/files/limits.ts): the rule in
// words above it, and the count and sizes checked the moment files are
// chosen — a file too large gets its message under the field and the form is
// not sent, so nothing typed is lost to a request the server would refuse.
// The server checks the same rule again, with the same words.
import { useEffect, useId, useRef, useState } from "react";
import type { ActionState } from "@/lib/auth/action-state";
import { UPLOAD_RULES, describeRule, sizeProblems, type UploadRuleName } from "@/lib/files/limits";
import { FieldShell, describedBy, errorsOf } from "./fields";

export function FileField({
  name,
  label,
  rule: ruleName,
  state,
  hint,
  required,
}: {
  name: string;
  label: string;
  rule: UploadRuleName;
  state?: ActionState;
  hint?: string;
  required?: boolean;
}) {
  const rule = UPLOAD_RULES[ruleName];
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [local, setLocal] = useState<string[]>([]);
  const serverErrors = errorsOf(state, name);
  // A new answer from the server replaces what the browser said about the last choice
  // (state adjusted while rendering, as React advises, rather than in an effect).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setLocal([]);
  }

  const check = () => setLocal(sizeProblems([...(input.current?.files ?? [])], rule));

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    // Before React's form action runs: a choice over the limits is never sent.
    const onSubmit = (e: SubmitEvent) => {
      const problems = sizeProblems([...(input.current?.files ?? [])], rule);
      if (!problems.length) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      setLocal(problems);
      input.current?.focus();
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [rule]);

  const errors = local.length ? local : serverErrors;
  const hintText = `${hint ? `${hint} ` : ""}${describeRule(rule)}`;
  return (
    <FieldShell id={id} label={label} hint={hintText} errors={errors} required={required} errorTestId={`file-error-${name}`}>
      <input
        ref={input}
        id={id}
        name={name}
        type="file"
        multiple={rule.maxFiles > 1}
        accept={rule.accept}
        onChange={check}
        data-error-for={name}
        aria-describedby={describedBy(id, hintText, errors)}
        aria-invalid={errors?.length ? true : undefined}
      />
      {state?.status === "error" && !local.length ? (
        <p className="hint">Pilih ulang berkas sebelum mengirim lagi: berkas tidak ikut tersimpan di formulir.</p>
      ) : null}
    </FieldShell>
  );
}
