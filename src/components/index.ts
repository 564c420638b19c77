export { DiffView } from './DiffView/DiffView'
export type { DiffViewProps } from './DiffView/DiffView'
export { defaultDiffViewLabels } from './DiffView/diffViewLabels'
export type { DiffViewLabels } from './DiffView/diffViewLabels'
export type { DiffViewMode } from './DiffView/layoutDiffItems'
export { SignupConflictPrompt } from './SignupConflictPrompt/SignupConflictPrompt'
export type { SignupConflictPromptProps } from './SignupConflictPrompt/SignupConflictPrompt'
export { defaultSignupConflictPromptLabels } from './SignupConflictPrompt/signupConflictPromptLabels'
export type { SignupConflictPromptLabels } from './SignupConflictPrompt/signupConflictPromptLabels'
export { StaleBanner, defaultStaleBannerLabels } from './StaleBanner/StaleBanner'
export type { StaleBannerLabels, StaleBannerProps } from './StaleBanner/StaleBanner'
export {
  StateConflictNotice,
  defaultStateConflictNoticeLabels,
} from './StateConflictNotice/StateConflictNotice'
export type {
  StateConflictNoticeLabels,
  StateConflictNoticeProps,
} from './StateConflictNotice/StateConflictNotice'
export { ConflictResolver } from './ConflictResolver/ConflictResolver'
export type { ConflictResolverProps } from './ConflictResolver/ConflictResolver'
export { defaultConflictResolverLabels } from './ConflictResolver/conflictResolverLabels'
export type { ConflictResolverLabels } from './ConflictResolver/conflictResolverLabels'
export * as Resolver from './ConflictResolver/parts'
export type { ResolverLayout } from './ConflictResolver/resolverContext'
