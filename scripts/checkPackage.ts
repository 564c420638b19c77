/**
 * Installs the packed package into two fresh projects and checks them as a new user would
 * (`npm run check:package`, after `npm run build`):
 *
 * - a Vite + React app with the strict `tsconfig` of Vite's react-ts template, `skipLibCheck:
 *   false` and `moduleResolution: bundler`, holding the README snippets (test/readme) and
 *   test/package/vite-app: typechecked, then built by Vite;
 * - a Node project with `module: NodeNext` and `skipLibCheck: false` using the core
 *   (test/package/node-client): compiled by tsc, run by Node, and typechecked again under
 *   `node16`.
 *
 * Both contain lines that are wrong on purpose under `@ts-expect-error`, so declarations that
 * silently degrade to `any` fail the check. Dependencies come from the npm cache
 * (`--prefer-offline`) at the versions this repository has installed. Exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const say = (line: string) => process.stdout.write(`${line}\n`)

function run(cmd: string, args: string[], cwd: string): void {
  say(`$ ${cmd} ${args.join(' ')}   (in ${cwd})`)
  const result = spawnSync(cmd, args, {
    cwd,
    stdio: 'inherit',
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_prefer_offline: 'true',
    },
  })
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`)
}

/** The version installed here, so that the fresh projects install from the npm cache. */
function installed(name: string): string {
  const manifest = JSON.parse(
    readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string }
  return manifest.version
}
const pinned = (names: string[]) => Object.fromEntries(names.map((n) => [n, installed(n)]))

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

function pack(into: string): string {
  const result = spawnSync('npm', ['pack', '--json', '--pack-destination', into], {
    cwd: root,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`npm pack failed: ${result.stderr}`)
  const [info] = JSON.parse(result.stdout) as { filename: string }[]
  return join(into, info!.filename)
}

function viteApp(dir: string, tarball: string): void {
  mkdirSync(join(dir, 'src/readme'), { recursive: true })
  cpSync(join(root, 'test/package/vite-app'), join(dir, 'src'), { recursive: true })
  for (const name of readdirSync(join(root, 'test/readme'))) {
    if (/\.tsx?$/.test(name) && !name.includes('.test.')) {
      cpSync(join(root, 'test/readme', name), join(dir, 'src/readme', name))
    }
  }
  writeJson(join(dir, 'package.json'), {
    name: 'fresh-vite-app',
    private: true,
    type: 'module',
    dependencies: {
      'react-conflict-kit': `file:${tarball}`,
      ...pinned(['react', 'react-dom', '@tanstack/react-query']),
    },
    devDependencies: pinned([
      '@types/react',
      '@types/react-dom',
      '@vitejs/plugin-react',
      'typescript',
      'vite',
    ]),
  })
  // Vite's react-ts template (tsconfig.app.json), with skipLibCheck turned off.
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      useDefineForClassFields: true,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      types: ['vite/client'],
      skipLibCheck: false,
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      moduleDetection: 'force',
      noEmit: true,
      jsx: 'react-jsx',
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      erasableSyntaxOnly: true,
      noFallthroughCasesInSwitch: true,
      noUncheckedSideEffectImports: true,
    },
    include: ['src'],
  })
  writeFileSync(
    join(dir, 'vite.config.ts'),
    "import react from '@vitejs/plugin-react'\nimport { defineConfig } from 'vite'\n\nexport default defineConfig({ plugins: [react()] })\n",
  )
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>\n</html>\n',
  )
  run('npm', ['install'], dir)
  run(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], dir)
  run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir)
  if (!existsSync(join(dir, 'dist/index.html'))) throw new Error('vite build wrote no app')
}

function nodeProject(dir: string, tarball: string): void {
  mkdirSync(join(dir, 'src'), { recursive: true })
  cpSync(join(root, 'test/package/node-client'), join(dir, 'src'), { recursive: true })
  writeJson(join(dir, 'package.json'), {
    name: 'fresh-node-client',
    private: true,
    type: 'module',
    dependencies: { 'react-conflict-kit': `file:${tarball}` },
    devDependencies: pinned(['@types/node', 'typescript']),
  })
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      types: ['node'],
      strict: true,
      skipLibCheck: false,
      outDir: 'out',
      rootDir: 'src',
    },
    include: ['src'],
  })
  run('npm', ['install'], dir)
  const tsc = join(dir, 'node_modules/.bin/tsc')
  run(tsc, ['-p', 'tsconfig.json'], dir)
  run(process.execPath, ['out/client.js'], dir)
  run(
    tsc,
    ['-p', 'tsconfig.json', '--noEmit', '--module', 'node16', '--moduleResolution', 'node16'],
    dir,
  )
}

if (!existsSync(join(root, 'dist/index.d.ts'))) {
  throw new Error('dist/ is missing: run `npm run build` first')
}
const work = mkdtempSync(join(tmpdir(), 'ck-package-'))
try {
  const tarball = pack(work)
  say(`packed ${tarball}`)
  viteApp(join(work, 'vite-app'), tarball)
  nodeProject(join(work, 'node-client'), tarball)
  say('package check: the Vite app and the NodeNext client typecheck (skipLibCheck false) and run')
} finally {
  rmSync(work, { recursive: true, force: true })
}
