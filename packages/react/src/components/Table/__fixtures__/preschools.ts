// Story and test data: the city's preschools with district, opening hours and places. Names and
// districts are Swedish proper names in every language (marked `lang="sv"` on English and Arabic
// pages); hours are minutes after midnight so they sort as numbers and format per language.

export interface Preschool {
  id: string;
  name: string;
  district: string;
  /** Opens and closes, minutes after midnight. */
  opens: number;
  closes: number;
  /** Places for children. */
  places: number;
}

export const preschools: readonly Preschool[] = [
  { id: 'linnegatan', name: 'Linnégatans förskola', district: 'Majorna-Linné', opens: 390, closes: 1080, places: 72 },
  { id: 'angasen', name: 'Ängåsens förskola', district: 'Askim-Frölunda-Högsbo', opens: 375, closes: 1065, places: 96 },
  { id: 'ankarparken', name: 'Ankarparkens förskola', district: 'Västra Hisingen', opens: 360, closes: 1080, places: 54 },
  { id: 'onnered', name: 'Önnereds förskola', district: 'Västra Göteborg', opens: 390, closes: 1050, places: 40 },
  { id: 'brunnsbo', name: 'Brunnsbo förskola', district: 'Norra Hisingen', opens: 360, closes: 1095, places: 120 },
  { id: 'akered', name: 'Åkereds förskola', district: 'Västra Göteborg', opens: 405, closes: 1035, places: 36 },
  { id: 'hammarkullen', name: 'Hammarkullens förskola', district: 'Angered', opens: 360, closes: 1080, places: 108 },
  { id: 'kvillebacken', name: 'Kvillebäckens förskola', district: 'Lundby', opens: 375, closes: 1080, places: 90 },
  { id: 'guldheden', name: 'Guldhedens förskola', district: 'Centrum', opens: 390, closes: 1065, places: 60 },
  { id: 'kortedala', name: 'Kortedala förskola', district: 'Östra Göteborg', opens: 360, closes: 1080, places: 84 },
  { id: 'lerlyckan', name: 'Lerlyckans förskola', district: 'Angered', opens: 375, closes: 1050, places: 48 },
  { id: 'bagaregarden', name: 'Bagaregårdens förskola', district: 'Örgryte-Härlanda', opens: 390, closes: 1080, places: 66 },
  { id: 'torslanda', name: 'Torslanda förskola', district: 'Västra Hisingen', opens: 360, closes: 1065, places: 102 },
  { id: 'masthugget', name: 'Masthuggets förskola', district: 'Majorna-Linné', opens: 405, closes: 1050, places: 42 },
  { id: 'bergsjon', name: 'Bergsjöns förskola', district: 'Östra Göteborg', opens: 360, closes: 1095, places: 78 },
  { id: 'eriksberg', name: 'Eriksbergs förskola', district: 'Lundby', opens: 390, closes: 1080, places: 56 },
  { id: 'kallebacksparken', name: 'Kålltorps förskola', district: 'Örgryte-Härlanda', opens: 375, closes: 1065, places: 64 },
  { id: 'tynnered', name: 'Tynnereds förskola', district: 'Västra Göteborg', opens: 360, closes: 1080, places: 88 },
  { id: 'vasastan', name: 'Vasastadens förskola', district: 'Centrum', opens: 420, closes: 1050, places: 30 },
  { id: 'gardsten', name: 'Gårdstens förskola', district: 'Angered', opens: 360, closes: 1080, places: 94 },
  { id: 'biskopsgarden', name: 'Biskopsgårdens förskola', district: 'Västra Hisingen', opens: 375, closes: 1080, places: 82 },
  { id: 'froland', name: 'Frölunda torgs förskola', district: 'Askim-Frölunda-Högsbo', opens: 390, closes: 1065, places: 70 },
  { id: 'olskroken', name: 'Olskrokens förskola', district: 'Östra Göteborg', opens: 405, closes: 1065, places: 44 },
  { id: 'backa', name: 'Backa förskola', district: 'Norra Hisingen', opens: 360, closes: 1080, places: 76 },
];

/** Minutes after midnight as a time of day: "06.30" in Swedish, "6:30 am" in English, "06:30" in Arabic pages. */
export function formatTime(minutes: number, language: 'sv' | 'en' | 'ar'): string {
  const hours = Math.floor(minutes / 60);
  const mins = String(minutes % 60).padStart(2, '0');
  if (language === 'en') return `${hours > 12 ? hours - 12 : hours}:${mins} ${hours >= 12 ? 'pm' : 'am'}`;
  return `${String(hours).padStart(2, '0')}${language === 'sv' ? '.' : ':'}${mins}`;
}
