import type { help as en } from "../en/help.ts";

export const help: Record<keyof typeof en, string> = {
  "help.day":
    "{day, select, tomorrow {mañana} mon {lunes} tue {martes} wed {miércoles} thu {jueves} fri {viernes} sat {sábado} other {domingo}}",
  "help.browse":
    "clases · clases mañana{hasTrainer, select, yes { · clases con {trainer}} other {}} · semana",
  "help.book": "reservar {what} {day} {time} · mis reservas · cancelar mi {what} {day}",
  "help.bookPlaceholder": "reservar <clase> <día> <hora> · mis reservas · cancelar mi <clase> <día>",
  "help.passes": "mis bonos · /reminders (los tuyos: off, 2h, default) · /calendar (1-2-1) · /join CÓDIGO",
  "help.personal": "/personal · mis sesiones personales · /calendar link",
  "help.session": "{what} {day} {time}",
  "help.sessionPlaceholder": "<clase> <día> <hora>",
  "help.trainerSessions": "/roster {at} · /override {at} capacity 20 · /cancelsession {at} reason: enfermo",
  "help.trainerGrant":
    "/grant {hasMember, select, yes {{member}} other {<nombre>}} {hasPass, select, yes {{pass}} other {<tipo de bono>}} · /availability set mon-fri 09:00-17:00 · coach help",
  "help.studioList":
    "/staff · /settings · /catalog (toca una entrada para editarla) · /personal settings · /connect",
  "help.studioAdd":
    "/staff add @nombre trainer · /type add · /space add · /template add · /schedule add · /passtype add",
  "help.try": "Prueba",
  "help.trainers": "Entrenadores",
  "help.studio": "Estudio (administradores)",
  "help.intro": "Te reservo clases. Las fechas y horas van en la zona horaria del estudio.",
  "help.link": "Vincula otra app de chat con /link.",
  "help.askField": "Sin detalles (/template add) te pregunto campo a campo; cancel lo detiene.",
  "help.subcommands":
    "En {platform} escríbelos tras /{of} (/{of} staff add @sam trainer); sin detalles (/{of} template add) se abre un formulario.",
  "help.grouped":
    "{n, plural, one {{listed} está} other {{listed} están}} bajo /{under} (/{under} {first} add …); sin detalles se abre un formulario.",
  "help.formOpens": "Sin detalles (/template add) se abre un formulario.",
  "help.notUnderstood": "Perdona, no lo he entendido. Esto es lo que puedo hacer:",
  "help.negated": "No he reservado ni cancelado nada para «{typed}». ¿Qué quieres que haga?",
  "help.question":
    "«{typed}» parece una pregunta, así que no he reservado nada. Di «reservar» y la clase cuando la quieras.",
  "help.examples": "Por ejemplo: «clases mañana», «reservar spin viernes 18:00» o «cancelar mi spin».",
  "help.courtesy": "¡De nada! Escribe «ayuda» cuando me necesites.",
  "understand.notATime":
    "{typed} no es una hora. Escribe una hora como 18:00, 6 de la tarde o 7 de la noche.",
  "understand.notADate": "{typed} no es una fecha. Escribe una fecha como 1 dic, 01.12. o mañana.",
  "understand.nothingDone": "No se ha reservado ni cambiado nada.",
  "understand.noSuchName":
    "{role, select, trainer {Aquí no hay ningún entrenador llamado «{typed}».} other {Aquí no hay ninguna clase ni entrenamiento llamado «{typed}».}} {options, select, yes {¿Querías decir alguno de estos?} other {Escribe «clases» para ver qué hay.}}",
  "understand.cancelled": "{session} está cancelada{hasReason, select, yes {: {reason}} other {}}.",
  "understand.started": "{session} ya ha empezado{ended, select, yes { (y ha terminado)} other {}}.",
  "understand.individual":
    "{names} es un entrenamiento individual: tu entrenador te apunta. Pídele una hora.",
  "understand.sessionAt": "{name}, {when}",
};
