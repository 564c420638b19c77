/**
 * A wait in words a person reads at a glance: seconds under a minute, then whole minutes
 * (rounded up, so the person never tries too early), then hours and minutes.
 */
export function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000))
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const h = hours === 1 ? '1 hour' : `${hours} hours`
  return rest === 0 ? h : `${h} ${rest === 1 ? '1 minute' : `${rest} minutes`}`
}
