import { spawn, spawnSync } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { chromiumMissingReason } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    e2eSkipReason: string
    /** The environment the app runs with, for tests that run Payload scripts against it. */
    appEnv: Record<string, string>
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

const waitForServer = async (url: string, server: ChildProcess, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`the app did not answer ${url} within ${timeoutMs / 1000}s`)
}

/**
 * Builds the app and starts it in production mode on a free port against a fresh SQLite file,
 * exactly as `npm run build && npm start` would.
 */
export default async function setup(project: TestProject) {
  const skip = chromiumMissingReason()
  project.provide('e2eSkipReason', skip ?? '')
  project.provide('baseURL', '')
  project.provide('appEnv', {})
  if (skip) {
    console.warn(`\ne2e skipped: ${skip}\n`)
    return
  }

  if (process.env.E2E_SKIP_BUILD !== 'true') {
    console.log('e2e: building the app (next build)…')
    const started = Date.now()
    const build = spawnSync('npx', ['next', 'build'], { encoding: 'utf8', env: process.env })
    if (build.status !== 0) {
      throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`)
    }
    console.log(`e2e: built in ${Math.round((Date.now() - started) / 1000)}s`)
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'))
  const port = await freePort()
  const baseURL = `http://localhost:${port}`
  const log = fs.openSync(path.join(dir, 'server.log'), 'w')
  const appEnv = {
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    SERVER_URL: baseURL,
  }
  const server = spawn('node', ['scripts/start.mjs'], {
    env: { ...process.env, ...appEnv },
    stdio: ['ignore', log, log],
    detached: true,
  })
  try {
    await waitForServer(`${baseURL}/api/users/me`, server, 120_000)
  } catch (error) {
    console.error(fs.readFileSync(path.join(dir, 'server.log'), 'utf8'))
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    throw error
  }
  console.log(`e2e: app serving at ${baseURL} (log: ${path.join(dir, 'server.log')})`)
  project.provide('baseURL', baseURL)
  project.provide('appEnv', appEnv)

  return () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    fs.rmSync(dir, { force: true, recursive: true })
  }
}
