/**
 * Import rules checked across the whole tree by `pnpm lint` (dependency-cruiser): no circles,
 * type-only imports included (a circle through a type is still a tangle), and the layers of
 * docs/architecture.md. ESLint checks the package boundaries file by file as you type.
 */
const TESTS = ['\\.test(-d)?\\.tsx?$', '/testing/'];

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A module reaches itself again through its imports; move the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      comment: 'Apps import packages; the typed client may import the router’s type only.',
      from: { path: '^packages/' },
      to: { path: '^apps/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'entry-files-on-top',
      severity: 'error',
      comment: 'main.ts starts the process and server.ts builds it: nothing below imports them.',
      from: { path: '^apps/[^/]+/src/', pathNot: [...TESTS, '^apps/[^/]+/src/main\\.ts$'] },
      to: { path: '^apps/[^/]+/src/(main|server)\\.ts$' },
    },
    {
      name: 'services-are-use-cases',
      severity: 'error',
      comment: 'Services get their dependencies through the context, and know no router or CLI.',
      from: { path: '^apps/api/src/services/', pathNot: TESTS },
      to: { path: '^apps/api/src/(routers/|cli/|deps\\.ts$)' },
    },
    {
      name: 'routers-are-thin',
      severity: 'error',
      comment: 'A router validates input and calls a service; queries are the services’ business.',
      from: { path: '^apps/api/src/routers/', pathNot: TESTS },
      to: { path: '^packages/db/' },
    },
  ],
  options: {
    // Type-only imports count: `import type` from the server was how the last circle hid.
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.turbo|\\.data|test-artifacts)/' },
    // Workspace packages resolve through their `exports` to their TypeScript sources.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
  },
};
