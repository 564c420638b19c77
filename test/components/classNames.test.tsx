// The class-name contract holds: what is documented (src/components/classNames.ts and the README
// table written from it), what the components render, and what styles.css styles are one set.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { cleanup, render } from '@testing-library/react'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import preview from '../../.storybook/preview'
import { documentedClassNames } from '../../src/components/classNames'
import * as ConflictResolverStories from '../../stories/ConflictResolver.stories'
import * as DiffViewStories from '../../stories/DiffView.stories'
import * as SignupConflictPromptStories from '../../stories/SignupConflictPrompt.stories'
import * as StaleBannerStories from '../../stories/StaleBanner.stories'
import * as StateConflictNoticeStories from '../../stories/StateConflictNotice.stories'

setProjectAnnotations(preview)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const documented = documentedClassNames()
const NAME = /ck-[A-Za-z][\w-]*[A-Za-z]/g

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

// Shown only after an interaction that no story's first render makes; every other documented
// name must appear in some story. This list may only shrink.
const AFTER_AN_INTERACTION = [
  'ck-ConflictResolver-changeBody', // a merged change opened
  'ck-ConflictResolver-edit', // Edit chosen on a slot
  'ck-ConflictResolver-editor',
  'ck-ConflictResolver-error', // a refused save or undo
  'ck-ConflictResolver-kept', // a side chosen
  'ck-ConflictResolver-review', // Review opened
  'ck-ConflictResolver-reviewField',
  'ck-ConflictResolver-reviewHint',
  'ck-ConflictResolver-undo', // a merge saved with autoMerge: 'save'
  'ck-DiffView-progress', // a diff still being computed
  'ck-StaleBanner-name', // a colleague's name known
]

describe('the class-name contract', () => {
  it('every ck-* name in the components’ code is documented, and every documented one is used', () => {
    const used = new Set<string>()
    for (const file of files(resolve(root, 'src/components'))) {
      if (file.endsWith('classNames.ts')) continue
      for (const m of readFileSync(file, 'utf8').matchAll(NAME)) used.add(m[0])
    }
    expect([...used].filter((n) => !documented.has(n)).toSorted()).toEqual([])
    expect([...documented.keys()].filter((n) => !used.has(n)).toSorted()).toEqual([])
  })

  it('styles.css styles documented names only', () => {
    const css = readFileSync(resolve(root, 'src/components/styles.css'), 'utf8')
    const styled = new Set([...css.matchAll(/\.(ck-[A-Za-z][\w-]*[A-Za-z])/g)].map((m) => m[1]!))
    expect(styled.size).toBeGreaterThan(40)
    expect([...styled].filter((n) => !documented.has(n)).toSorted()).toEqual([])
  })

  it('what the stories render is documented, and every documented name is rendered by one', async () => {
    const rendered = new Set<string>()
    const modules = [
      ConflictResolverStories,
      DiffViewStories,
      SignupConflictPromptStories,
      StaleBannerStories,
      StateConflictNoticeStories,
    ]
    for (const module of modules) {
      for (const Story of Object.values(composeStories(module))) {
        const { container } = render(<Story />)
        // the word chunk arrives on its own: a changed pair's marks come a little later
        await new Promise((resolve) => setTimeout(resolve, 30))
        for (const element of container.querySelectorAll('[class]')) {
          for (const name of element.classList) if (name.startsWith('ck-')) rendered.add(name)
        }
        cleanup()
      }
    }
    expect([...rendered].filter((n) => !documented.has(n)).toSorted()).toEqual([])
    const unrendered = [...documented.keys()].filter((n) => !rendered.has(n)).toSorted()
    expect(unrendered).toEqual(AFTER_AN_INTERACTION.toSorted())
  }, 60_000)

  it('the README table says what the list says', () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
    const section = readme.slice(
      readme.indexOf('<!-- class-names:start -->'),
      readme.indexOf('<!-- class-names:end -->'),
    )
    const rows = new Map<string, string>()
    for (const m of section.matchAll(/^\|\s*`(ck-[\w-]+)`\s*\|\s*(.*?)\s*\|$/gm)) {
      rows.set(m[1]!, m[2]!)
    }
    for (const m of section.matchAll(/^Shared: `(ck-[\w-]+)`, (.*)\.$/gm)) rows.set(m[1]!, m[2]!)
    expect(rows).toEqual(documented)
  })
})
