/**
 * Next calls `register` once when a server starts, before it serves a request. We boot Payload
 * here so that a production start applies pending migrations (and development pushes the schema
 * and creates the demo admin) before the first reader or editor arrives.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config })
}
