/**
 * Collects unhandled promise rejections during a test file, so each fault can assert that
 * nothing it provoked escaped as one.
 */
export function collectUnhandledRejections(): { take: () => Promise<unknown[]> } {
  const seen: unknown[] = []
  const listener = (reason: unknown) => void seen.push(reason)
  beforeAll(() => void process.on('unhandledRejection', listener))
  afterAll(() => void process.off('unhandledRejection', listener))
  return {
    /** Waits for late rejections (a few turns of the event loop), then returns and clears them. */
    async take() {
      for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 10))
      return seen.splice(0)
    },
  }
}

/**
 * Why a problem's title is not fit to show a person, or null when it is: it must be present,
 * text rather than markup, and not a raw (often truncated) JSON body.
 */
export function titleFault(problem: { title: string } | null | undefined): string | null {
  const title = problem?.title ?? ''
  if (title.trim() === '') return 'no title'
  if (title.includes('<')) return `markup: ${title}`
  if (/^\s*[{[]/.test(title)) return `raw JSON: ${title.slice(0, 80)}`
  return null
}
