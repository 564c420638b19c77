import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// vitest runs from the package root; import.meta.url is not a file URL under jsdom.
const css = readFileSync(resolve(process.cwd(), 'src/components/styles.css'), 'utf8')

/** The --ck-color-* declarations of the first block opened by `selector`. */
function colours(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  expect(start).toBeGreaterThanOrEqual(0)
  const body = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries(
    [...body.matchAll(/--ck-color-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
  )
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

// Text colour on background colour, as the stylesheet pairs them.
const textPairs: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent-fg', 'accent'],
  ['danger-fg', 'danger'],
  ['danger-text', 'bg'],
  ['fg', 'ins-bg'],
  ['fg', 'ins-word-bg'],
  ['fg', 'del-bg'],
  ['fg', 'del-word-bg'],
  ['ins-fg', 'ins-bg'],
  ['del-fg', 'del-bg'],
  ['fg', 'warning-bg'],
  ['fg', 'notice-bg'],
  ['fold-fg', 'fold-bg'],
]

const themes = {
  light: colours(":root,\n[data-theme='light']"),
  'dark (data-theme)': colours("[data-theme='dark']"),
  'dark (prefers-color-scheme)': colours(":root:not([data-theme='light'])"),
}

describe('styles.css', () => {
  it.each(Object.entries(themes))('meets WCAG AA for every text pair in %s', (_name, theme) => {
    const failing = textPairs
      .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(theme[fg]!, theme[bg]!) }))
      .filter(({ ratio }) => !(ratio >= 4.5))
    expect(failing).toEqual([])
    // focus rings are non-text: 3:1 against the page
    expect(contrast(theme.focus!, theme.bg!)).toBeGreaterThanOrEqual(3)
  })

  it('defines the same dark theme for the media query and data-theme="dark"', () => {
    expect(themes['dark (prefers-color-scheme)']).toEqual(themes['dark (data-theme)'])
    expect(Object.keys(themes.light).toSorted()).toEqual(
      Object.keys(themes['dark (data-theme)']).toSorted(),
    )
  })
})
