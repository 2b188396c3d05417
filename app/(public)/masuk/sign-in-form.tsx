"use client";
import { signIn } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";
import { PASSWORD_MAX } from "@/lib/auth/limits";
import { signInMessage } from "@/lib/auth/sign-in-messages";

type Errors = { login?: string; password?: string; form?: string };

export function SignInForm({ returnTo }: { returnTo: string | null }) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const next: Errors = {};
    if (!login) next.login = "Isi NIP atau nama pengguna.";
    else if (login.length > 64) next.login = "NIP atau nama pengguna terlalu panjang.";
    if (!password) next.password = "Isi kata sandi.";
    else if (password.length > PASSWORD_MAX) next.password = signInMessage("SANDI_TERLALU_PANJANG");
    setErrors(next);
    if (next.login || next.password) return;

    setPending(true);
    try {
      const res = await signIn("credentials", { login, password, redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(returnTo ? `/beranda?${new URLSearchParams({ kembali: returnTo })}` : "/beranda");
        return;
      }
      const code = res?.error ?? "";
      if (code.startsWith("SANDI_TERLALU_PANJANG")) setErrors({ password: signInMessage(code) });
      else setErrors({ form: signInMessage(code) });
    } catch {
      setErrors({ form: "Tidak dapat menghubungi server. Periksa koneksi Anda lalu coba lagi." });
    }
    setPending(false);
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-describedby={errors.form ? `${id}-form` : undefined}>
      {errors.form ? (
        <div className="notice error" role="alert" id={`${id}-form`} data-testid="sign-in-error">
          {errors.form}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-login`}>NIP atau nama pengguna</label>
        <input
          id={`${id}-login`}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          aria-invalid={errors.login ? true : undefined}
          aria-describedby={errors.login ? `${id}-login-error` : undefined}
        />
        {errors.login ? (
          <p className="error" id={`${id}-login-error`}>
            {errors.login}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Kata sandi</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
        />
        {errors.password ? (
          <p className="error" id={`${id}-password-error`}>
            {errors.password}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Memeriksa…" : "Masuk"}
        </button>
      </div>
    </form>
  );
}
