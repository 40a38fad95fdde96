import type { FieldAccess } from 'payload'

/**
 * For server-owned fields (`publishedAt`, `commentCount`, moderation…): no client may write them
 * through any API; hooks set them.
 */
export const nobody: FieldAccess = () => false
