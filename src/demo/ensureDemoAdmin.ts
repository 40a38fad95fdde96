import type { Payload } from 'payload'

import { isProduction } from '@/config/env'

/** Demo login printed on the first `npm run dev`. Never created in production. */
export const DEMO_ADMIN = {
  email: 'admin@newsroom.test',
  name: 'Demo Admin',
  password: 'newsroom-admin',
} as const

/**
 * On a development start: creates the demo admin on an empty database, then loads the demo
 * newsroom while there are no articles yet, so a fresh clone opens on a full front page.
 */
export const ensureDemoAdmin = async (payload: Payload): Promise<void> => {
  if (isProduction()) return
  // Startup task with no request behind it: it runs as the system.
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { ...DEMO_ADMIN, roles: ['admin'] },
      overrideAccess: true,
    })
    const line = '─'.repeat(60)
    payload.logger.info(
      [
        '',
        line,
        'Demo admin account created (development only):',
        `  email:    ${DEMO_ADMIN.email}`,
        `  password: ${DEMO_ADMIN.password}`,
        'Sign in at /admin',
        line,
      ].join('\n'),
    )
  }

  const articles = await payload.count({ collection: 'articles', overrideAccess: true })
  if (articles.totalDocs > 0) return
  // Loaded only when needed: the demo content and image generation stay out of normal starts.
  const { formatSummary, seedDemoNewsroom } = await import('./seed')
  try {
    const summary = await seedDemoNewsroom(payload, { log: (line) => payload.logger.info(line) })
    payload.logger.info(formatSummary(summary).join('\n'))
  } catch (error) {
    // A broken demo seed must not keep the app from starting; `npm run seed` retries it.
    payload.logger.error({ err: error }, 'Seeding the demo newsroom failed')
  }
}
