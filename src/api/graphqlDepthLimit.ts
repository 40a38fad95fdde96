import { GraphQLError, Kind } from 'graphql'
import type { ASTNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

/** Depth of a selection set: one per nested field; `__typename`, `__schema`… do not count. */
const depthOf = (
  selectionSet: SelectionSetNode | undefined,
  context: ValidationContext,
  visited: Set<string>,
): number => {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, context, visited))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, context, visited))
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      if (visited.has(name)) continue
      const fragment = context.getFragment(name)
      deepest = Math.max(
        deepest,
        depthOf(fragment?.selectionSet, context, new Set([...visited, name])),
      )
    }
  }
  return deepest
}

/**
 * Refuses an operation nested deeper than `maxDepth` fields before it runs, with a message a
 * developer can act on, instead of letting region → articles → relatedArticles → … time out.
 */
export const createDepthLimitRule =
  (maxDepth: number): ValidationRule =>
  (context) => ({
    OperationDefinition(node: ASTNode) {
      if (node.kind !== Kind.OPERATION_DEFINITION) return
      const depth = depthOf(node.selectionSet, context, new Set())
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(
            `Query is ${depth} levels deep; the limit is ${maxDepth}. Ask for fewer nested relations, or make a second query.`,
            { nodes: [node] },
          ),
        )
      }
    },
  })
