import config from '@payload-config'
import { getPayload } from 'payload'
import type { Payload } from 'payload'

import { isBuildPhase } from '@/config/env'

export const getPayloadClient = (): Promise<Payload> => getPayload({ config })

/**
 * `next build` has no database to read (the one the app will serve may not exist yet), so pages
 * rendered while building are empty shells; `npm start` expires them all before it takes its
 * first request (scripts/start.mjs), and each is rendered from the database on its first visit.
 */
export const buildingWithoutData = (): boolean => isBuildPhase()

/** Every read is an anonymous reader's unless a signed-in editor is previewing a draft. */
export const asReader = { overrideAccess: false } as const
