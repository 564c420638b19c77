/**
 * The resolver's parts, for custom layouts (`import { Resolver } from 'react-conflict-kit'`).
 * `Resolver.Root` takes a `useConflictResolution` result (which carries its conflict) and
 * provides it; every other part reads it and renders one element, with the class names and
 * data attributes `ConflictResolver` has, refs forwarded and handlers composed (a handler
 * passed in runs first; `event.preventDefault()` in it keeps the part's own from running).
 * `ConflictResolver` itself is a composition of these parts.
 */
export { Root } from './ResolverRoot'
export type { RootProps } from './ResolverRoot'
export { Body, Footer, Header, Intro, Review, Summary, Title } from './ResolverSections'
export type {
  BodyProps,
  FooterProps,
  HeaderProps,
  IntroProps,
  ReviewProps,
  SummaryProps,
  TitleProps,
} from './ResolverSections'
export {
  AcceptAll,
  Close,
  Discard,
  LayoutPicker,
  Navigate,
  ReviewToggle,
  Save,
  Status,
} from './ResolverControls'
export type {
  AcceptAllProps,
  CloseProps,
  DiscardProps,
  LayoutPickerProps,
  NavigateProps,
  ReviewToggleProps,
  SaveProps,
  StatusProps,
} from './ResolverControls'
export { Slots } from './ResolverSlots'
export type { SlotsProps } from './ResolverSlots'
export { ResolverSlot as Slot } from './ResolverSlot'
export type { ResolverSlotProps as SlotProps } from './ResolverSlot'
