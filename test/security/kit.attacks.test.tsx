// @vitest-environment jsdom
/**
 * Attacks on the kit in the page: links built from options, text from the server, the
 * identifier's path to the login page. Each test is one attack with the defence that must hold.
 */
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import * as fc from 'fast-check'
import { SignupConflictPrompt } from '../../src/components/SignupConflictPrompt/SignupConflictPrompt'
import { StateConflictNotice } from '../../src/components/StateConflictNotice/StateConflictNotice'
import { safeSameOriginHref } from '../../src/core/links/safeHref'
import { attackLog } from './attackLog'

const attack = attackLog('kit')
const origin = 'https://app.example.com'

const redirects = [
  '/.//evil.example',
  '/..//evil.example',
  '/%2e//evil.example',
  '/a/../..//evil.example',
  '/%2e%2e//evil.example',
  '/.%2e//evil.example',
  '//evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  'https://evil.example',
  'https://app.example.com.evil.example/',
  'https://user:pw@app.example.com/',
  'http://app.example.com/',
  'javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
]

function fakeSignup(loginHref: string) {
  return {
    status: 'duplicate' as const,
    identifier: 'a@b.com',
    field: 'email',
    loginHref,
    login: vi.fn<() => void>(),
    chooseAnother: vi.fn<() => void>(),
    resetPasswordHref: loginHref,
    resetPassword: vi.fn<() => void>(),
    isEnumerationSafe: false,
    message: null,
  }
}

describe('open redirect', () => {
  for (const href of redirects) {
    attack('links', `safeSameOriginHref(${JSON.stringify(href)})`, 'null', () => {
      expect(safeSameOriginHref(href, { origin })).toBeNull()
    })
  }
  attack(
    'links',
    '5,000 generated hrefs of slashes, dots, encodings and schemes',
    'null or a same-origin path meaning the same URL',
    () => {
      const piece = fc.constantFrom(
        '/',
        '//',
        '\\',
        '.',
        '..',
        '%2e',
        '%2e%2e',
        'evil.example',
        '@',
        ':',
        'https:',
        '?',
        '#',
        '\t',
      )
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
          const href = parts.join('')
          const safe = safeSameOriginHref(href, { origin })
          if (safe === null) return true
          const resolved = new URL(safe, `${origin}/deep/page/`)
          return (
            !safe.startsWith('//') &&
            resolved.origin === origin &&
            resolved.href === new URL(href, origin).href
          )
        }),
        { numRuns: 5000 },
      )
    },
  )
  for (const href of ['/.//evil.example', '//evil.example', 'javascript:alert(1)']) {
    attack(
      'links',
      `SignupConflictPrompt fallback button with signup.loginHref ${href}`,
      'no link, no button, login() never called',
      async () => {
        const signup = fakeSignup(href)
        const { container } = render(<SignupConflictPrompt signup={signup} />)
        expect(container.querySelector('a')).toBeNull()
        expect(screen.queryByRole('button', { name: 'Log in' })).toBeNull()
        await userEvent.setup().click(screen.getByRole('button', { name: 'Use a different email' }))
        expect(signup.login).not.toHaveBeenCalled()
      },
    )
  }
})

describe('server text in the page', () => {
  attack('xss', 'HTML and script in the signup identifier', 'rendered as text', () => {
    const { container } = render(
      <SignupConflictPrompt identifier={'<img src=x onerror=alert(1)><script>alert(2)</script>'} />,
    )
    expect(container.querySelector('img, script')).toBeNull()
  })
  attack('xss', 'HTML in a state-conflict title, detail and state', 'rendered as text', () => {
    const { container } = render(
      <StateConflictNotice
        problem={{
          status: 409,
          kind: 'state',
          title: '<img src=x onerror=alert(1)>',
          detail: '<a href="javascript:x">y</a>',
          raw: null,
        }}
        currentState="<b>x</b>"
      />,
    )
    expect(container.querySelector('img, a, b')).toBeNull()
  })
  attack('bidi', 'U+202E in the signup identifier', 'isolated in a <bdi>', () => {
    const spoof = 'invoice\u202Efdp.exe@x.com'
    const { container } = render(<SignupConflictPrompt identifier={spoof} />)
    expect(container.querySelector('bdi')?.textContent).toBe(spoof)
  })
  attack(
    'bidi',
    'U+202E in a state-conflict title, detail, state and action',
    'dir="auto" / <bdi> on each',
    () => {
      const rlo = '\u202E'
      const { container } = render(
        <StateConflictNotice
          problem={{ status: 409, kind: 'state', title: `t${rlo}`, detail: `d${rlo}`, raw: null }}
          currentState={`s${rlo}`}
          allowedActions={[`a${rlo}`]}
          onAction={() => {}}
        />,
      )
      expect(container.querySelector('.ck-StateConflictNotice-title strong')).toHaveAttribute(
        'dir',
        'auto',
      )
      expect(container.querySelector('.ck-StateConflictNotice-detail')).toHaveAttribute(
        'dir',
        'auto',
      )
      expect(container.querySelector('.ck-StateConflictNotice-state bdi')?.textContent).toBe(
        `s${rlo}`,
      )
      expect(container.querySelector('.ck-StateConflictNotice-action')).toHaveAttribute(
        'dir',
        'auto',
      )
    },
  )
  attack(
    'roles',
    'a state conflict listing a staff action to a customer',
    'not offered when outside permittedActions',
    () => {
      render(
        <StateConflictNotice
          problem={{ status: 409, kind: 'state', title: 'Shipped', raw: null }}
          allowedActions={['deliver']}
          permittedActions={['cancel']}
          onAction={() => {}}
        />,
      )
      expect(screen.queryByRole('button')).toBeNull()
    },
  )
})
