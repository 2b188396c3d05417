// One filter of a list page (inbox, dashboard, users, OPDs): a labelled
// <select> whose first option, the empty value, means "all".
export function FilterSelect({
  id,
  name,
  label,
  all,
  value,
  options,
}: {
  id?: string;
  name: string;
  label: string;
  /** the first option's words: "Semua status" */
  all: string;
  value: string | null | undefined;
  options: { value: string; label: string }[];
}) {
  const fieldId = id ?? name;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      <select id={fieldId} name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
