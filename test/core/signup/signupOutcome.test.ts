import type { HttpProblem } from '../../../src/core/http/types'
import { NEUTRAL_SIGNUP_MESSAGE, signupOutcome } from '../../../src/core/signup/signupOutcome'

const values = { email: 'ada@example.com', username: 'ada', password: 'secret123' }
const p = (over: Partial<HttpProblem>): HttpProblem => ({
  status: 409,
  kind: 'duplicate',
  title: 'Already registered',
  raw: null,
  ...over,
})

describe('signupOutcome', () => {
  it('names the duplicate field and the submitted value', () => {
    expect(signupOutcome(p({ field: 'username' }), values)).toMatchObject({
      status: 'duplicate',
      field: 'username',
      identifier: 'ada',
    })
  })

  it('falls back to the first identifier that was sent when the server names none', () => {
    expect(signupOutcome(p({}), values)).toMatchObject({
      field: 'email',
      identifier: 'ada@example.com',
    })
  })

  it('uses the echoed value when the form did not send the field', () => {
    expect(
      signupOutcome(p({ field: 'email', value: 'x@y.z' }), { phone: undefined }),
    ).toMatchObject({ field: 'email', identifier: 'x@y.z' })
  })

  it('keeps other field errors next to the duplicate', () => {
    const out = signupOutcome(
      p({ status: 422, field: 'email', fieldErrors: { email: 'taken', password: 'too short' } }),
      values,
    )
    expect(out.fieldErrors).toEqual({ password: 'too short' })
  })

  it('separates validation errors from duplicates', () => {
    expect(
      signupOutcome(
        p({ status: 422, kind: 'validation', fieldErrors: { email: 'is invalid' } }),
        values,
      ),
    ).toMatchObject({ status: 'invalid', fieldErrors: { email: 'is invalid' } })
  })

  it('puts validation without field errors under root', () => {
    expect(
      signupOutcome(p({ status: 400, kind: 'validation', title: 'Bad request' }), values)
        .fieldErrors,
    ).toEqual({ root: 'Bad request' })
  })

  it('answers duplicates and successes identically in enumeration-safe mode', () => {
    const dup = signupOutcome(p({ field: 'email' }), values, { enumerationSafe: true })
    const ok = signupOutcome(null, values, { enumerationSafe: true })
    expect(dup).toEqual(ok)
    expect(ok).toMatchObject({ status: 'success', message: NEUTRAL_SIGNUP_MESSAGE, field: null })
  })

  it('reports other failures as errors with readable text', () => {
    expect(
      signupOutcome(
        p({ status: 503, kind: 'busy', title: 'Try again', detail: 'Maintenance' }),
        values,
      ),
    ).toMatchObject({ status: 'error', message: 'Try again. Maintenance' })
  })
})
