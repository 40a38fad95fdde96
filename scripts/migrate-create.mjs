#!/usr/bin/env node
// `npm run migrate:create -- <name>`: writes a schema migration for every SQL adapter at once
// (migrations/sqlite and migrations/postgres), from the snapshot of the newest committed one.
// No database is needed: Payload's migrate:create does not connect.
import { runPayloadCLI } from './payload.mjs'

const name = process.argv[2]
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('Usage: npm run migrate:create -- <name>   (letters, digits, - and _)')
  process.exit(1)
}

const dialects = {
  sqlite: 'file::memory:',
  postgres: 'postgres://offline@127.0.0.1:1/offline',
}

for (const [dialect, uri] of Object.entries(dialects)) {
  console.log(`▶ ${dialect}`)
  const result = runPayloadCLI(['migrate:create', name, '--skip-empty'], {
    env: { DATABASE_URI: uri },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
console.log('Done. Review and commit migrations/, then run `npm test`.')
