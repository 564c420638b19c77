// The held-out part of the corpus: a third of the services, drawn by a hash of the service
// name, so the split is fixed by the names alone and no one picks which responses land where.
// Rules are written against the train part only; the held-out score is the measurement.

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** True for services in the held-out third. */
export function isHeldOut(service: string): boolean {
  return fnv1a(service.trim().toLowerCase()) % 3 === 0
}
