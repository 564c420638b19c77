/** `isX` for each name in `names`: `statusFlags('pending', ['idle', 'pending'])` -> `{ isIdle: false, isPending: true }`. */
export function statusFlags<S extends string, N extends S>(
  status: S,
  names: readonly N[],
): { [K in N as `is${Capitalize<K>}`]: boolean } {
  const flags: Record<string, boolean> = {}
  for (const name of names) flags[`is${name[0]!.toUpperCase()}${name.slice(1)}`] = status === name
  return flags as { [K in N as `is${Capitalize<K>}`]: boolean }
}
