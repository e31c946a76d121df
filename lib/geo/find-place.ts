// Free-text geocoder for Chinese addresses and carrier scan locations ("【深圳市】南山区科技园营业部",
// "杭州转运中心", "北京市朝阳区"). Every known name (full and short form) goes into one character trie; a
// text is scanned once, and each reading of each match is scored by how well the rest of the text agrees
// with it, so "朝阳区" next to "长春" resolves to 长春's 朝阳区 and not 北京's.
import {
  cityPlace,
  districtPlace,
  getGazetteer,
  provincePlace,
  type CityEntry,
  type DistrictEntry,
  type Place,
  type ProvinceEntry,
} from "./gazetteer";
import { cityWeight } from "./major-cities";

type Reading =
  | { level: "province"; full: boolean; province: ProvinceEntry }
  | { level: "city"; full: boolean; city: CityEntry }
  | { level: "district"; full: boolean; district: DistrictEntry };

interface TrieNode {
  next: Map<number, TrieNode>;
  readings?: Reading[];
}

interface Match {
  start: number;
  end: number;
  readings: Reading[];
}

let trie: TrieNode | undefined;

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  const add = (key: string, reading: Reading) => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    (node.readings ??= []).push(reading);
  };
  for (const province of getGazetteer().provinces) {
    add(province.name, { level: "province", full: true, province });
    for (const short of province.shortNames) add(short, { level: "province", full: false, province });
    for (const city of province.cities) {
      add(city.name, { level: "city", full: true, city });
      for (const short of city.shortNames) add(short, { level: "city", full: false, city });
      for (const district of city.districts) {
        add(district.name, { level: "district", full: true, district });
        for (const short of district.shortNames) add(short, { level: "district", full: false, district });
      }
    }
  }
  return root;
}

// A short name followed by these is a street or building named after a place ("南京西路", "中山大道"),
// not the place itself.
const DIRECTIONS = "东西南北中";
const STREET_WORDS = ["路", "街", "道", "大道", "巷", "弄", "广场", "大厦", "小区", "花园", "公园", "村"];

function isStreetNameAt(text: string, end: number): boolean {
  const at = DIRECTIONS.includes(text[end] ?? "") ? end + 1 : end;
  return STREET_WORDS.some((word) => text.startsWith(word, at));
}

function scan(text: string): Match[] {
  trie ??= buildTrie();
  const matches: Match[] = [];
  for (let start = 0; start < text.length; start++) {
    let node: TrieNode | undefined = trie;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (!node.readings) continue;
      const end = i + 1;
      const readings = isStreetNameAt(text, end) ? node.readings.filter((r) => r.full) : node.readings;
      if (readings.length) matches.push({ start, end, readings });
    }
  }
  // A match inside a longer one is part of that name ("吉林" in "吉林市", "朝阳" in "朝阳区").
  return matches.filter(
    (m) => !matches.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
}

const provinceOf = (r: Reading): ProvinceEntry =>
  r.level === "province" ? r.province : r.level === "city" ? r.city.province : r.district.city.province;

interface Evidence {
  /** Another match names this reading's city (or, for a 直辖市, its province). */
  city: boolean;
  /** Another match names this reading's province. */
  province: boolean;
  /** Other matches none of whose readings can be in the same province/city. */
  conflicts: number;
}

function evidenceFor(reading: Reading, self: Match, matches: Match[]): Evidence {
  const province = provinceOf(reading);
  const city = reading.level === "district" ? reading.district.city : reading.level === "city" ? reading.city : undefined;
  const evidence: Evidence = { city: false, province: false, conflicts: 0 };
  for (const other of matches) {
    if (other === self) continue;
    let consistent = false;
    for (const r of other.readings) {
      if (r.level === "province" && r.province === province) {
        evidence.province = true;
        if (province.cityLevel) evidence.city = true;
        consistent = true;
      } else if (r.level === "city" && r.city === city) {
        evidence.city = true;
        consistent = true;
      } else if (provinceOf(r) === province && (r.level !== "district" || !city || r.district.city === city)) {
        consistent = true;
      }
    }
    if (!consistent) evidence.conflicts++;
  }
  return evidence;
}

/** Higher is better; -Infinity means the reading is not plausible on its own. */
function score(reading: Reading, self: Match, matches: Match[]): number {
  const evidence = evidenceFor(reading, self, matches);
  const form = reading.full ? 5 : 0;
  const conflictPenalty = 60 * evidence.conflicts;
  switch (reading.level) {
    case "province":
      return 10 + form - conflictPenalty;
    case "city": {
      // "吉林" or "海南" alone means the province, unless province and city are one (北京, 上海).
      const alsoProvince = self.readings.some(
        (r) => r.level === "province" && !(r.province.cityLevel && r.province === reading.city.province),
      );
      const shadowed = !reading.full && alsoProvince ? 15 : 0;
      return 20 + form + (evidence.province ? 40 : 0) - shadowed - conflictPenalty;
    }
    case "district": {
      const { name } = reading.district;
      if (!evidence.city && !evidence.province) {
        // Without a city or province beside it, only an unmistakable name counts: "朝阳区" yes, "城区" or
        // "南山" no; short county-level cities ("义乌", "昆山") are used like city names, so they count too.
        const distinctive = reading.full ? name.length >= 3 : name.endsWith("市");
        if (!distinctive) return -Infinity;
        return 20 + form - conflictPenalty;
      }
      return 30 + form + (evidence.city ? 100 : 0) + (evidence.province ? 20 : 0) - conflictPenalty;
    }
  }
}

function weightOf(reading: Reading): number {
  if (reading.level === "district") return cityWeight(reading.district.city) + (reading.district.name.endsWith("区") ? 0.5 : 0);
  if (reading.level === "city") return cityWeight(reading.city);
  return 0;
}

function toPlace(reading: Reading): Place {
  if (reading.level === "district") return districtPlace(reading.district);
  if (reading.level === "city") return cityPlace(reading.city);
  return provincePlace(reading.province);
}

/**
 * Geocodes free text to the most specific place it names, or null when it names none.
 * District results carry the district's own point when the source data has one, otherwise its city's.
 */
export function findPlace(text: string): Place | null {
  const matches = scan(text);
  let best: { reading: Reading; score: number; start: number; weight: number } | undefined;
  for (const match of matches) {
    for (const reading of match.readings) {
      const s = score(reading, match, matches);
      if (s === -Infinity) continue;
      // Ties: the earlier mention wins ("杭州转运中心发往广州" is in 杭州), then the bigger city.
      const better =
        !best ||
        s > best.score ||
        (s === best.score && (match.start < best.start || (match.start === best.start && weightOf(reading) > best.weight)));
      if (better) best = { reading, score: s, start: match.start, weight: weightOf(reading) };
    }
  }
  return best ? toPlace(best.reading) : null;
}
