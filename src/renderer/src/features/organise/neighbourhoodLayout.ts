import type { NeighbourhoodEdge, NeighbourhoodNode } from '../../../../shared/contract/organise'

export interface Point {
  x: number
  y: number
}

/**
 * Places a story's neighbourhood on rings (ellipses that fill the picture): the story in the middle, the stories
 * one link away on an inner ring, two links away on an outer ring, each outer story near the inner story it hangs
 * from, so lines cross little. Plain geometry, no physics: the same neighbourhood always looks the same.
 */
export function layoutNeighbourhood(
  nodes: readonly Pick<NeighbourhoodNode, 'id' | 'distance'>[],
  edges: readonly Pick<NeighbourhoodEdge, 'from' | 'to'>[],
  size: { width: number; height: number; margin: number }
): Map<number, Point> {
  const centre = { x: size.width / 2, y: size.height / 2 }
  const reach = { x: size.width / 2 - size.margin, y: size.height / 2 - size.margin }
  const inner = nodes.filter((node) => node.distance === 1)
  const outer = nodes.filter((node) => node.distance >= 2)
  const innerRing = outer.length > 0 ? 0.5 : 1
  /** A point on the ring `ring` (1 = the edge of the picture) at `angle`. */
  const at = (ring: number, angle: number): Point => ({
    x: centre.x + ring * reach.x * Math.cos(angle),
    y: centre.y + ring * reach.y * Math.sin(angle)
  })
  const evenly = (index: number, count: number) => (2 * Math.PI * index) / count

  const positions = new Map<number, Point>()
  for (const node of nodes) if (node.distance === 0) positions.set(node.id, centre)
  const innerAngle = new Map<number, number>()
  inner.forEach((node, index) => {
    const angle = evenly(index, inner.length)
    innerAngle.set(node.id, angle)
    positions.set(node.id, at(innerRing, angle))
  })

  const parentAngle = (id: number): number => {
    for (const edge of edges) {
      const other = edge.from === id ? edge.to : edge.to === id ? edge.from : null
      const angle = other === null ? undefined : innerAngle.get(other)
      if (angle !== undefined) return angle
    }
    return Number.POSITIVE_INFINITY
  }
  const byParent = outer.map((node) => ({ node, angle: parentAngle(node.id) })).sort((a, b) => a.angle - b.angle || a.node.id - b.node.id)
  // Turn the outer ring so that its first story sits at its parent's angle.
  const turn = byParent.length > 0 && Number.isFinite(byParent[0]!.angle) ? byParent[0]!.angle : 0
  byParent.forEach(({ node }, index) => positions.set(node.id, at(1, evenly(index, byParent.length) + turn)))
  return positions
}
