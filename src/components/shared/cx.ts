/** Joins class names, skipping empty ones, so `className` pass-throughs compose with `ck-*` names. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
