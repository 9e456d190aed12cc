/** Started sessions and their next one, clashes of whole schedules (English, the source). */
export const clash = {
  "started.nextOne": "The next one is {session}.",
  "started.book": "Book {session}",
};
