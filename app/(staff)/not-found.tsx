import { NotFoundContent } from "@/app/_components/not-found-content";

// Inside the staff layout, whose <main> this is rendered in.
export default function StaffNotFound() {
  return <NotFoundContent home="/beranda" />;
}
