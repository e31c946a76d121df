// Shape of gazetteer-data.json. Tuples keep the committed file small (~100 KB for ~3,000 districts).

/** A district with its own point, or just its name when only the city's point is known. */
export type RawDistrict = [name: string, lng: number, lat: number] | string;
export type RawCity = [name: string, lng: number, lat: number, districts: RawDistrict[]];
/** Province point is its capital's (or the city itself for 直辖市/SARs). */
export type RawProvince = [name: string, lng: number, lat: number, capital: string | null, cities: RawCity[]];

export interface GazetteerData {
  note: string;
  provinces: RawProvince[];
}
