/** Names that keep their capital inside a sentence. */
const PROPER = /^(Shanxi|Jinci|Fenshi|China|Chinese|Taiyuan|Yellow|Taihang)\b/;

/**
 * A label as it reads inside an English sentence: "Growth in retail sales" becomes "growth in retail sales", and
 * "Investment in …" after a comma "investment in …"; "GDP growth" and a proper name ("Shanxi …") stay. Chinese has
 * no case: it is returned as it is.
 */
export function midSentence(label: string, lang: 'zh' | 'en'): string {
  return lang === 'en' && /^[A-Z][a-z]/.test(label) && !PROPER.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
