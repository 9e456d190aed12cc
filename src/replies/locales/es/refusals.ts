import type { refusals as en } from "../en/refusals.ts";

export const refusals: Record<keyof typeof en, string> = {
  "refusal.sessionAt": "{name}, {when}",
  "refusal.otherTypes": "otros tipos de entrenamiento",
  "refusal.passProblem":
    "{reason, select, empty {a {pass} no le quedan sesiones} expired {{pass} caducó el {date}} ends {{pass} termina el {date}, antes de esta clase} not_yet_valid {{pass} solo vale desde el {date}} wrong_type {{pass} cubre {covers}{hasType, select, yes {, no {type}} other {}}} other {{pass} no es uno de los bonos de este curso cerrado}}",
  "refusal.bookingClosedAt":
    "Las reservas para {session} cerraron el {deadline}. Escribe «clases» para buscar otra.",
  "refusal.cancelClosedAt":
    "Es demasiado tarde para cancelar {session}: se podía cancelar hasta el {deadline}. Avisa a tu entrenador si no puedes venir.",
  "refusal.startedAt": "{session} ya ha empezado.",
  "refusal.cancelledAt":
    "{session} está cancelada{hasReason, select, yes {: {reason}} other {}}. Escribe «clases» para buscar otra.",
  "refusal.memberAlreadyBooked": "{member} ya tiene reserva en {session}.",
  "refusal.alreadyOn":
    "{waitlisted, select, yes {Ya estás en la lista de espera de {session}.} other {Ya tienes reserva en {session}.}}",
  "refusal.closedStaff":
    "{name} es un curso cerrado (solo con bono): los socios se apuntan al recibir su bono (/grant <socio> <bono>), no reservando.",
  "refusal.closedMember":
    "{name} es un curso cerrado (solo con bono): entras con su bono, no reservando. Pide el bono en el estudio.",
  "refusal.individualStaff":
    "{name} es un entrenamiento individual: apunta al socio con /add <socio> to {name} <día> <hora>.",
  "refusal.individualMember": "{name} es un entrenamiento individual: tu entrenador te apunta.",
  "refusal.noPassFor":
    "{you, select, yes {No tienes} other {{who} no tiene}} bono para {session}. {you, select, yes {Pide un bono en el estudio y vuelve a reservar.} other {Dale uno con /grant {who} <bono> y vuelve a añadirlo.}}",
  "refusal.noUsablePassFor":
    "{you, select, yes {No tienes} other {{who} no tiene}} ningún bono que pueda pagar {session}: {reasons}. {you, select, yes {Pide un bono en el estudio y vuelve a reservar.} other {Dale uno con /grant {who} <bono> y vuelve a añadirlo.}}",
  "refusal.that":
    "{what, select, session {Esa clase} booking {Esa reserva} member {Ese socio} trainer {Ese entrenador} space {Esa sala} pass_type {Ese tipo de bono} schedule {Ese horario} template {Esa plantilla} training_type {Ese tipo de entrenamiento} session_type {Ese tipo de sesión personal} calendar_feed {Ese calendario} request {Esa solicitud} organization {Ese estudio} other {Eso}}",
  "refusal.notFoundStaff":
    "{what} no se ha encontrado (quizá se eliminó). /catalog y /staff muestran lo que hay.",
  "refusal.notFound": "{what} no se ha encontrado (quizá se eliminó). Prueba «clases» o «mis reservas».",
  "refusal.adminsGrant": "En este estudio solo los administradores pueden dar bonos.",
  "refusal.onlyAdmins":
    "Solo los administradores del estudio pueden hacer eso. Escribe «ayuda» para ver lo que puedes hacer.",
  "refusal.bookingClosed": "Las reservas para esta clase están cerradas. Escribe «clases» para buscar otra.",
  "refusal.cancelClosed":
    "Es demasiado tarde para cancelar esta clase. Avisa a tu entrenador si no puedes venir.",
  "refusal.started": "Esta clase ya ha empezado.",
  "refusal.cancelled": "Esta clase está cancelada. Escribe «clases» para buscar otra.",
  "refusal.noUsablePass":
    "No tienes ningún bono que cubra esta clase. Pide un bono en el estudio y vuelve a reservar.",
  "refusal.passNotUsable": "Ese bono no sirve para esta clase. Escribe /passes para ver los tuyos.",
  "refusal.already":
    "{waitlisted, select, yes {Ya estás en la lista de espera de esta clase.} other {Ya tienes reserva en esta clase.}}",
  "refusal.notBooked": "Esa reserva ya está cancelada.",
  "refusal.closedReset":
    "Esta clase forma parte de un curso cerrado: sus socios entran con el bono del curso, así que sus reservas no se pueden reiniciar. Cambia la clase sin reiniciar o cancélala.",
  "refusal.closed":
    "Es un curso cerrado (solo con bono): entras con su bono, no reservando. Pregunta en el estudio.",
  "refusal.individual": "Es un entrenamiento individual: tu entrenador te apunta.",
  "refusal.notIndividual":
    "Esa clase no es un entrenamiento individual; las clases de grupo las reservan los socios.",
  "refusal.full": "Esa clase está completa.",
  "refusal.belowConfirmed": "La nueva capacidad está por debajo del número de reservas confirmadas.",
  "refusal.conflict": "Eso ya existe o ha cambiado en ese mismo momento. Compruébalo y vuelve a intentarlo.",
  "refusal.choosePass": "Elige qué bono quieres usar.",
  "refusal.personalOff": "Este estudio aún no ofrece sesiones personales.",
  "refusal.slotTaken": "Ese hueco ya no está libre. Escribe «/personal» para ver los libres.",
  "refusal.slotFull": "Esa sesión de grupo está completa. Escribe «/personal» para ver otras horas.",
  "refusal.trainerBusy":
    "{guard, select, personal_session {El entrenador ya tiene una sesión personal a esa hora; elige otra hora u otro entrenador.} other {El entrenador da una clase de grupo a esa hora; elige otra hora.}}",
  "refusal.dailyMax": "Las sesiones de este tipo del entrenador están completas ese día; prueba otro día.",
  "refusal.payment":
    "{choose, select, yes {Elige cómo vas a pagar: {allowed}.} other {Aquí no se acepta ese método de pago. Se aceptan: {allowed}.}}",
  "refusal.clashNothingChanged":
    "No se ha cambiado nada: un entrenador o una sala estarían en dos sitios a la vez.",
  "refusal.clashChoose": "Elige otra hora, entrenador o sala.",
  "refusal.clashSpace":
    "A esa hora hay otra clase en esa sala, así que no se ha cambiado nada. Elige otra hora u otra sala.",
  "refusal.clashTrainer":
    "El entrenador da otra clase a esa hora, así que no se ha cambiado nada. Elige otra hora u otro entrenador.",
  "refusal.didYouMean": " ¿Querías decir {names}?",
  "refusal.noSpace":
    "No hay ninguna sala llamada {name}.{close} /catalog spaces las lista; /space add {name} la crea.",
  "refusal.noSchedule": "No hay ningún horario llamado {name}.{close} /catalog schedules los lista.",
  "refusal.noType":
    "No hay ningún tipo de entrenamiento llamado {name}.{close} /catalog types los lista; /type add {name} lo crea.",
  "refusal.notATrainer":
    "{name} aún no es entrenador aquí.{close} Hazlo con /staff add @{handle} trainer: cuando me haya escrito podrás nombrarlo aquí (o deja el entrenador fuera por ahora). /staff lista los entrenadores.",
  "refusal.lead":
    "Esa hora no se puede reservar ahora: esta sesión se reserva {hasMin, select, yes {con al menos {min, plural, one {# hora} other {# horas}} de antelación{hasMax, select, yes { y como mucho {max, plural, one {# día} other {# días}} antes} other {}}} other {{hasMax, select, yes {como mucho {max, plural, one {# día} other {# días}} antes} other {con antelación}}}}.",
  "refusal.personalField":
    "{field, select, name {Nombre} description {Descripción} coverImageUrl {Imagen de portada} durationMinutes {Duración} capacity {Capacidad} priceCents {Precio} nonMemberPriceCents {Precio para no socios} currency {Moneda} status {Estado} location {Lugar} accessLevel {Nivel de acceso} bufferMinutes {Margen} minLeadHours {Antelación mínima} maxLeadDays {Antelación máxima} maxPerDay {Sesiones por día} trainers {Entrenadores} paymentMethods {Métodos de pago} showOnMemberList {Mostrar en la lista de socios} enabled {Activado} availability {Disponibilidad} date {Fecha} feedUrl {Dirección del calendario} icsFile {Archivo de calendario} fieldName {Campo} other {Ese valor}}: usa {allowed}.",
  "refusal.nothingToChangeField":
    "Nada que cambiar: indica un campo y su nuevo valor (el formulario los lista).",
  "refusal.nothingToChange":
    "Nada que cambiar: di qué cambiar, p. ej. capacity 20, space Studio B, trainer Sam, to fri 18:00.",
  "refusal.inThePast": "La nueva hora ya ha pasado.",
  "refusal.rangeTooLong": "Ese periodo es demasiado largo; pide como mucho tres meses.",
  "refusal.reasonTooLong": "El motivo es demasiado largo; que no pase de 500 caracteres.",
  "refusal.capacityRange": "La capacidad debe ser un número entero de 0 a 1000.",
  "refusal.invalid": "Parte de eso no era válido. Escribe «ayuda» para ver ejemplos.",
  "field.label":
    "{field, select, name {Nombre} description {Descripción} durationMinutes {Duración (minutos)} capacity {Capacidad} bookingDeadlineMinutes {Cierre de reservas (minutos antes)} cancellationDeadlineMinutes {Plazo de cancelación (minutos antes)} weekdays {Días} startTime {Hora de inicio} startDate {Fecha de inicio} endDate {Fecha de fin} weeks {Número de semanas} sessions {Sesiones} validityDays {Validez (días)} priceCents {Precio} currency {Moneda} timezone {Zona horaria} language {Idioma} reminder {Recordatorio (minutos antes)} passGrantPolicy {Quién da bonos} role {Rol} kind {Tipo} trainingTypes {Tipos de entrenamiento} schedules {Horarios} other {{field}}}",
  "field.lastAdmin":
    "El último administrador del estudio no se puede quitar ni pasar a entrenador. Haz administrador a otra persona primero.",
  "field.beforeStart": "La fecha de fin debe ser igual o posterior a la de inicio.",
  "field.individualIsOne":
    "Un entrenamiento individual tiene capacidad 1; deja la capacidad vacía o ponla en 1.",
  "field.notClosed": "Solo los horarios cerrados (solo con bono) se pueden vincular a un tipo de bono.",
  "field.afterEnd":
    "El horario ya termina el {end}, antes del {last}; terminarlo solo puede adelantar ese día. Para alargarlo: /schedule edit <nombre> | until {lastIso}.",
  "field.tooFar":
    "{label} debe estar dentro de {max, plural, one {# día} other {# días}} desde la fecha de inicio.",
  "field.allowedWord":
    "{word, select, staff {staff (entrenadores y administradores)} admins {admins (solo administradores)} other {{word}}}",
  "field.oneOf": "{label} debe ser uno de: {allowed}.",
  "field.textLength": "{label} debe tener de 1 a {max} caracteres.",
  "field.iana": "{label} debe ser un nombre de zona IANA, como Europe/Madrid o America/New_York.",
  "field.currency": "{label} debe ser un código de moneda de tres letras, como EUR, GBP o USD.",
  "field.time": "{label} debe ser una hora de 24 horas como HH:MM, p. ej. 18:30.",
  "field.date": "{label} debe ser una fecha como AAAA-MM-DD, p. ej. 2027-01-31.",
  "field.weekdays": "{label} debe ser uno o varios de Mon, Tue, Wed, Thu, Fri, Sat, Sun.",
  "field.amount": "{label} debe ser un importe de {min, number} a {max, number}, p. ej. 12.50.",
  "field.whole": "{label} debe ser un número entero de {min} a {max}.",
  "field.severalPeople": "Hay varias personas llamadas {name}. Menciona a la que buscas (@nombre).",
  "field.exists":
    "{what, select, training_type {Ya existe un tipo de entrenamiento llamado {name}{archived, select, yes { (archivado)} other {}}} space {Ya existe una sala llamada {name}{archived, select, yes { (archivada)} other {}}} template {Ya existe una plantilla llamada {name}{archived, select, yes { (archivada)} other {}}} other {Ya existe un tipo de bono llamado {name}{archived, select, yes { (archivado)} other {}}}}. Elige otro nombre.",
};
