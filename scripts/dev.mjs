#!/usr/bin/env node
// `npm run dev`: the app on the embedded SQLite default (or DATABASE_URI), with the demo admin.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const port = process.env.PORT || '3000'
fs.mkdirSync('data', { recursive: true })

const child = spawn('npx', ['next', 'dev', '--port', port], {
  stdio: 'inherit',
  env: { NEWSROOM_DEMO: 'true', NEXT_TELEMETRY_DISABLED: '1', ...process.env },
})
console.log(`Newsroom starting on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
