/** A name reduced to what makes it the same name: no accents, case, "the", punctuation or plural -s. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/^the\s+/, "")
    .replace(/[.'’‘"“”]/g, "")
    .replace(/[-_/–—]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function slug(text: string): string {
  return normalizeName(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Government of National Accord" -> "GNA", "Tehreek-e-Taliban Pakistan" -> "TTP": the capitals of its words, small words left out. */
export function initials(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join("") : "";
}
