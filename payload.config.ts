import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { createDatabaseAdapter } from '@/config/database'
import { createNewsroomConfig } from '@/config/newsroomConfig'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig(
  createNewsroomConfig({ db: createDatabaseAdapter(process.env.DATABASE_URI), rootDir }),
)
