import type { Decorator, Preview } from '@storybook/react-vite'
import '../src/components/styles.css' // oxlint-disable-line import/no-unassigned-import
import { mswLoader } from './mswLoader'

/** Wraps every story in a themed surface; the toolbar's theme global picks the theme. */
const withTheme: Decorator = (Story, context) => {
  const theme = context.globals.theme as 'light' | 'dark' | 'system' | undefined
  return (
    <div
      data-theme={theme === 'system' ? undefined : (theme ?? 'light')}
      style={{
        background: 'var(--ck-color-bg)',
        color: 'var(--ck-color-fg)',
        fontFamily: 'var(--ck-font-family)',
        padding: '1rem',
        minHeight: '100vh',
        boxSizing: 'border-box',
      }}
    >
      <Story />
    </div>
  )
}

const preview: Preview = {
  decorators: [withTheme],
  // The live stories talk to a mock API served by msw's service worker.
  loaders: [mswLoader],
  globalTypes: {
    theme: {
      description: 'Colour theme of the kit (data-theme on an ancestor)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'Follow the system' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
  },
}

export default preview
