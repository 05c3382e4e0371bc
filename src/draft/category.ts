import type { Category } from "../story/schema";

/**
 * A first guess at an event's category from word stems in its sentence (German and English),
 * checked in this order; "diplomacy" when none matches. The editor reviews it.
 */
const RULES: readonly [Category, RegExp][] = [
  ["aviation", /flugzeug|absturz|abgeschossen|abschuss|airline|passagiermaschine|aircraft|plane|crash|shot down/i],
  ["arrest", /festgenommen|festnahme|verhaft|haftstrafe|razzia|inhaftiert|arrest|detain/i],
  ["law", /gericht|gesetz|verurteil|statut|ratifizier|court|law\b|sentenced|ratif/i],
  ["arms", /waffe|kampfjet|mig-|rakete|weapon|\barms\b|missile|fighter jet/i],
  ["war", /krieg|invasion|angriff|soldaten|truppen|offensive|einmarsch|militär|\bwar\b|troops|attack|soldiers/i],
  ["alliance", /bündnis|ovks|nato|\bsco\b|organisation|mitglied|allianz|alliance|membership|member/i],
  ["economy", /handel|\böl|gas\b|wirtschaft|sanktion|staatskonzern|trade|\boil\b|economy|sanction/i],
  ["culture", /kultur|culture|cultural/i],
];

export function guessCategory(sentence: string): Category {
  for (const [category, re] of RULES) if (re.test(sentence)) return category;
  return "diplomacy";
}
