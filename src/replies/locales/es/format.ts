import type { format as en } from "../en/format.ts";

export const format: Record<keyof typeof en, string> = {
  "format.sessionLine":
    "{name}, {when}{who, select, yes { con {trainer}} other {}}{where, select, yes { en {space}} other {}}{extra}",
  "format.sessionButton": "{name} {when}",
  "format.spotsLeft": "{n, plural, one {queda # plaza} other {quedan # plazas}}",
  "format.fullWaiting": "completa, {n} en espera",
  "format.fullOpen": "completa (lista de espera abierta)",
  "format.free": "gratis",
  "format.durationNone": "ninguno",
  "format.durationDays": "{n, plural, one {# día} other {# días}}",
  "format.durationMinutes": "{m} min",
  "format.durationHours": "{h} h",
  "format.durationHoursMinutes": "{h} h {m} min",
};
