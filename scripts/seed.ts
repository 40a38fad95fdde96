// `npm run seed`: loads the demo newsroom into the configured database (development only).
// Runs through `payload run`, which loads the app's config; safe to run again, it skips what exists.
import config from '@payload-config'
import { getPayload } from 'payload'

import { formatSummary, seedDemoNewsroom } from '@/demo/seed'
import { askAppToRevalidate } from '@/site/revalidate'

const payload = await getPayload({ config })

try {
  const summary = await seedDemoNewsroom(payload, { log: (line) => console.log(line) })
  for (const line of formatSummary(summary)) console.log(line)
  // A running app re-renders its reader pages from the seeded content (none running: nothing to do).
  console.log(`reader site: ${(await askAppToRevalidate('everything', payload.secret)).message}`)
} catch (error) {
  console.error(error)
  process.exit(1)
}
// Payload keeps database handles and the jobs cron open; the seed is done.
process.exit(0)
