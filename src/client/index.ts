import { PayloadSDK } from '@payloadcms/sdk'

import type { Config } from '@/payload-types'

export { PayloadSDKError } from '@payloadcms/sdk'

export type NewsroomClientOptions = {
  /** The API root, e.g. `https://news.example.com/api`. */
  baseURL: string
  /** A JWT from `POST /api/users/login`; sent as `Authorization: JWT <token>`. Readers need none. */
  token?: string
  /** A `fetch` of your own (tests route it to the handlers in-process; React Native passes its own). */
  fetch?: typeof fetch
}

/** Payload's REST client, typed with the newsroom's generated collections and globals. */
export type NewsroomClient = PayloadSDK<Config>

/**
 * A typed client for the newsroom's REST API: `client.find({ collection: 'articles', ... })`
 * returns `Article` documents, and a misspelt collection or field is a compile error.
 */
export const createNewsroomClient = ({
  baseURL,
  fetch,
  token,
}: NewsroomClientOptions): NewsroomClient =>
  new PayloadSDK<Config>({
    baseURL: baseURL.replace(/\/+$/, ''),
    // A plain object: the SDK spreads these into each request's headers.
    baseInit: token ? { headers: { Authorization: `JWT ${token}` } } : {},
    fetch,
  })
