// Strings components build: class names and the words of default labels.

/** Joins class names, skipping empty ones, so `className` pass-throughs compose with `ck-*` names. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}

/** `phone_number` / `phoneNumber` -> `phone number`: field names read as words in default labels. */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
}
