// Every component that documents a `ref` prop hands it its root element, on React 18 (which
// keeps `ref` out of a function component's props) as on React 19 (`npm run test:react18`).
import { render } from '@testing-library/react'
import { createRef, version, type ReactElement, type Ref } from 'react'
import { version as domVersion } from 'react-dom'
import {
  ConflictResolver,
  DiffView,
  SignupConflictPrompt,
  StaleBanner,
  StateConflictNotice,
} from 'react-conflict-kit'
import { valueConflict } from './conflictFixtures'

const signup = {
  status: 'duplicate' as const,
  identifier: 'a@b.com',
  field: 'email',
  loginHref: '/login',
  login: () => {},
  chooseAnother: () => {},
  resetPasswordHref: null,
  resetPassword: () => {},
  isEnumerationSafe: false,
  message: null,
}

const problem = { status: 409, kind: 'state' as const, title: 'Already shipped', raw: null }

const cases: [string, string, (ref: Ref<HTMLDivElement>) => ReactElement][] = [
  ['StaleBanner', 'ck-StaleBanner', (ref) => <StaleBanner ref={ref} isStale />],
  [
    'StateConflictNotice',
    'ck-StateConflictNotice',
    (ref) => <StateConflictNotice ref={ref} problem={problem} />,
  ],
  [
    'SignupConflictPrompt',
    'ck-SignupConflictPrompt',
    (ref) => <SignupConflictPrompt ref={ref} signup={signup} />,
  ],
  ['DiffView', 'ck-DiffView', (ref) => <DiffView ref={ref} original="a\n" modified="b\n" />],
  [
    'ConflictResolver',
    'ck-ConflictResolver',
    (ref) => <ConflictResolver ref={ref} conflict={valueConflict()} onResolve={() => {}} />,
  ],
]

describe(`refs on React ${version}`, () => {
  it('runs on the React the run asked for (CK_REACT), with the react-dom of the same version', () => {
    expect(version.split('.')[0]).toBe(process.env.CK_REACT ?? '19')
    expect(domVersion).toBe(version)
  })

  it.each(cases)('%s gives its ref object the root element', (_name, className, element) => {
    const errors = vi.spyOn(console, 'error')
    const ref = createRef<HTMLDivElement>()
    const { unmount } = render(element(ref))
    expect(ref.current).toBeInstanceOf(HTMLElement)
    expect(ref.current).toHaveClass(className)
    unmount()
    expect(ref.current).toBeNull()
    // React 18 warns "Function components cannot be given refs" where a ref is dropped.
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/ref/i)
    errors.mockRestore()
  })

  it.each(cases)('%s calls a callback ref with the root element', (_name, className, element) => {
    const seen: (HTMLElement | null)[] = []
    render(element((el) => void seen.push(el)))
    expect(seen).toHaveLength(1)
    expect(seen[0]).toHaveClass(className)
  })
})
