// The kit's stylesheet, loaded for every story. A .js module because TypeScript cannot
// declare a relative side-effect import of a .css file; styles.d.ts types this module.
// oxlint-disable-next-line import/no-unassigned-import
import '../src/components/styles.css'
