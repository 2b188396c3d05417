"use client";
import { signIn } from "next-auth/react";
import { useId, useRef, useState, type FormEvent } from "react";
import { PASSWORD_MAX } from "@/lib/auth/limits";
import { signInMessage } from "@/lib/auth/sign-in-messages";
import { DemoCode } from "./demo-code";

type Errors = { login?: string; password?: string; code?: string; form?: string };

/**
 * One form, two steps: login and password first; when the account has
 * two-step sign-in the server answers PERLU_KODE and the form asks for the
 * code, keeping what was typed so the user does not start over.
 */
export function SignInForm({ returnTo, demo }: { returnTo: string | null; demo: boolean }) {
  const id = useId();
  const [errors, setErrors] = useState<Errors>({});
  const [pending, setPending] = useState(false);
  const [needCode, setNeedCode] = useState(false);
  /** the account the code step is for (the demo hint shows a code not yet used for it) */
  const [codeFor, setCodeFor] = useState("");
  const codeRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const code = String(form.get("code") ?? "").trim();
    const next: Errors = {};
    if (!login) next.login = "Isi NIP atau nama pengguna.";
    else if (login.length > 64) next.login = "NIP atau nama pengguna terlalu panjang.";
    if (!password) next.password = "Isi kata sandi.";
    else if (password.length > PASSWORD_MAX) next.password = signInMessage("SANDI_TERLALU_PANJANG");
    if (needCode && !code) next.code = "Isi kode verifikasi.";
    else if (needCode && code.length > 20) next.code = "Kode verifikasi terlalu panjang.";
    setErrors(next);
    if (next.login || next.password || next.code) return;

    setPending(true);
    try {
      const res = await signIn("credentials", { login, password, ...(needCode ? { code } : {}), redirect: false });
      if (res?.ok && !res.error) {
        window.location.assign(returnTo ? `/beranda?${new URLSearchParams({ kembali: returnTo })}` : "/beranda");
        return;
      }
      const failure = res?.error ?? "";
      if (failure.startsWith("SANDI_TERLALU_PANJANG")) setErrors({ password: signInMessage(failure) });
      else if (failure === "PERLU_KODE") {
        setNeedCode(true);
        setCodeFor(login.toLowerCase());
        setErrors({});
      } else if (failure === "KODE_SALAH") {
        setErrors({ code: signInMessage(failure) });
        codeRef.current?.select();
      } else setErrors({ form: signInMessage(failure) });
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
      <div className="field" hidden={needCode}>
        <label htmlFor={`${id}-login`}>NIP atau nama pengguna</label>
        <input
          id={`${id}-login`}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          readOnly={needCode}
          aria-invalid={errors.login ? true : undefined}
          aria-describedby={errors.login ? `${id}-login-error` : undefined}
        />
        {errors.login ? (
          <p className="error" id={`${id}-login-error`}>
            {errors.login}
          </p>
        ) : null}
      </div>
      <div className="field" hidden={needCode}>
        <label htmlFor={`${id}-password`}>Kata sandi</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          readOnly={needCode}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? `${id}-password-error` : undefined}
        />
        {errors.password ? (
          <p className="error" id={`${id}-password-error`}>
            {errors.password}
          </p>
        ) : null}
      </div>
      {needCode ? (
        <div className="field" data-testid="code-step">
          <p role="status">{signInMessage("PERLU_KODE")}</p>
          <label htmlFor={`${id}-code`}>Kode verifikasi</label>
          <input
            ref={codeRef}
            // appears after the password was accepted: the next thing to type
            autoFocus
            id={`${id}-code`}
            name="code"
            inputMode="text"
            autoComplete="one-time-code"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={`${id}-code-hint${errors.code ? ` ${id}-code-error` : ""}`}
          />
          <p className="muted" id={`${id}-code-hint`}>
            6 angka dari aplikasi autentikator, atau kode pemulihan seperti ABCDE-23456. Kode pemulihan hanya berlaku sekali.
          </p>
          {errors.code ? (
            <p className="error" id={`${id}-code-error`} role="alert">
              {errors.code}
            </p>
          ) : null}
          {demo ? <DemoCode login={codeFor} /> : null}
        </div>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? "Memeriksa…" : needCode ? "Verifikasi" : "Masuk"}
        </button>
        {needCode ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setNeedCode(false);
              setErrors({});
            }}
          >
            Ganti akun
          </button>
        ) : null}
      </div>
    </form>
  );
}
