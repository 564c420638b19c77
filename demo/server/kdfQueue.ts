/** Limits of the password-hashing queue. */
export interface KdfQueueOptions {
  /**
   * Hashes computed at once. One client runs at most `concurrency - 1` of them (one, when
   * `concurrency` is 1 or 2), so a slot is always left for someone else. Defaults to `2`.
   */
  concurrency?: number
  /** Hashes one client may have running or waiting at once; more are refused. Defaults to `4`. */
  perClient?: number
  /** Hashes waiting in all; more are refused. Defaults to `32`. */
  maxWaiting?: number
}

/** The answer of `KdfQueue.run`: the work's result to come, or how long to wait before trying again. */
export type KdfAdmission<T> =
  { ok: true; result: Promise<T> } | { ok: false; retryAfterSeconds: number }

interface Job {
  client: string
  work: () => Promise<unknown>
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Bounds password-hashing work (scrypt: a large share of a core and of memory per hash) so one
 * client cannot starve everyone else. At most `concurrency` hashes run, and no client holds
 * them all; the rest wait, and a free slot goes to the waiting client with the fewest hashes
 * running (the earliest waiting among equals), so a newcomer starts at once or next, however
 * much another client has queued. A client over its share, or a full queue, is refused at once
 * (the caller answers 429 + Retry-After).
 */
export class KdfQueue {
  readonly #concurrency: number
  readonly #runningPerClient: number
  readonly #perClient: number
  readonly #maxWaiting: number
  readonly #now: () => number
  // Waiting jobs per client; Map order is the order clients started waiting.
  readonly #waiting = new Map<string, Job[]>()
  readonly #running = new Map<string, number>()
  #runningTotal = 0
  #waitingTotal = 0
  // Mean duration of a hash, for the Retry-After estimate.
  #meanMs = 250

  constructor(options: KdfQueueOptions = {}, now: () => number = Date.now) {
    this.#concurrency = atLeastOne(options.concurrency ?? 2, 'concurrency')
    this.#runningPerClient = Math.max(1, this.#concurrency - 1)
    this.#perClient = atLeastOne(options.perClient ?? 4, 'perClient')
    this.#maxWaiting = Math.max(0, options.maxWaiting ?? 32)
    this.#now = now
  }

  /** Hashes running and waiting now, in all and for `client`. */
  load(client?: string): { running: number; waiting: number } {
    if (client === undefined) return { running: this.#runningTotal, waiting: this.#waitingTotal }
    return {
      running: this.#running.get(client) ?? 0,
      waiting: this.#waiting.get(client)?.length ?? 0,
    }
  }

  /** Queues `work` for `client`, or refuses it at once when the client's share or the queue is full. */
  run<T>(client: string, work: () => Promise<T>): KdfAdmission<T> {
    const mine = this.load(client)
    const idle = this.#runningTotal < this.#concurrency && mine.running < this.#runningPerClient
    if (
      mine.running + mine.waiting >= this.#perClient ||
      (!idle && this.#waitingTotal >= this.#maxWaiting)
    ) {
      return { ok: false, retryAfterSeconds: this.#retryAfter() }
    }
    const result = new Promise<T>((resolve, reject) => {
      const job: Job = { client, work, resolve: resolve as (value: unknown) => void, reject }
      const queue = this.#waiting.get(client)
      if (queue) queue.push(job)
      else this.#waiting.set(client, [job])
      this.#waitingTotal++
    })
    this.#dispatch()
    return { ok: true, result }
  }

  /** The client a free slot goes to: fewest running, earliest waiting among equals. */
  #next(): string | null {
    let best: string | null = null
    let fewest = this.#runningPerClient
    for (const client of this.#waiting.keys()) {
      const running = this.#running.get(client) ?? 0
      if (running < fewest) {
        best = client
        fewest = running
      }
    }
    return best
  }

  #dispatch(): void {
    while (this.#runningTotal < this.#concurrency) {
      const client = this.#next()
      if (client === null) return
      const queue = this.#waiting.get(client) as Job[]
      const job = queue.shift() as Job
      // A client that keeps work waiting goes behind the others that wait.
      this.#waiting.delete(client)
      if (queue.length > 0) this.#waiting.set(client, queue)
      this.#waitingTotal--
      this.#running.set(client, (this.#running.get(client) ?? 0) + 1)
      this.#runningTotal++
      const started = this.#now()
      let work: Promise<unknown>
      try {
        work = job.work()
      } catch (error) {
        work = Promise.reject(error)
      }
      void work.then(job.resolve, job.reject).finally(() => {
        this.#meanMs = 0.8 * this.#meanMs + 0.2 * Math.max(1, this.#now() - started)
        const left = (this.#running.get(client) ?? 1) - 1
        if (left > 0) this.#running.set(client, left)
        else this.#running.delete(client)
        this.#runningTotal--
        this.#dispatch()
      })
    }
  }

  // How long until the work now queued has likely been done, in whole seconds (at least 1).
  #retryAfter(): number {
    const rounds = (this.#waitingTotal + this.#runningTotal) / this.#concurrency
    return Math.max(1, Math.ceil((rounds * this.#meanMs) / 1000))
  }
}

function atLeastOne(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`KdfQueue: ${name} must be a whole number of at least 1, not ${value}`)
  }
  return value
}
