import type { Region, Topic } from '@/payload-types'

import { asReader, buildingWithoutData, getPayloadClient } from './payload'

export type RegionNode = Pick<Region, 'id' | 'name' | 'slug' | 'description' | 'code'> & {
  parentId: string | null
  /** 0 for a root such as World, 1 for its continents and areas, 2 for countries. */
  depth: number
  /** This region and every region below it. */
  subtree: string[]
}

export type SectionTree = {
  regions: RegionNode[]
  topics: Pick<Topic, 'id' | 'name' | 'slug' | 'description'>[]
}

const parentIdOf = (parent: Region['parent']): string | null =>
  parent ? (typeof parent === 'object' ? parent.id : parent) : null

/**
 * All regions and topics, read once per render: the navigation, the front page's desks and a
 * region's sub-regions all come from this, instead of a query per desk.
 */
export const getSections = async (): Promise<SectionTree> => {
  if (buildingWithoutData()) return { regions: [], topics: [] }
  const payload = await getPayloadClient()
  const [regions, topics] = await Promise.all([
    payload.find({
      ...asReader,
      collection: 'regions',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true, description: true, code: true, parent: true },
      sort: 'name',
    }),
    payload.find({
      ...asReader,
      collection: 'topics',
      depth: 0,
      pagination: false,
      select: { name: true, slug: true, description: true },
      sort: 'name',
    }),
  ])
  const parents = new Map(regions.docs.map((region) => [region.id, parentIdOf(region.parent)]))
  const depthOf = (id: string): number => {
    let depth = 0
    for (let at = parents.get(id); at && depth < 10; at = parents.get(at)) depth++
    return depth
  }
  const below = (id: string): string[] => [
    id,
    ...regions.docs
      .filter((region) => parents.get(region.id) === id)
      .flatMap((child) => below(child.id)),
  ]
  return {
    regions: regions.docs.map((region) => ({
      id: region.id,
      name: region.name,
      slug: region.slug,
      description: region.description,
      code: region.code,
      parentId: parents.get(region.id) ?? null,
      depth: depthOf(region.id),
      subtree: below(region.id),
    })),
    topics: topics.docs,
  }
}

export const findRegion = (sections: SectionTree, slug: string) =>
  sections.regions.find((region) => region.slug === slug) ?? null

/** The chain from the root down to the region (World › Middle East › Yemen). */
export const regionTrail = (sections: SectionTree, region: RegionNode): RegionNode[] => {
  const byId = new Map(sections.regions.map((node) => [node.id, node]))
  const trail = [region]
  for (let at = region.parentId; at && trail.length < 10; at = byId.get(at)?.parentId ?? null) {
    const node = byId.get(at)
    if (node) trail.unshift(node)
  }
  return trail
}
