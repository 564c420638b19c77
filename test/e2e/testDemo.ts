import { startDemo } from '../../demo/start'
import type { ServerOptions } from '../../demo/server/startServer'
import { reset, TEST_RESET_TOKEN, TEST_SCRYPT_COST } from '../server/helpers'

/**
 * The demo (built front end + server) as e2e suites run it: the default rate limits and CSRF
 * rules, with only the test scrypt cost and a reset token added. `reset()` re-seeds it.
 */
export async function startTestDemo(options: ServerOptions = {}) {
  const demo = await startDemo({
    port: 0,
    build: true,
    quiet: true,
    scryptCost: TEST_SCRYPT_COST,
    resetToken: TEST_RESET_TOKEN,
    ...options,
  })
  return { url: demo.url, close: demo.close, reset: () => reset(demo.url) }
}
