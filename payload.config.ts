import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { createDatabaseAdapter } from '@/config/database'
import { createNewsroomConfig } from '@/config/newsroomConfig'
import { revalidateReaderSite } from '@/site/revalidate'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig(
  createNewsroomConfig({
    db: createDatabaseAdapter(process.env.DATABASE_URI),
    // Publishing, unpublishing and approved comments re-render exactly the pages they show on.
    onPublicChange: revalidateReaderSite,
    rootDir,
  }),
)
