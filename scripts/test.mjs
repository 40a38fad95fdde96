#!/usr/bin/env node
// `npm test`: everything that can run on this machine, in order, with one closing count.
//   typecheck · lint (ESLint + Prettier) · generated files current · unit · integration on every
//   configured adapter (SQLite always; PostgreSQL with POSTGRES_URL; MongoDB with MONGODB_URI) · e2e
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const results = path.resolve('test-results')
fs.mkdirSync(results, { recursive: true })

const adapters = [
  'sqlite',
  ...(process.env.POSTGRES_URL ? ['postgres'] : []),
  ...(process.env.MONGODB_URI ? ['mongodb'] : []),
]
const skippedAdapters = [
  ...(process.env.POSTGRES_URL ? [] : ['postgres (set POSTGRES_URL)']),
  ...(process.env.MONGODB_URI ? [] : ['mongodb (set MONGODB_URI)']),
]

const summary = []
const totals = { passed: 0, failed: 0, skipped: 0 }

const run = (command, args, env = {}) => {
  const started = Date.now()
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return { ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) }
}

const check = (name, command, args) => {
  console.log(`\n▶ ${name}`)
  const { ok, seconds } = run(command, args)
  summary.push(`${ok ? '✓' : '✗'} ${name} (${seconds}s)`)
  totals[ok ? 'passed' : 'failed']++
}

const vitest = (name, args, env = {}) => {
  console.log(`\n▶ ${name}`)
  const report = path.join(results, `${name.replace(/\W+/g, '-')}.json`)
  fs.rmSync(report, { force: true })
  const { ok, seconds } = run(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  )
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 }
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests + (ok || json.numFailedTests ? 0 : 1),
      skipped: json.numPendingTests + json.numTodoTests,
    }
  }
  for (const key of Object.keys(totals)) totals[key] += counts[key]
  summary.push(
    `${ok ? '✓' : '✗'} ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds}s)`,
  )
}

check('typecheck', 'npx', ['tsc', '--noEmit'])
check('eslint', 'npx', ['eslint', '.', '--max-warnings', '0'])
check('prettier', 'npx', ['prettier', '--check', '.'])
check('generated files current', 'node', ['scripts/generate.mjs', '--check'])
vitest('unit', ['--project', 'unit'])
for (const adapter of adapters) vitest(`integration on ${adapter}`, ['--project', `int:${adapter}`])
vitest('e2e', ['--config', 'vitest.e2e.config.ts'])

console.log('\n──────── newsroom test summary ────────')
for (const line of summary) console.log(line)
console.log(`integration adapters run: ${adapters.join(', ')}`)
if (skippedAdapters.length)
  console.log(`integration adapters not run: ${skippedAdapters.join(', ')}`)
console.log('(the 4 static checks above count as one test each)')
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed ? 1 : 0)
