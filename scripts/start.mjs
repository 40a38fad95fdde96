#!/usr/bin/env node
// `npm start`: serves the production build. Payload applies pending migrations while the server
// starts (src/instrumentation.ts), before the first request is answered.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

process.env.NODE_ENV = 'production'
const port = process.env.PORT || '3000'

const secret = process.env.PAYLOAD_SECRET ?? ''
if (secret.length < 32) {
  console.error(
    'Refusing to start: PAYLOAD_SECRET must be set to a random string of at least 32 characters\n' +
      'in production (e.g. `export PAYLOAD_SECRET=$(openssl rand -hex 32)`).',
  )
  process.exit(1)
}
if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next/: run `npm run build` first.')
  process.exit(1)
}
if (!process.env.DATABASE_URI) fs.mkdirSync('data', { recursive: true })

const child = spawn('npx', ['next', 'start', '--port', port], {
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
