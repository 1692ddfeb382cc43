/** Layer rules of ARCHITECTURE.md §2, checked by `npm run lint:layers` (part of `npm test`). */
module.exports = {
  forbidden: [
    {
      name: 'protocol-imports-nothing-of-ours',
      comment: 'src/protocol is the bottom layer: it may import only its own files (and node/npm modules).',
      severity: 'error',
      from: { path: '^src/protocol/' },
      to: { path: '^src/', pathNot: '^src/protocol/' }
    },
    {
      name: 'raft-core-is-pure',
      comment: 'The Raft core imports only its own files and util/assert.ts: no I/O, no npm modules.',
      severity: 'error',
      from: { path: '^src/controller/raft/core/' },
      to: { pathNot: ['^src/controller/raft/core/', '^src/util/assert\\.ts$'] }
    },
    {
      name: 'storage-below-broker-and-controller',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/(broker|controller|admin|cli|node)/' }
    },
    {
      name: 'network-below-broker-and-controller',
      severity: 'error',
      from: { path: '^src/network/' },
      to: { path: '^src/(broker|controller|admin|cli|storage)/' }
    },
    {
      name: 'roles-do-not-import-the-node',
      comment: 'src/node wires a process from its roles: broker, controller and admin are given what they need and never reach back.',
      severity: 'error',
      from: { path: '^src/(broker|controller|admin|protocol|network|storage)/' },
      to: { path: '^src/node/' }
    },
    {
      name: 'handlers-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/broker/handlers/([0-9]+-[^/]+)\\.ts$' },
      to: { path: '^src/broker/handlers/[0-9]+-[^/]+\\.ts$' }
    },
    {
      name: 'src-does-not-import-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|tools)/' }
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] }
  }
}
