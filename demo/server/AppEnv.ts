/** The hono environment every route module shares: per-request settings set by `createApp`. */
export interface AppEnv {
  Variables: {
    /** Largest request body accepted, in bytes. */
    maxBodyBytes: number
  }
}
