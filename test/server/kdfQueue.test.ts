import { KdfQueue } from '../../demo/server/kdfQueue'

/** Work that finishes when the test says so, recording when it started. */
function controlled(log: string[], name: string) {
  let finish = () => {}
  const work = () => {
    log.push(name)
    return new Promise<string>((resolve) => (finish = () => resolve(name)))
  }
  return { work, finish: () => finish() }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('KdfQueue', () => {
  test('runs at most `concurrency` at once and refuses a client past its share at once', async () => {
    const queue = new KdfQueue({ concurrency: 3, perClient: 3, maxWaiting: 10 })
    const log: string[] = []
    const jobs = ['a1', 'a2', 'a3'].map((name) => controlled(log, name))
    const admitted = jobs.map((job) => queue.run('A', job.work))
    expect(admitted.every((a) => a.ok)).toBe(true)
    expect(log).toEqual(['a1', 'a2'])
    const refused = queue.run('A', async () => 'a4')
    expect(refused).toEqual({ ok: false, retryAfterSeconds: expect.any(Number) })
    expect(refused.ok === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    jobs[0]!.finish()
    await settle()
    expect(log).toEqual(['a1', 'a2', 'a3'])
    expect(queue.load('A')).toEqual({ running: 2, waiting: 0 })
  })

  test('a client never holds every slot: a newcomer starts at once, beside a flood', async () => {
    const queue = new KdfQueue({ concurrency: 2, perClient: 100, maxWaiting: 100 })
    const log: string[] = []
    const flood = Array.from({ length: 50 }, (_, i) => controlled(log, `a${i}`))
    for (const job of flood) queue.run('A', job.work)
    // A alone gets one of the two slots; 49 of its jobs wait.
    expect(log).toEqual(['a0'])
    const other = controlled(log, 'b')
    const admitted = queue.run('B', other.work)
    expect(admitted.ok).toBe(true)
    expect(log).toEqual(['a0', 'b'])
    expect(queue.load()).toEqual({ running: 2, waiting: 49 })
    other.finish()
    await expect(admitted.ok && admitted.result).resolves.toBe('b')
  })

  test('a free slot goes to the waiting client with the fewest running, not the longest queue', async () => {
    const queue = new KdfQueue({ concurrency: 3, perClient: 100, maxWaiting: 100 })
    const log: string[] = []
    const flood = Array.from({ length: 20 }, (_, i) => controlled(log, `a${i}`))
    for (const job of flood) queue.run('A', job.work)
    const b = controlled(log, 'b')
    queue.run('B', b.work)
    expect(log).toEqual(['a0', 'a1', 'b'])
    const c = controlled(log, 'c')
    queue.run('C', c.work)
    // All three slots are busy; C waits behind 18 of A's jobs, yet is next.
    flood[0]!.finish()
    await settle()
    expect(log).toEqual(['a0', 'a1', 'b', 'c'])
    b.finish()
    await settle()
    expect(log.at(-1)).toBe('a2')
  })

  test('refuses anyone once `maxWaiting` jobs wait, and takes work again as they drain', async () => {
    const queue = new KdfQueue({ concurrency: 1, perClient: 10, maxWaiting: 2 })
    const log: string[] = []
    const jobs = ['x', 'y', 'z'].map((name, i) => {
      const job = controlled(log, name)
      expect(queue.run(`client-${i}`, job.work).ok).toBe(true)
      return job
    })
    expect(queue.run('client-3', async () => 'w').ok).toBe(false)
    jobs[0]!.finish()
    await settle()
    expect(queue.run('client-3', async () => 'w').ok).toBe(true)
  })

  test('work that throws or rejects is reported to its caller and frees its slot', async () => {
    const queue = new KdfQueue({ concurrency: 1 })
    const thrown = queue.run('A', () => {
      throw new Error('sync')
    })
    const rejected = queue.run('B', () => Promise.reject(new Error('async')))
    await expect(thrown.ok && thrown.result).rejects.toThrow('sync')
    await expect(rejected.ok && rejected.result).rejects.toThrow('async')
    const next = queue.run('A', async () => 'ok')
    await expect(next.ok && next.result).resolves.toBe('ok')
    expect(queue.load()).toEqual({ running: 0, waiting: 0 })
  })

  test('rejects limits that would stall or disable it', () => {
    expect(() => new KdfQueue({ concurrency: 0 })).toThrow(RangeError)
    expect(() => new KdfQueue({ perClient: 1.5 })).toThrow(RangeError)
  })
})
