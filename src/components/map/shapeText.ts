/** What the location editor says of its shape (issue #3, point 7), in its polite status. */
import type { EditorLabels, Parts, Shape } from './editorLabels.ts';
import { fill } from './mapLabels.ts';

type ShapeLabels = Pick<EditorLabels, 'noShape' | 'shapePolygon' | 'shapeLine' | 'shapeParts' | 'shapeFixed'>;

const describe = (labels: ShapeLabels, s: Shape | Parts) =>
  s.type === 'MultiPolygon'
    ? fill(labels.shapeParts, { n: s.coordinates.length })
    : fill(s.type === 'Polygon' ? labels.shapePolygon : labels.shapeLine, { n: s.type === 'Polygon' ? s.coordinates[0].length - 1 : s.coordinates.length });

/**
 * The drawn shape, or the one shown but not editable (`fixed`, which wins), or none.
 * @example shapeText(labels, { type: 'LineString', coordinates: [[9.1, 45.4], [9.2, 45.5]] }, null) // 'Shape: a line with 2 vertices.'
 */
export function shapeText(labels: ShapeLabels, shape: Shape | Parts | null, fixed: Shape | Parts | null): string {
  return fixed ? `${describe(labels, fixed)} ${labels.shapeFixed}` : shape ? describe(labels, shape) : labels.noShape;
}
