// The React entry point, `react-conflict-kit`: hooks and components, re-exporting the whole core
// (`react-conflict-kit/core` is the same core without React). test/exports.test.ts snapshots
// both lists, so adding a name is a decision.
export * from './hooks/index'
export * from './components/index'
export * from './core/index'
