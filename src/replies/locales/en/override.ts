/** A trainer's change previewed before it is made, and the clashes it would cause (English, the source). */
export const override = {
  "override.changes": "This changes {session} (only this session):",
  "override.time": "Time: {from} → {to}",
  "override.capacity": "Capacity: {from} → {to}",
  "override.trainer":
    "Trainer: {hasFrom, select, yes {{from}} other {none}} → {hasTo, select, yes {{to}} other {another trainer}}",
  "override.space":
    "Space: {hasFrom, select, yes {{from}} other {none}} → {hasTo, select, yes {{to}} other {another space}}",
  "override.reset": "Existing bookings: cancelled and refunded",
  "override.nobody": "nobody",
  "override.who": "Booked: {booked}. Waitlisted: {waitlisted}.",
  "override.refunds": "Their bookings will be cancelled and refunded.",
  "override.overbooked":
    "{n, plural, one {# confirmed booking} other {# confirmed bookings}} above the new capacity; nobody is removed.",
  "override.trainerNamed": "{name} (trainer)",
  "override.willBeTold": "Will be told: {names}.",
  "override.willBeToldCounted":
    "Will be told: {names} ({told}{trainer, select, yes { and the trainer} other {}}).",
  "override.bookAnyway": "Book anyway",
  "override.bookAnywayAdmin":
    'Nothing is changed unless you press "Book anyway"; the clash is then recorded with your name.',
  "override.bookAnywayNotAdmin":
    "Nothing was changed. Choose another time, trainer or space, or ask a studio admin to book anyway.",
  "clash.when": "{from}-{to} on {day}",
  "clash.teaches":
    "Clash: {hasTrainer, select, yes {{trainer}} other {The trainer}} teaches {name}{hasSpace, select, yes { in {space}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.spaceHas":
    "Clash: {space} has {name}{hasTrainer, select, yes { with {trainer}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.more": "…and {n, plural, one {# more clash} other {# more clashes}}.",
} as const;
