import * as core from '../../src/core/index'

test('core entry loads without React', () => {
  expect(typeof core).toBe('object')
})
