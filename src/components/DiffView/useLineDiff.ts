import { useEffect, useMemo, useState } from 'react'
import { startLineDiff } from '../../core/diff/lineDiff'
import type { LineDiff, LineDiffJob } from '../../core/diff/lineDiff'

/** Where a `DiffView`'s own diff stands: still running in slices, or done. */
export type LineDiffState =
  { status: 'pending'; progress: number } | { status: 'ready'; diff: LineDiff } | { status: 'idle' }

interface Scheduler {
  yield?: () => Promise<void>
}

/** Lets the browser paint and handle input before the next slice. */
function nextSlice(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Runs one slice of `job`, at most `sliceMs` long (a batch always completes). */
function runSlice(job: LineDiffJob, sliceMs: number): void {
  job.run(performance.now() + sliceMs)
}

/**
 * Diffs `original` against `modified` without holding the main thread longer than
 * `sliceMs` at a time: the first slice runs during render, so a diff that fits in it shows
 * at once; a longer one continues in slices between frames, reporting its progress. The
 * slices run the same steps as the one-go diff, so the result is the same.
 */
export function useLineDiff(
  original: string,
  modified: string,
  enabled: boolean,
  timeoutMs: number,
  sliceMs: number,
): LineDiffState {
  const job = useMemo(() => {
    if (!enabled) return null
    const started = startLineDiff(original, modified, timeoutMs)
    runSlice(started, sliceMs)
    return started
  }, [enabled, original, modified, timeoutMs, sliceMs])
  const [, setSlices] = useState(0)

  useEffect(() => {
    if (!job || job.done) return
    const run = { cancelled: false }
    const next = (): void => {
      void nextSlice().then(() => {
        if (run.cancelled) return
        runSlice(job, sliceMs)
        setSlices((n) => n + 1)
        if (!job.done) next()
      })
    }
    next()
    return () => {
      run.cancelled = true
    }
  }, [job, sliceMs])

  if (!job) return { status: 'idle' }
  return job.done
    ? { status: 'ready', diff: job.result() }
    : { status: 'pending', progress: job.progress }
}
