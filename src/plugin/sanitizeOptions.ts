import path from 'node:path'

import { DEFAULT_API_CACHE } from '@/api/cacheControl'

import type { NewsroomPluginOptions, SanitizedNewsroomOptions } from './types'

export const sanitizeOptions = (options: NewsroomPluginOptions = {}): SanitizedNewsroomOptions => ({
  enabled: options.enabled ?? true,
  firstUserIsAdmin: options.firstUserIsAdmin ?? true,
  secureCookies: options.secureCookies ?? process.env.NODE_ENV === 'production',
  userFields: options.userFields ?? [],
  jobsCron: options.jobsCron ?? '* * * * *',
  mediaDir: path.resolve(options.mediaDir ?? 'media'),
  onPublicChange: options.onPublicChange,
  apiCache: options.apiCache ?? DEFAULT_API_CACHE,
})
