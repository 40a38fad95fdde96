import type { Payload } from 'payload'

import { isProduction } from '@/config/env'

/** Demo login printed on the first `npm run dev`. Never created in production. */
export const DEMO_ADMIN = {
  email: 'admin@newsroom.test',
  name: 'Demo Admin',
  password: 'newsroom-admin',
} as const

export const ensureDemoAdmin = async (payload: Payload): Promise<void> => {
  if (isProduction()) return
  // Startup task with no request behind it: it runs as the system.
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
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
