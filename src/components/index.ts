// Drop-in components. `labels` props take a partial object of their texts (see each component's
// props); test/exports.test.ts snapshots this list.
export { ConflictResolver } from './ConflictResolver/ConflictResolver'
export type { ConflictResolverProps } from './ConflictResolver/ConflictResolver'
export { DiffView } from './DiffView/DiffView'
export type { DiffViewProps } from './DiffView/DiffView'
export type { DiffViewLabels } from './DiffView/diffViewLabels'
export type { ConflictResolverLabels } from './ConflictResolver/conflictResolverLabels'
export { SignupConflictPrompt } from './SignupConflictPrompt/SignupConflictPrompt'
export type { SignupConflictPromptProps } from './SignupConflictPrompt/SignupConflictPrompt'
export type { SignupConflictPromptLabels } from './SignupConflictPrompt/signupConflictPromptLabels'
export { StaleBanner } from './StaleBanner/StaleBanner'
export type { StaleBannerLabels, StaleBannerProps } from './StaleBanner/StaleBanner'
export { StateConflictNotice } from './StateConflictNotice/StateConflictNotice'
export type {
  StateConflictNoticeLabels,
  StateConflictNoticeProps,
} from './StateConflictNotice/StateConflictNotice'
// The resolver's parts for custom layouts (`Resolver.Root`, `Resolver.Slot`, ...).
export * as Resolver from './ConflictResolver/parts'
export type { ResolverLayout } from './ConflictResolver/resolverContext'
