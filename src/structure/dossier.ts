/**
 * Kamerstuk numbers: the dossier a Tweede or Eerste Kamer paper belongs to,
 * and the paper’s number in it.
 *
 * - a Kamerstuk prints the dossier on a line of its own, spaced, with its
 *   part (`21 501-07`, `36 200 VII`, `36 410-V`), its title below it and the
 *   paper’s number further down (`Nr. 1928`, or an Eerste Kamer letter);
 * - a motion form as submitted prints it compact, with the number after the
 *   part (`36410-V-57`, `21501-02-2832`, `31016-367`), its title below it.
 */
import {lettersRegExp} from '../letters.js'

export interface DossierLine {
  /** The dossier with its part, spaces removed: `21501-07`, `36200-VII`, `36410-V`. */
  dossier: string
  /** The paper’s number when the line gives it (`36410-V-57` → `57`). */
  nr: string | undefined
  /** Text after the number on the same line (a dossier title: `28 286 Dierenwelzijn`). */
  rest: string
}

/** Roman numerals and capitals that name a dossier’s part (`VII`, `A`); not a word (`Dierenwelzijn`). */
const part = String.raw`(?:[IVXLC]{1,6}|\p{Lu}{1,3})(?![\p{L}\p{N}])`
const dossierLineRe = lettersRegExp(
  String.raw`^(\d{2})(\s?)(\d{3})` +
    // its part: two digits (`-07`), roman numerals or capitals (`-V`, ` VII`)
    String.raw`(?:(\s*[-–]\s*|\s+)(\d{2}(?![\p{N}])|${part}))?` +
    // the paper’s number: `-57`, `, nr. 57`, ` nr. 57`
    String.raw`(?:\s*[-–]\s*(\d{1,4})(?![\p{N}])|\s*,?\s*nr\.?\s*(\d{1,4})(?![\p{N}]))?` +
    String.raw`(?:\s+(\S.*))?$`,
  'iu'
)

/**
 * Read a line that starts with a dossier number. `numbered`: a separate
 * `Nr. …` line exists, so that a two-digit part (`21 501-07`) is the part and
 * not the paper’s number. `labelled`: the line follows a `Dossier:` label,
 * so that what comes after the number is its title whatever its case.
 */
export function readDossierLine(text: string, numbered = false, labelled = false): DossierLine | undefined {
  const match = dossierLineRe.exec(text.trim())
  if (!match) return undefined
  const [, head, space, tail, separator, suffix, dashNr, labelNr, rest = ''] = match
  let dossier = `${head}${tail}`
  let nr = dashNr ?? labelNr
  // Under a `Dossier:` label the title follows whatever its case: capitals after a space are its first
  // word (`32847 EEN LANDELIJKE AANPAK …`), unless roman numerals; a part written with a dash stays one.
  if (labelled && suffix !== undefined && separator?.trim() === '' && !/^(?:\d+|[IVXLC]+)$/u.test(suffix)) {
    return {dossier, nr: undefined, rest: text.trim().slice(head!.length + space!.length + tail!.length).trim()}
  }
  if (suffix !== undefined) {
    // `31016-367`: three digits never name a part; `36200-15` compact and alone is the paper’s number.
    const digits = /^\d+$/u.test(suffix)
    if (digits && nr === undefined && space === '' && !numbered) nr = suffix
    else dossier += `-${suffix.toUpperCase()}`
  }
  // A sentence that starts with a number (`12 345 woningen …`) is no dossier line.
  if (/^\p{Ll}/u.test(rest) && !labelled) return undefined
  return {dossier, nr, rest: rest.trim()}
}

/** `Nr. 1928`, `nr. 12` alone on a line. */
const nrLineRe = /^nr\.?\s*(\d+)$/iu
export function readNrLine(text: string): string | undefined {
  return nrLineRe.exec(text.trim())?.[1]
}
