/**
 * Lines and line fragments that are page furniture rather than reporting: navigation, photo credits,
 * newsletter sign-ups, "more from" teasers, author bios. Removing them keeps credited photographers
 * and teaser headlines out of the graph.
 */

const FURNITURE_LINE =
  /^(top of page|bottom of page|skip to (main )?content|advertisement|share( this (article|story))?|listen to (this )?article|read more|related( articles| stories)?|comments?)$/i;
const SIGN_UP = /\b(sign(ing)? up|subscribe|newsletter|unsubscribe|privacy policy|terms of (use|service))\b/i;
const CREDIT_AGENCIES = "Getty|AFP|Reuters|AP Photo|EPA|Shutterstock|Alamy|Bloomberg|Anadolu|Xinhua|Montage";
const CREDIT_TAIL = /\s*©.*$/;
const PARENTHESISED_CREDIT = new RegExp(`\\s*\\((?:photo:?\\s*)?[^()]*\\b(${CREDIT_AGENCIES})\\b[^()]*\\)\\s*$`, "i");
const PHOTO_BY = /\s*(photo(graph)?|image|picture)s?\s*(by|:|credit:?)\s+[^.]*$/i;
/** A wire credit line: "(Reporting by A; Editing by B)", "Additional reporting by C". */
const STAFF_CREDIT =
  /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|translated|fact-?checking|graphics|production)\s+by\b[^()]*\)?\s*$/i;
const TEASER_HEADING =
  /^(more from|more on this|read next|most read|recommended|you may also like|also read|latest (news|stories))\b/i;

export const isFurnitureLine = (line: string): boolean => FURNITURE_LINE.test(line.trim());

const isShort = (line: string): boolean => line.length > 0 && line.length < 90;

export interface CleanLinesOptions {
  authors?: string[];
}

export function stripCredit(line: string): string {
  return line.replace(CREDIT_TAIL, "").replace(PARENTHESISED_CREDIT, "").replace(PHOTO_BY, "").trimEnd();
}

/** Cleans the body lines of an article; returns the kept lines (blank lines kept as paragraph breaks). */
export function removeBoilerplate(lines: string[], options: CleanLinesOptions = {}): string[] {
  const teaserAt = lines.findIndex((line) => TEASER_HEADING.test(line.trim()));
  const body = teaserAt >= 0 ? lines.slice(0, teaserAt) : [...lines];
  const kept: string[] = [];
  for (const raw of body) {
    const line = raw.trim();
    if (FURNITURE_LINE.test(line) || STAFF_CREDIT.test(line)) continue;
    if (SIGN_UP.test(line) && line.length < 400) {
      // The sign-up block's own heading and blurb are the short lines right above it.
      while (kept.length && (kept[kept.length - 1] === "" || isShort(kept[kept.length - 1]))) kept.pop();
      continue;
    }
    const cleaned = stripCredit(line);
    if (line !== "" && cleaned === "") continue;
    kept.push(cleaned);
  }
  return dropAuthorBio(kept, options.authors ?? []);
}

/** "Jane Doe" on its own line near the end, then "Jane Doe is a reporter..." is a bio, not reporting. */
function dropAuthorBio(lines: string[], authors: string[]): string[] {
  if (!authors.length) return lines;
  const tailStart = Math.max(0, lines.length - 8);
  for (let i = tailStart; i < lines.length; i++) {
    const line = lines[i];
    if (
      authors.some(
        (a) =>
          line === a ||
          (line.startsWith(a) &&
            i >= lines.length - 3 &&
            /\b(is|was)\b.*\b(author|reporter|correspondent|editor|writer|columnist|fellow)\b/i.test(line)),
      )
    ) {
      return lines.slice(0, i);
    }
  }
  return lines;
}
