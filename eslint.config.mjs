// ESLint for every process's code. Besides the usual TypeScript and React hooks rules it carries Marsad's layering
// (docs/architecture.md), so an editor shows a wrong import as it is typed: arrows point one way (renderer, preload →
// shared; main, cli → core, shared; core → shared), only main and preload import electron, shared, renderer and
// preload import no Node module, a core folder is entered through its index, and only lib/api.ts touches
// window.marsad. (That only core/library writes SQL is checked by test/architecture.test.ts.)
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** An import that climbs into one of these top-level folders of src. */
const intoLayers = (layers, message) => ({ regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`, message })
const nodeModules = { regex: '^node:', message: 'This layer runs without Node (sandboxed window, or code both sides share).' }
const electron = { regex: '^electron(/|$)', message: 'Only src/main and src/preload import electron.' }

/** What each layer may not import. */
const layerRules = {
  shared: [intoLayers(['core', 'main', 'cli', 'preload', 'renderer'], 'src/shared imports only src/shared.'), nodeModules, electron],
  core: [intoLayers(['main', 'cli', 'preload', 'renderer'], 'src/core imports only src/core and src/shared.'), electron],
  main: [intoLayers(['cli', 'preload', 'renderer'], 'src/main imports only src/main, src/core and src/shared.')],
  cli: [intoLayers(['main', 'preload', 'renderer'], 'src/cli imports only src/cli, src/core and src/shared.'), electron],
  preload: [intoLayers(['core', 'main', 'cli', 'renderer'], 'src/preload imports only src/preload and src/shared.'), nodeModules],
  renderer: [
    intoLayers(['core', 'main', 'cli', 'preload'], 'src/renderer talks to the rest only through window.marsad (lib/api.ts).'),
    nodeModules,
    electron
  ]
}

const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

/**
 * A core folder is entered through its index: from a file `depth` folders below src/core, an import that climbs to
 * src/core and goes down two levels (`../library/storyRepository`) is refused unless it names the index.
 */
function coreFolderRules(depth) {
  const up = depth === 0 ? './' : '../'.repeat(depth)
  const escaped = up.replace(/\./g, '\\.')
  return {
    files: [depth === 0 ? 'src/core/*.ts' : `src/core/${'*/'.repeat(depth)}*.ts`],
    rules: restrictImports([
      ...layerRules.core,
      {
        regex: `^${escaped}[^./][^/]*/(?!index$)`,
        message: 'Enter another core folder through its index (import from the folder, not from a file inside it).'
      }
    ])
  }
}

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'native/**', 'resources/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'marsad',
          message: 'Only src/renderer/src/lib/api.ts touches window.marsad; import `api` from there.'
        }
      ]
    }
  },
  { files: ['src/renderer/src/lib/api.ts'], rules: { 'no-restricted-properties': 'off' } },
  // Playwright reads a fixture's dependencies from its parameter's pattern: `({}, use)` names none.
  { files: ['test/**/fixtures.ts'], rules: { 'no-empty-pattern': 'off' } },
  {
    // Plain Node scripts: the build, test and setup steps.
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } }
  },
  ...['shared', 'main', 'cli', 'preload', 'renderer'].map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: restrictImports(layerRules[layer])
  })),
  coreFolderRules(0),
  coreFolderRules(1),
  coreFolderRules(2),
  prettier
)
