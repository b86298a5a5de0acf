/**
 * All validate rules, in the order of the rule table.
 */
import {dateOutOfRange} from './date-out-of-range.js'
import {duplicateNumber} from './duplicate-number.js'
import {emptySection} from './empty-section.js'
import {footnoteUndefined} from './footnote-undefined.js'
import {footnoteUnused} from './footnote-unused.js'
import {inferredDate} from './inferred-date.js'
import {missingAssembly} from './missing-assembly.js'
import {missingClosing} from './missing-closing.js'
import {missingConsiderations} from './missing-considerations.js'
import {missingDate} from './missing-date.js'
import {missingRequests} from './missing-requests.js'
import {missingSignatories} from './missing-signatories.js'
import {missingTitle} from './missing-title.js'
import {noMotion} from './no-motion.js'
import type {Rule} from './rule.js'
import {schema} from './schema.js'
import {metadataTitle} from './metadata-title.js'
import {textAfterClosing} from './text-after-closing.js'
import {unknownLead} from './unknown-lead.js'
import {unreadLine} from './unread-line.js'

export type {Example, Level, Rule, Severity} from './rule.js'

/** Every rule, ordered from the whole file down to its details. */
export const rules: readonly Rule[] = [
  noMotion,
  schema,
  missingTitle,
  metadataTitle,
  missingAssembly,
  missingDate,
  inferredDate,
  dateOutOfRange,
  missingConsiderations,
  missingRequests,
  emptySection,
  unknownLead,
  missingClosing,
  missingSignatories,
  textAfterClosing,
  footnoteUndefined,
  footnoteUnused,
  duplicateNumber,
  unreadLine
]
