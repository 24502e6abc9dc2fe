/**
 * Where the point went, as a screen reader should say it: the coordinates written the way the
 * staff language writes numbers. "45.4908" in an Italian sentence reads as forty-five thousand
 * and more; "45,4908" as the decimal it is.
 * @example pointSaid('Punto spostato: latitudine {lat}, longitudine {lon}.', [9.2224, 45.4908], 'it-IT') // 'Punto spostato: latitudine 45,4908, longitudine 9,2224.'
 */
export function pointSaid(template: string, [lon, lat]: [number, number], intlLocale: string): string {
  const degrees = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 6 });
  return template.replace('{lat}', degrees.format(lat)).replace('{lon}', degrees.format(lon));
}
