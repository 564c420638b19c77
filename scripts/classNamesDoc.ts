// Writes the README's class-name table from src/components/classNames.ts, between the
// `<!-- class-names:start -->` and `<!-- class-names:end -->` markers (`npm run docs:classes`).
// test/components/classNames.test.tsx fails when the README and the list disagree.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { classNames, sharedClassNames } from '../src/components/classNames'

const START = '<!-- class-names:start -->'
const END = '<!-- class-names:end -->'

/** The README section: one table per component, then the shared names. */
export function classNamesSection(): string {
  const lines: string[] = []
  for (const [component, parts] of Object.entries(classNames)) {
    lines.push('', `<details><summary><code>ck-${component}</code></summary>`, '')
    lines.push('| class | on |', '| --- | --- |')
    for (const [suffix, what] of Object.entries(parts)) {
      lines.push(
        `| \`${suffix === '' ? `ck-${component}` : `ck-${component}-${suffix}`}\` | ${what} |`,
      )
    }
    lines.push('', '</details>')
  }
  lines.push('')
  for (const [name, what] of Object.entries(sharedClassNames))
    lines.push(`Shared: \`${name}\`, ${what}.`)
  return `${START}\n${lines.join('\n')}\n${END}`
}

/** The README with its class-name section replaced by `section`. */
export function withSection(readme: string, section: string): string {
  const from = readme.indexOf(START)
  const to = readme.indexOf(END)
  if (from < 0 || to < from) throw new Error(`README.md: no ${START} … ${END} section`)
  return readme.slice(0, from) + section + readme.slice(to + END.length)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../README.md', import.meta.url))
  writeFileSync(path, withSection(readFileSync(path, 'utf8'), classNamesSection()))
}
