// Mutation testing of core's decision files: `npm run test:mutation`. Per-file thresholds are
// checked from the JSON report by scripts/mutationScore.ts (Stryker's own `break` is global).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // TypeScript 7 is the native compiler and has no JavaScript API: Stryker's tsconfig step
  // would crash on it. vitest strips types itself, so no tsconfig and no type checker.
  tsconfigFile: 'test/mutation/no-tsconfig.json',
  checkers: [],
  mutate: [
    'src/core/resource/saveStep.ts',
    'src/core/resource/writePrecondition.ts',
    'src/core/merge/mergeValues.ts',
    'src/core/merge/mergeText.ts',
    'src/core/http/classify.ts',
    'src/core/draft/omitSecrets.ts',
  ],
  coverageAnalysis: 'perTest',
  // Two shared cores: one mutant at a time.
  concurrency: 1,
  // Only mutants whose code or covering tests changed are run again; the rest come from here.
  incremental: true,
  incrementalFile: 'test/mutation/stryker-incremental.json',
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false },
  tempDirName: 'test-results/stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
}
