export interface LngLat {
  lng: number;
  lat: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in km; road distance in China is typically 1.2–1.4x this. */
export function distanceKm(a: LngLat, b: LngLat): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** China's extent incl. the South China Sea islands (三沙), for sanity checks on coordinates. */
export const CHINA_BOUNDS = { minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 } as const;

export function isInChina({ lng, lat }: LngLat): boolean {
  return lng >= CHINA_BOUNDS.minLng && lng <= CHINA_BOUNDS.maxLng && lat >= CHINA_BOUNDS.minLat && lat <= CHINA_BOUNDS.maxLat;
}
