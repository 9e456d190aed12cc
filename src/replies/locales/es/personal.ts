import type { personal as en } from "../en/personal.ts";

export const personal: Record<keyof typeof en, string> = {
  "personal.payment":
    "{method, select, at_session {Pago en la sesión} check {Cheque} online {En línea (tarjeta)} other {{method}}}",
  "personal.priceSplit": "{member} socios, {other} no socios",
  "personal.title": "Entrenamiento personal",
  "personal.noTypesStaff":
    "Aún no hay tipos de entrenamiento personal. Admins: /personal type new name=... duration=60",
  "personal.noneBookable": "Ahora mismo no se puede reservar ningún entrenamiento personal.",
  "personal.typeStatus":
    "{status, select, draft {borrador} active {activo} paused {en pausa} archived {archivado} other {{status}}}",
  "personal.typeLine":
    "{name}{staff, select, yes { [{status}]} other {}}: {minutes} min, {capacity, plural, =1 {individual} other {grupo de hasta #}}, {price}{hasTrainers, select, yes { con {trainers}} other {}}{hasLocation, select, yes {, en {location}} other {}}",
  "personal.slotPrice":
    "{price}{kind, select, member { (precio de socio)} nonmember { (precio de no socio)} other {}}, {minutes} min.",
  "personal.slotButton":
    "{when}{multi, select, yes { · {trainer}} other {}}{full, select, yes { (quedan {left})} other {}}",
  "personal.laterDays": "Días siguientes",
  "personal.noSlots": "No hay horas libres {range}.",
  "personal.slotsTitle": "{type}: horas libres {range}",
  "personal.pickOne": "{more, select, yes {Las {shown} primeras de {total}; elige una:} other {Elige una:}}",
  "personal.rangeOn": "el {day}",
  "personal.rangeFromTo": "del {from} al {to}",
  "personal.rangeAtTime": "{range} a esa hora",
  "personal.howPay": "¿Cómo vas a pagar?",
  "personal.withTrainer": "{name}, {when} con {trainer}",
  "personal.price": "Precio: {amount}",
  "personal.bookedLine": "{name}, {when} con {trainer}{hasLocation, select, yes { en {location}} other {}}",
  "personal.paymentLine":
    "Pago: {method}, {amount}{online, select, yes { (en el chat no se cobra ninguna tarjeta; el estudio te enviará los datos de pago)} other {}}",
  "personal.booked": "Reservado",
  "personal.cancelButton": "Cancelar",
  "personal.mineButton": "Mis entrenamientos personales",
  "personal.mineRow": "{name}, {when} con {trainer}{cancelled, select, yes { (cancelado)} other {}}",
  "personal.teachingRow":
    "{name}, {when}: {person}, {method} {amount}{cancelled, select, yes { (cancelado)} other {}}",
  "personal.yours": "Tus entrenamientos personales",
  "personal.noneBooked": "Nada reservado.",
  "personal.bookedWithYou": "Reservados contigo",
  "personal.noneSoon": "Ninguno en las próximas 4 semanas.",
  "personal.counted":
    "{mine, plural, one {# entrenamiento personal reservado} other {# entrenamientos personales reservados}}{trainer, select, yes {, {soon, plural, one {# sesión reservada} other {# sesiones reservadas}} contigo} other {}}.",
  "personal.cancelRow": "Cancelar {name} {when}",
  "personal.moveRow": "Mover {name} {when}",
  "personal.confirmCancel": "¿Cancelar {name}, {when} con {trainer}?",
  "personal.yesCancel": "Sí, cancelar",
  "personal.keep": "Mantener",
  "personal.cancelled": "Cancelado: {name}, {when}. Ya se lo hemos dicho a {trainer}.",
  "personal.settingsTitle": "Ajustes de entrenamiento personal",
  "personal.settingEnabled": "Activado: {value, select, yes {sí} other {no}}",
  "personal.settingListed": "Visible en la lista de socios: {value, select, yes {sí} other {no}}",
  "personal.accessLevel":
    "{level, select, public {público} members {solo socios} private {privado} other {{level}}}",
  "personal.settingAccess": "Acceso: {level}",
  "personal.settingPayment": "Formas de pago: {methods}",
  "personal.settingsChange":
    "Para cambiarlo: /personal settings enabled=yes list=yes access=public|members|private payment=at_session,check,online",
  "personal.savedTitle": "{created, select, yes {Creado} other {Guardado}}: {name}",
  "personal.savedStatus":
    "Estado: {status}; {minutes} min; plazas: {capacity} ({capacity, plural, =1 {individual} other {grupo}})",
  "personal.savedTrainers":
    "Entrenadores: {hasTrainers, select, yes {{trainers}} other {ninguno aún (hace falta uno para activarlo)}}",
  "personal.savedRules":
    "Margen {buffer} min; se reserva con {minLead} h de antelación{hasMaxLead, select, yes { y hasta {maxLead, plural, one {# día} other {# días}} antes} other {}}; {hasPerDay, select, yes {como máximo {perDay} al día} other {sin máximo diario}}",
  "personal.savedAccess":
    "Acceso: {hasAccess, select, yes {{access}} other {el del estudio}}{hasLocation, select, yes {; lugar: {location}} other {}}{hasImage, select, yes {; imagen de portada: {image}} other {}}",
  "personal.whichKind": "¿Qué tipo de entrenamiento personal?",
  "personal.offeredBy":
    "{hasTrainers, select, yes {{type} lo imparte {trainers}. Prueba «{type} con {first}».} other {{type} todavía no lo imparte nadie.}}",
  "personal.tooSoon":
    "{asked} es demasiado pronto: {type} se reserva con al menos {hours, plural, one {# hora} other {# horas}} de antelación.",
  "personal.firstTime":
    "{hasFirst, select, yes {Lo primero que puedes reservar es {first}. Otras horas:} other {Otras horas:}}",
  "personal.noSuchTrainer": "Aquí no hay ningún entrenador llamado «{typed}».",
  "personal.givenBy":
    "{hasTrainers, select, yes {Los entrenamientos personales los imparte {trainers}.} other {Todavía nadie imparte entrenamientos personales.}}",
  "personal.notFreeOthers": "{asked} no está libre. Otras horas:",
  "personal.tooLateToMove":
    "Ya es tarde para mover esta sesión: se puede mover hasta {hours, plural, one {# hora} other {# horas}} antes del inicio. Avisa a tu entrenador, por favor.",
  "personal.noneToMove": "No tienes ningún entrenamiento personal próximo que mover.",
  "personal.noSuchTrainerUpcoming":
    "Aquí no hay ningún entrenador llamado «{typed}». Tus próximos entrenamientos personales:",
  "personal.noneMatches": "Ninguno de tus próximos entrenamientos personales coincide. Aquí los tienes:",
  "personal.bookOne": "Reserva uno con /personal.",
  "personal.whichToMove": "¿Qué sesión quieres mover?",
  "personal.moveChoice": "{name} {when} · {trainer}",
  "personal.moveHead": "Mover {name} ({when} con {trainer})",
  "personal.notFree": "{asked} no está libre.",
  "personal.noFreeTimes": "No hay horas libres {range}.",
  "personal.freeTimes": "Horas libres {range}; elige una:",
  "personal.moveSlot": "{when}{full, select, yes { (quedan {left})} other {}}",
  "personal.moved": "Movido",
  "personal.was": "Antes: {when}. Ya se lo hemos dicho a {trainer}.",
  "personal.unknownSetting": "No conozco el ajuste «{name}». Ajustes: enabled, list, access, payment.",
  "personal.noSuchType":
    "Ningún tipo de sesión se llama «{typed}». Tipos: {hasTypes, select, yes {{types}} other {ninguno aún}}.",
  "personal.typeFormEdit": "Cambia los campos que quieras; los vacíos se quedan como están.",
  "personal.typeFormNew": "Nuevo tipo de sesión: hacen falta nombre y duración; empieza como borrador.",
  "personal.unreadableAvailability":
    "No he podido leerlo. Ejemplo: /availability set mon-fri 09:00-12:00 14:00-18:00, sat 10:00-13:00",
  "personal.whichDateOff": "¿Qué fecha? Ejemplo: /availability off 2026-12-24 (o «off fri»).",
  "personal.availabilityTitle": "Tu disponibilidad para entrenamientos personales",
  "personal.availabilityDay": "{day}: {windows}",
  "personal.noWindows": "Aún no hay franjas semanales.",
  "personal.daysOff": "Días libres: {hasDays, select, yes {{days}} other {ninguno}}",
  "personal.availabilityHint":
    "Horas en {timezone}. Cambiar: /availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url>",
  "personal.feedNotLoaded":
    "Añadido, pero aún no se ha podido cargar el calendario; lo seguiré intentando y te avisaré si sigue fallando.",
  "personal.feedsTitle": "Tus calendarios externos",
  "personal.feedLine":
    "{id}: {source}{loaded, select, yes {, cargado} other {}}{failed, select, yes {, falló la última carga} other {}}",
  "personal.noFeeds": "Ninguno. Añade uno: /feed add https://calendar.example.org/you.ics",
  "personal.linkRevoked":
    "Tu enlace de calendario está revocado: las apps de calendario suscritas ya no reciben nada.",
  "personal.noLink": "No tenías enlace de calendario.",
  "personal.linksOff":
    "Los enlaces de calendario no están configurados en este servidor (falta PUBLIC_URL). Pregunta en el estudio.",
  "personal.linkIntro":
    "Tus reservas como calendario (clases y entrenamientos personales). Suscríbete desde tu app de calendario con:",
  "personal.linkPrivate":
    "Guárdalo para ti: quien tenga el enlace verá tus reservas. /calendar revoke lo desactiva; /calendar link te da uno nuevo después.",
  "personal.fileTooLarge": "{name} ocupa más de {mb} MB, lo máximo que leo desde el chat.",
  "personal.fileTooLargeHint":
    "Exporta un periodo más corto o añade la dirección del calendario: /feed add https://...",
  "personal.notCalendarFile":
    "{name} no es un archivo de calendario. Envía un archivo iCalendar (.ics), por ejemplo exportado de Google Calendar u Outlook, para bloquear esas horas.",
  "personal.filesUnreadable":
    "Aquí no puedo leer archivos. Añade la dirección del calendario: /feed add https://...",
  "personal.downloadFailed": "No he podido descargar {name}. Vuelve a enviarlo en un momento, por favor.",
  "personal.fileLoaded":
    "Horas ocupadas de {name}: {n, plural, one {# evento cargado} other {# eventos cargados}} ({feed}). Bloquean tus horas de entrenamiento personal.",
  "personal.fileLoadedHint":
    "Envía una nueva versión del archivo para sustituirlo; /feed muestra tus calendarios, /feed remove <id> quita uno.",
  "personal.formSave": "Guardar",
  "personal.formEnabled": "Activado (yes/no)",
  "personal.formListed": "En la lista de socios (yes/no)",
  "personal.formAccess": "Acceso: public, members, private",
  "personal.formPayment": "Pago: at_session, check, online",
  "personal.formDetailsTitle": "Detalles: {hasName, select, yes {{name}} other {tipo nuevo}}",
  "personal.formRulesTitle": "Reglas: {hasName, select, yes {{name}} other {tipo nuevo}}",
  "personal.formEditTitle": "Editar: {name}",
  "personal.formNewTitle": "Nuevo tipo de entrenamiento personal",
  "personal.formStatus": "Estado: draft, active, paused, archived",
  "personal.formTrainers": "Entrenadores (nombres separados por comas)",
  "personal.formDescription": "Descripción",
  "personal.formLocation": "Lugar",
  "personal.formImage": "URL de la imagen de portada",
  "personal.formBuffer": "Margen: none, 5, 10, 15, 30, 45, 60 min",
  "personal.formMinLead": "Antelación mínima (horas)",
  "personal.formMaxLead": "Antelación máxima (días, vacío = sin límite)",
  "personal.formPerDay": "Máx. de sesiones al día (vacío = sin límite)",
  "personal.formTypeAccess": "Acceso: public, members, private, default",
  "personal.formName": "Nombre",
  "personal.formDuration": "Duración: 15, 30, ... 120 minutos",
  "personal.formCapacity": "Plazas (1 = individual)",
  "personal.formPrice": "Precio (de socio si hay dos)",
  "personal.formNonMember": "Precio de no socio (vacío = único)",
  "personal.formBasicsButton": "Lo básico…",
  "personal.formDetailsButton": "Detalles y entrenadores…",
  "personal.formRulesButton": "Reglas de reserva…",
  "personal.noticeBookedTitle": "Entrenamiento personal reservado",
  "personal.noticeNewTitle": "Nuevo entrenamiento personal",
  "personal.noticeWhen": "{name}, {when}{hasLocation, select, yes { en {location}} other {}}",
  "personal.noticeWith": "Con {name}.",
  "personal.noticeBookedBy": "Reservado por {name}.",
  "personal.noticePayment": "Pago: {method}, {amount}",
  "personal.noticeCancelledTitle": "Entrenamiento personal cancelado",
  "personal.noticeYouCancelled": "Lo has cancelado tú.",
  "personal.noticeStudioCancelled": "Cancelado por el estudio ({trainer}).",
  "personal.noticeMemberCancelled": "{name} lo ha cancelado.",
  "personal.noticeCancelledFor": "Cancelado para {name}.",
  "personal.noticeReason": "Motivo: {reason}",
  "personal.noticeMovedTitle": "Entrenamiento personal movido",
  "personal.noticeWas": "Antes: {when}",
  "personal.noticeNow": "Ahora: {session}",
  "personal.noticeFeedTitle": "No se ha podido cargar tu calendario externo",
  "personal.noticeFeedKept":
    "Se sigue usando la última copia válida de tu calendario externo para bloquear tus horas de entrenamiento personal.",
  "personal.noticeFeedCheck":
    "Comprueba que la dirección del calendario sigue funcionando (/availability feeds) o vuelve a añadirla.",
  "personal.reminderTitle": "Recordatorio: entrenamiento personal",
};
