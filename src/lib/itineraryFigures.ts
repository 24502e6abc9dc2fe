/**
 * An itinerary's length and duration in the reader's language, through Intl units, so no
 * locale needs its own "km" or "hours" string.
 * @example itineraryFigures({ distanceKm: 5.5, hours: 2 }, 'en-GB') // { distance: '5.5 km', duration: '2 hours' }
 */
export function itineraryFigures(d: { distanceKm: number; hours: number }, intl: string) {
  const distance = new Intl.NumberFormat(intl, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(d.distanceKm);
  const duration = new Intl.NumberFormat(intl, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(d.hours);
  return { distance, duration };
}
