"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          await signOut({ redirect: false });
        } finally {
          // A full load: nothing of the signed-in pages stays in the client's router cache.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/masuk?alasan=keluar");
        }
      }}
    >
      {pending ? "Keluar…" : "Keluar"}
    </button>
  );
}
