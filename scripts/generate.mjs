#!/usr/bin/env node
// Regenerates the committed generated files: `npm run generate`.
// With `--check` it regenerates into a temporary folder and fails if a committed file is stale.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { runPayloadCLI } from './payload.mjs'

const check = process.argv.includes('--check')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-generate-'))

const targets = [
  {
    file: 'src/payload-types.ts',
    args: ['generate:types'],
    env: (out) => ({ PAYLOAD_TS_OUTPUT_PATH: out }),
  },
  {
    file: 'schema.graphql',
    args: ['--graphql', 'generate:schema'],
    env: (out) => ({ PAYLOAD_GRAPHQL_SCHEMA_PATH: out }),
  },
  // The import map has no output option: it is regenerated in place and put back after the check.
  { file: 'src/app/(payload)/admin/importMap.js', args: ['generate:importmap'], env: null },
]

let stale = 0
for (const target of targets) {
  const out = target.env ? path.join(tmp, path.basename(target.file)) : target.file
  const before = fs.existsSync(target.file) ? fs.readFileSync(target.file, 'utf8') : null
  const result = runPayloadCLI(target.args, {
    env: check && target.env ? target.env(out) : {},
    stdio: 'pipe',
  })
  const written = fs.existsSync(check ? out : target.file)
    ? fs.readFileSync(check ? out : target.file, 'utf8')
    : null
  if (result.status !== 0 || written === null) {
    console.error(`✗ ${target.file}: generator failed\n${result.stdout}${result.stderr}`)
    process.exit(1)
  }
  if (!check) {
    console.log(`✓ ${target.file} regenerated`)
    continue
  }
  if (!target.env && before !== null) fs.writeFileSync(target.file, before)
  if (written !== before) {
    stale++
    console.error(`✗ ${target.file} is out of date: run \`npm run generate\` and commit the result`)
  } else {
    console.log(`✓ ${target.file} is current`)
  }
}
fs.rmSync(tmp, { recursive: true, force: true })
process.exit(stale ? 1 : 0)
