import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * Runs axe-core on a rendered container and fails with the rule ids and targets found.
 * `color-contrast` is off because jsdom has no layout or computed colours to measure;
 * contrast is checked against styles.css by hand and in a real browser instead.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false } },
  })
  const found = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found).toEqual([])
}
