import { getStroke } from 'perfect-freehand';
import type { Point, Stroke } from './model.ts';

/**
 * The SVG path of a stroke's filled outline, by perfect-freehand: thinner
 * where a pen pressed lightly. Mice and fingers report no real pressure, so
 * for their strokes it is simulated from speed.
 */
export function strokePath(stroke: Stroke): string {
  const outline = getStroke(stroke.points, {
    size: stroke.size, thinning: 0.55, smoothing: 0.5, streamline: 0.45, simulatePressure: !stroke.pressure,
  }) as [number, number][];
  if (outline.length < 2) return '';
  // Quadratic curves through the outline's midpoints (perfect-freehand's own recipe): smooth and compact.
  const curves = outline.map(([x, y], index) => {
    const [nx, ny] = outline[(index + 1) % outline.length]!;
    return `${round(x)},${round(y)} ${round((x + nx) / 2)},${round((y + ny) / 2)}`;
  });
  return `M${round(outline[0]![0])},${round(outline[0]![1])} Q${curves.join(' ')}Z`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Whether the eraser at (x, y) with the given radius touches a stroke (any segment of its centre line). */
export function touchesStroke(stroke: Stroke, x: number, y: number, radius: number): boolean {
  const reach = radius + stroke.size / 2;
  const points = stroke.points;
  if (points.length === 1) return Math.hypot(points[0]![0] - x, points[0]![1] - y) <= reach;
  for (let index = 1; index < points.length; index++) {
    if (segmentDistance(points[index - 1]!, points[index]!, x, y) <= reach) return true;
  }
  return false;
}

/** Distance from (x, y) to the segment a–b. */
function segmentDistance([ax, ay]: Point, [bx, by]: Point, x: number, y: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  return Math.hypot(ax + t * dx - x, ay + t * dy - y);
}
