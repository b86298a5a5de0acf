/**
 * A file that cannot be read or parsed at all: a fatal message on its file,
 * so that the report shows it and the run carries on with the other files.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {MotieError} from '../errors.js'
import {ruleUrl, source} from '../rules/rule.js'

/** The id of fatal messages about unreadable files. It cannot be turned off. */
export const parseErrorId = 'parse-error'

/** How `parse-error` is documented, beside the rules (reporters list it with them). */
export const parseError = {
  id: parseErrorId,
  severity: 'error',
  description: 'Every file can be read and parsed: not missing, encrypted, a broken PDF or invalid JSON. Always an error; cannot be turned off.',
  url: ruleUrl(parseErrorId)
} as const

/**
 * Add a fatal message for an operational failure.
 *
 * No `cause` is attached: the reason already says what went wrong, and the
 * reporter would print the stack trace of the cause.
 *
 * @param file
 *   The file that failed.
 * @param error
 *   Why, worded “Cannot …”.
 * @returns
 *   The message.
 */
export function addParseError(file: VFile, error: MotieError): VFileMessage {
  const message = file.message(error.message, {ruleId: parseErrorId, source})
  message.fatal = true
  message.url = parseError.url
  return message
}
