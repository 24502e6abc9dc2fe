/** The location editor's strings (issue #3, point 7), translated on the server like MapLabels. */
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { Translate } from '../../i18n/useTranslations.ts';
import { mapLabels, type MapLabels } from './mapLabels.ts';

/** The one drawn shape a project may have beside its point: what Terra Draw draws and edits. */
export type Shape = Polygon | LineString;

/** An area in several parts: Terra Draw edits each part as a polygon of its own. */
export type Parts = MultiPolygon;

/** What the map's clicks do: nothing, draw an area or a line, or edit the shape drawn. */
export type DrawMode = 'static' | 'polygon' | 'linestring' | 'select';

export interface EditorLabels {
  map: MapLabels;
  title: string;
  lat: string;
  lon: string;
  coordsHint: string;
  placeHere: string;
  drawArea: string;
  /** Draws one more part of the area instead of replacing it. */
  addPart: string;
  drawLine: string;
  editShape: string;
  deleteShape: string;
  drawHint: string;
  /** 'Neighbourhood {nil}, Municipio {n}.' */
  located: string;
  outside: string;
  noShape: string;
  shapePolygon: string;
  shapeLine: string;
  /** 'Shape: an area in {n} parts.' */
  shapeParts: string;
  /** Said of a shape the map shows but cannot edit (holes, a ring that crosses itself). */
  shapeFixed: string;
  invalidCoords: string;
  /** The point's marker: its accessible name says the arrow keys move it. */
  marker: string;
  /** Visible keyboard help, the marker's description. */
  markerHint: string;
  /** 'Point moved: latitude {lat}, longitude {lon}.', read out after the marker stops. */
  moved: string;
}

export function editorLabels(t: Translate): EditorLabels {
  return {
    map: mapLabels(t),
    title: t('editor.title'),
    lat: t('editor.lat'),
    lon: t('editor.lon'),
    coordsHint: t('editor.coordsHint'),
    placeHere: t('editor.placeHere'),
    drawArea: t('editor.drawArea'),
    addPart: t('editor.addPart'),
    drawLine: t('editor.drawLine'),
    editShape: t('editor.editShape'),
    deleteShape: t('editor.deleteShape'),
    drawHint: t('editor.drawHint'),
    located: t('editor.located'),
    outside: t('editor.outside'),
    noShape: t('editor.noShape'),
    shapePolygon: t('editor.shapePolygon'),
    shapeLine: t('editor.shapeLine'),
    shapeParts: t('editor.shapeParts'),
    shapeFixed: t('editor.shapeFixed'),
    invalidCoords: t('editor.invalidCoords'),
    marker: t('staff.location.marker'),
    markerHint: t('staff.location.markerHint'),
    moved: t('staff.location.moved'),
  };
}
