export * from './core/index'
export * from './hooks/index'
export * from './components/index'
