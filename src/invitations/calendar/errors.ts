/**
 * The one error the calendar core throws: the input cannot make a correct calendar file
 * (unknown id in the schedule, missing or unsafe e-mail, no organizer...). The service maps it to
 * a 4xx and sends nothing, rather than emailing a file that some client would misread.
 */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';
}
