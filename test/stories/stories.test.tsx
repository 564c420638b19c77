import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { render } from '@testing-library/react'
import preview from '../../.storybook/preview'
import * as ConflictResolverStories from '../../stories/ConflictResolver.stories'
import * as DiffViewStories from '../../stories/DiffView.stories'
import * as SignupConflictPromptStories from '../../stories/SignupConflictPrompt.stories'
import * as StaleBannerStories from '../../stories/StaleBanner.stories'
import * as StateConflictNoticeStories from '../../stories/StateConflictNotice.stories'
import { expectNoAxeViolations } from '../axe'

setProjectAnnotations(preview)

const modules = {
  ConflictResolver: composeStories(ConflictResolverStories),
  DiffView: composeStories(DiffViewStories),
  SignupConflictPrompt: composeStories(SignupConflictPromptStories),
  StaleBanner: composeStories(StaleBannerStories),
  StateConflictNotice: composeStories(StateConflictNoticeStories),
}

// Stories that render nothing of the component on purpose.
const withoutComponent = new Set(['StaleBanner/Fresh', 'SignupConflictPrompt/InFormInvalid'])

describe.each(Object.entries(modules))('%s stories', (component, stories) => {
  it.each(Object.entries(stories))('%s renders and has no axe violations', async (name, Story) => {
    const { container } = render(<Story />)
    const themed = container.querySelector<HTMLElement>('[data-theme]')
    expect(themed).not.toBeNull()
    expect(themed!.dataset.theme).toBe(name.startsWith('Dark') ? 'dark' : 'light')
    const root = container.querySelector(`.ck-${component}`)
    expect(root !== null).toBe(!withoutComponent.has(`${component}/${name}`))
    await expectNoAxeViolations(container)
  })
})

it('shows field errors, not the prompt, for an invalid signup', () => {
  const { InFormInvalid } = modules.SignupConflictPrompt
  const { container } = render(<InFormInvalid />)
  expect(container).toHaveTextContent('Enter a valid email address.')
  expect(container.querySelector('.ck-SignupConflictPrompt')).toBeNull()
})
