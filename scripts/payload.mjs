#!/usr/bin/env node
// Runs the Payload CLI (`payload …`) or, with `--graphql`, Payload's GraphQL CLI (`payload-graphql …`).
// On Node 20 Lexical's Node entry can hang on a top-level `await import()` (payloadcms/payload#16381)
// and the CLI then exits silently having done nothing; the "development" export condition avoids it.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

export const runPayloadCLI = (args, { env = {}, stdio = 'inherit' } = {}) => {
  const graphql = args[0] === '--graphql'
  const bin = graphql
    ? path.resolve('node_modules', '@payloadcms', 'graphql', 'bin.js')
    : path.resolve('node_modules', 'payload', 'bin.js')
  const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=development']
    .filter(Boolean)
    .join(' ')
  return spawnSync(process.execPath, [bin, ...(graphql ? args.slice(1) : args)], {
    encoding: 'utf8',
    env: { ...process.env, ...env, NODE_OPTIONS: nodeOptions },
    stdio,
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(runPayloadCLI(process.argv.slice(2)).status ?? 1)
}
