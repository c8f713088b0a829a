import { describe, expect, it } from 'vitest'
import { layoutNeighbourhood } from './neighbourhoodLayout'

const size = { width: 300, height: 200, margin: 20 }
/** Which ring a point is on: 1 at the edge of the picture (less the margin), 0 in the middle. */
const ringOf = (point: { x: number; y: number }) => Math.hypot((point.x - 150) / 130, (point.y - 100) / 80)

describe('layoutNeighbourhood', () => {
  it('puts the story in the middle, its links on an inner ring and their links on an outer ring, all inside the picture', () => {
    const nodes = [
      { id: 1, distance: 0 },
      { id: 2, distance: 1 },
      { id: 3, distance: 1 },
      { id: 4, distance: 2 },
      { id: 5, distance: 2 }
    ]
    const edges = [
      { from: 1, to: 2 },
      { from: 3, to: 1 },
      { from: 2, to: 4 },
      { from: 5, to: 3 }
    ]
    const positions = layoutNeighbourhood(nodes, edges, size)
    expect(positions.get(1)).toEqual({ x: 150, y: 100 })
    expect(ringOf(positions.get(2)!)).toBeCloseTo(0.5)
    expect(ringOf(positions.get(3)!)).toBeCloseTo(0.5)
    expect(ringOf(positions.get(4)!)).toBeCloseTo(1)
    expect(ringOf(positions.get(5)!)).toBeCloseTo(1)
    for (const point of positions.values()) {
      expect(point.x).toBeGreaterThanOrEqual(size.margin)
      expect(point.x).toBeLessThanOrEqual(size.width - size.margin)
      expect(point.y).toBeGreaterThanOrEqual(size.margin)
      expect(point.y).toBeLessThanOrEqual(size.height - size.margin)
    }
    // Each outer story sits on its parent's side of the picture.
    expect(Math.sign(positions.get(4)!.x - 150)).toBe(Math.sign(positions.get(2)!.x - 150))
    expect(Math.sign(positions.get(5)!.x - 150)).toBe(Math.sign(positions.get(3)!.x - 150))
  })

  it('uses the whole picture for direct links when nothing is two links away', () => {
    const positions = layoutNeighbourhood(
      [
        { id: 1, distance: 0 },
        { id: 2, distance: 1 }
      ],
      [{ from: 1, to: 2 }],
      size
    )
    expect(ringOf(positions.get(2)!)).toBeCloseTo(1)
  })
})
