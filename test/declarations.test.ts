import { rewriteSpecifiers } from '../scripts/fixDeclarationImports'

// A declaration folder: index.d.ts, types.d.ts, merge/index.d.ts, merge/mergeText.d.ts.
const files = new Set([
  './index.d.ts',
  './types.d.ts',
  './merge/index.d.ts',
  './merge/mergeText.d.ts',
])
const isFile = (path: string) => files.has(path.replace(/^\.\/\.\//, './'))

describe('rewriteSpecifiers', () => {
  it.each([
    ["export * from './types';", "export * from './types.js';"],
    ["import type { A } from './types';", "import type { A } from './types.js';"],
    ["export { mergeText } from './merge';", "export { mergeText } from './merge/index.js';"],
    [
      "export type { X } from './merge/mergeText';",
      "export type { X } from './merge/mergeText.js';",
    ],
    ['type T = import("./types").A;', 'type T = import("./types.js").A;'],
    ["import './types';", "import './types.js';"],
    ["export * from '.';", "export * from './index.js';"],
  ])('%s', (input, output) => {
    expect(rewriteSpecifiers(input, isFile)).toBe(output)
  })

  it('leaves package specifiers alone and is idempotent', () => {
    const text = "import type { Ref } from 'react';\nexport * from './types.js';\n"
    expect(rewriteSpecifiers(text, isFile)).toBe(text)
  })

  it('fails on a specifier that names no declaration file', () => {
    expect(() => rewriteSpecifiers("export * from './gone';", isFile, 'x.d.ts')).toThrow(
      "x.d.ts: './gone' names no declaration file",
    )
  })
})
