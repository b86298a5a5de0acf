/**
 * Inputs shared by the examples of several rules: a complete motion, about
 * which no rule has anything to say, and a JSON document as motie writes it.
 */
import type {Consideration, MotieDocument, Request} from '../schema.js'
import {schemaVersion} from '../schema-values.js'

/** A motion with everything in place: the `ok.txt` of most rules. */
export const completeMotion = `Motie Bomen in de stad

De gemeenteraad van Utrecht, in vergadering bijeen op 3 maart 2021,

constaterende dat er te weinig bomen zijn;

verzoekt het college meer bomen te planten,

en gaat over tot de orde van de dag.

Jan Jansen (GroenLinks)
`

/** Parts of the sample document's motion to change. */
export interface SampleChange {
  consideration?: Partial<Consideration>
  request?: Partial<Request>
  date?: string
}

/**
 * `completeMotion` as `motie parse` writes it (without the positions that no
 * example needs), with a change, as JSON text.
 *
 * @param change
 *   What to change in its only consideration, its only request and its date.
 * @returns
 *   The JSON text of the document.
 */
export function sampleDocument(change: Readonly<SampleChange> = {}): string {
  const consideration: Consideration = {
    type: 'consideration',
    kind: 'constaterende',
    lead: 'constaterende dat',
    text: 'er te weinig bomen zijn',
    footnoteRefs: [],
    items: [],
    position: {start: {line: 5, column: 1}, end: {line: 5, column: 43}},
    ...change.consideration
  }
  const request: Request = {
    type: 'request',
    verb: 'verzoekt',
    addressee: 'het college',
    lead: 'verzoekt het college',
    text: 'meer bomen te planten',
    footnoteRefs: [],
    items: [],
    position: {start: {line: 7, column: 1}, end: {line: 7, column: 44}},
    ...change.request
  }
  const document: MotieDocument = {
    schemaVersion,
    source: {path: 'bomen.txt', format: 'txt', sha256: '0'.repeat(64), bytes: 213, pages: 1},
    motions: [
      {
        type: 'motion',
        kind: 'motie',
        number: null,
        title: 'Bomen in de stad',
        assembly: {type: 'gemeenteraad', name: 'Utrecht'},
        date: change.date ?? '2021-03-03',
        considerations: [consideration],
        requests: [request],
        footnotes: [],
        signatories: [{type: 'signatory', name: 'Jan Jansen', party: 'GroenLinks', addedLater: false}],
        closing: true,
        sources: {title: null, number: null, date: null, closing: null}
      }
    ],
    messages: []
  }
  return JSON.stringify(document, null, 2) + '\n'
}
