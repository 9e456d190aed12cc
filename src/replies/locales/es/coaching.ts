import type { coaching as en } from "../en/coaching.ts";

export const coaching: Record<keyof typeof en, string> = {
  "coaching.weekDay": "Semana {week} Día {day}",
  "coaching.dayNumber": "Día {day}",
  "coaching.dayHeading": "{label} · {date}",
  "coaching.restDay": "Día de descanso",
  "coaching.title": "Coaching 1 a 1",
  "coaching.clientHelp":
    "my week · my week 2 · my day · my day 10 · my coaching · /join CODE (un código de tu coach)",
  "coaching.notSetUp": "El coaching 1 a 1 no está configurado en este asistente.",
  "coaching.openInStudio":
    "Ábrelo primero en el chat de tu estudio, o envía «/join CODE» con el código de tu coach.",
  "coaching.coachesOnly": "Solo los coaches (entrenadores y admins) pueden hacer eso.",
  "coaching.whichSession":
    "Para {day}, {client} tiene {count, plural, one {# sesión} other {# sesiones}}. ¿Cuál?",
  "coaching.archived":
    "{name} archivado. Los calendarios de sus clientes ya se habían movido; no se ha borrado nada.",
  "coaching.digestTime": "{program}: los clientes reciben su resumen diario a las {time} ({timezone}).",
  "coaching.inviteRevoked":
    "Invitación de {client} revocada: su código ya no funciona. Envía una nueva con «invite {client} link».",
  "coaching.horizonSet":
    "{client} ve ahora {days, plural, one {# día} other {# días}} por delante, hoy incluido. Los días que se vayan abriendo llegan en el próximo resumen.",
  "coaching.startDateSet": "La Semana 1 Día 1 de {client} es el {date}.",
  "coaching.clientMoved": "{client} pasa de {from} a {to}; su calendario se mantiene igual.",
  "coaching.written":
    "Escrito para {client}, {day}: {title}{hasBody, select, yes { ({lines, plural, one {# línea} other {# líneas}} de entrenamiento)} other {}}.",
  "coaching.updated": "Actualizado para {client} ({day}): {title}.",
  "coaching.sessionMoved": "{title} de {client} movido de {from} a {to}.",
  "coaching.deleted": "{title} borrado para {client} ({day}).",
  "coaching.weekCopied":
    "{n, plural, one {# sesión copiada} other {# sesiones copiadas}} de la semana {fromWeek} de {from} a la semana {toWeek} de {to}.",
  "coaching.welcome": "Te damos la bienvenida a {program}",
  "coaching.readWaiver": "Antes de abrir tu calendario, lee y acepta el descargo de responsabilidad:",
  "coaching.waiver": "Descargo de responsabilidad",
  "coaching.accept": "Aceptar",
  "coaching.youAreIn":
    "¡Ya estás dentro! Tu calendario empieza el {date} (Semana 1 Día 1). Escribe «my week» para ver tu entrenamiento.",
  "coaching.myWeekButton": "Mi semana",
  "coaching.noProgram":
    "No tienes ningún programa 1 a 1 aquí. Si tu coach te ha enviado un código, envía «/join CODE».",
  "coaching.yourCoaching": "Tu coaching 1 a 1",
  "coaching.needsWaiver": "{program}: acepta el descargo para abrir tu calendario",
  "coaching.since": "{program}: desde el {date}",
  "coaching.acceptWaiverButton": "Aceptar descargo: {program}",
  "coaching.myWeekOf": "Mi semana: {program}",
  "coaching.prevWeek": "◀ Semana {week}",
  "coaching.nextWeek": "Semana {week} ▶",
  "coaching.prevDay": "◀ Día anterior",
  "coaching.nextDay": "Día siguiente ▶",
  "coaching.weekTitle": "{program}: semana {week}",
  "coaching.dayTitle": "{program}: {day}",
  "coaching.restOpens": "Tu coach abre el resto de esta semana día a día.",
  "coaching.status":
    "{status, select, draft {borrador} published {publicado} archived {archivado} other {{status}}}",
  "coaching.helpIntro":
    "Los programas agrupan a tus clientes a un mismo precio; cada cliente tiene su calendario privado.",
  "coaching.helpProgramsHeading": "Programas",
  "coaching.helpPrograms": "programs · new program Standard 200 EUR · publish Standard · archive Standard",
  "coaching.helpDigest": "digest Standard 07:30",
  "coaching.helpClientsHeading": "Clientes",
  "coaching.helpClients": "clients · add client Jo jo@example.com · invite Jo link · invite Jo email",
  "coaching.helpClientsMore":
    "invite new Al al@example.com · revoke Jo · horizon Jo 14 · start Jo 2026-12-01 · move client Jo to Premium",
  "coaching.helpCalendarsHeading": "Calendarios",
  "coaching.helpWrite":
    "calendar Jo week 2 · write Jo W1D3: Sentadillas (el entrenamiento en las líneas siguientes)",
  "coaching.helpEdit":
    "edit Jo W1D3: Nuevo título · move Jo W1D3 to W1D5 · delete Jo W1D3 · copy week 1 from Jo to Al week 3",
  "coaching.noPrograms": "Aún no tienes programas 1 a 1. Crea uno: «new program Standard 200 EUR».",
  "coaching.newProgram": "Nuevo programa",
  "coaching.programsTitle": "Tus programas 1 a 1",
  "coaching.programLine": "{name}: {price}, {status}, resumen a las {time}",
  "coaching.clientsOf": "Clientes: {program}",
  "coaching.publishProgram": "Publicar {program}",
  "coaching.saved":
    "{what, select, created {Creado} published {Publicado} other {Guardado}}: {name} ({price}, {status}).",
  "coaching.waiverOnJoin": "Los clientes aceptan su descargo al unirse.",
  "coaching.nextPublish": "Siguiente paso: «publish {name}» y después añade clientes.",
  "coaching.nextAdd": "Siguiente paso: «add client NAME» o «invite new NAME email@example.com».",
  "coaching.publish": "Publicar",
  "coaching.activeClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: empezó el {date}{seen, select, yes {, ve hasta {through}} other {}}, horizonte de {days, plural, one {# día} other {# días}}",
  "coaching.pendingClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: {state, select, joined {unido, descargo aún sin aceptar} uninvited {aún sin invitar} open {invitado por {method, select, link {enlace} other {correo}}{failed, select, yes { (falló el correo)} other {}}} revoked {invitación revocada} other {invitación usada}}",
  "coaching.activeHeading": "Activos ({n})",
  "coaching.pendingHeading": "Pendientes ({n})",
  "coaching.noneYet": "ninguno aún",
  "coaching.none": "ninguno",
  "coaching.calendarOf": "Calendario: {name}",
  "coaching.resendLink": "Reenviar enlace",
  "coaching.inviteLink": "Enlace de invitación",
  "coaching.emailInvite": "Invitar por correo",
  "coaching.revoke": "Revocar",
  "coaching.clientsTitle": "{program}: clientes",
  "coaching.clientCounts": "{active} activos, {pending} pendientes.",
  "coaching.added":
    "{client} añadido a {program} como pendiente. Su calendario ya existe: escribe su entrenamiento y después envía la invitación.",
  "coaching.tryWrite": "Prueba: write {client} W1D1: Primera sesión",
  "coaching.writeSession": "Escribir una sesión",
  "coaching.inviteQueued":
    "La invitación por correo a {client} <{email}> ya va de camino. Sirve una sola vez y caduca en 14 días.",
  "coaching.inviteQueuedHint":
    "Se une con el código del correo; «clients {program}» muestra cuándo está activo.",
  "coaching.forwardInvite":
    "El correo no está configurado aquí (SMTP_URL), así que reenvía tú esta invitación a {client} <{email}>:",
  "coaching.inviteCode":
    "Invitación para {client} ({program}): código {code}. Sirve una sola vez y caduca en 14 días; una invitación nueva lo sustituye.",
  "coaching.appLink": "Enlace de {app}: {link}",
  "coaching.sendJoin": "{where, select, chat {En el chat} other {En {apps}}} envía: /join {code}",
  "coaching.mailHi": "Hola, {client}:",
  "coaching.mailInvites": "{org} te invita al programa de coaching 1 a 1 «{program}».",
  "coaching.mailOpenLink": "En {app}, abre este enlace:",
  "coaching.mailSend":
    "{or, select, yes {O bien, {where, select, chat {en el chat} other {en {apps}}}} other {{where, select, chat {En el chat} other {En {apps}}}}}, envía esto a nuestro asistente:",
  "coaching.mailExpires": "El código sirve una sola vez y caduca el {date}.",
  "coaching.mailSubject": "Tu invitación a {program} ({org})",
  "coaching.notVisibleYet": "{heading} (aún no visible)",
  "coaching.editEntry": "Editar {label}",
  "coaching.entryLabel": "{day} {title}",
  "coaching.move": "Mover",
  "coaching.delete": "Borrar",
  "coaching.coachStatus":
    "{client} {active, select, yes {ve {days, plural, one {# día} other {# días}} por delante{seen, select, yes { (hasta {through})} other {}}} other {está pendiente: aún no ve nada}}.",
  "coaching.coachWeekTitle": "{client}, semana {week} ({program})",
  "coaching.formEditLine": "Editar {name}",
  "coaching.formNewProgram": "Nuevo programa 1 a 1",
  "coaching.formEditProgram": "Editar programa 1 a 1",
  "coaching.formSave": "Guardar",
  "coaching.formCreate": "Crear",
  "coaching.formName": "Nombre",
  "coaching.formPrice": "Precio (p. ej. 200)",
  "coaching.formCurrency": "Moneda (EUR, GBP, ...)",
  "coaching.formDescription": "Descripción",
  "coaching.formWelcome": "Mensaje de bienvenida",
  "coaching.formWaiver": "Descargo (opcional)",
  "coaching.formWriteLine": "Escribir una sesión para {client}",
  "coaching.formWriteTitle": "Sesión para {client}",
  "coaching.formDay": "Día (W1D3 o número de día)",
  "coaching.formTitle": "Título",
  "coaching.formTraining": "Entrenamiento",
  "coaching.formMoveLine": "Mover {title} ({client}, {day})",
  "coaching.formMoveTitle": "Mover sesión",
  "coaching.formMove": "Mover",
  "coaching.formToDay": "Al día (W1D5 o número de día)",
  "coaching.formEditEntryLine": "Editar {title} ({client}, {day})",
  "coaching.formEditSession": "Editar sesión",
  "coaching.digestTitle": "{program}: nuevo entrenamiento en tu calendario",
  "coaching.digestHint": "Escribe «my week» para ver toda tu semana.",
  "coaching.changedTitle": "{program}: tu coach ha cambiado tu calendario",
  "coaching.changedRemoved": "«{title}» ({day}) se ha quitado.",
  "coaching.changedLater":
    "«{title}» ({day}) se ha movido a un día posterior; lo verás cuando ese día se abra.",
  "coaching.changedMoved": "«{title}» se ha movido de {from} a {to}.",
  "coaching.changedAdded": "Nueva sesión, {day}:",
  "coaching.changedEdited": "Sesión actualizada, {day}:",
  "coaching.errInviteUnknown":
    "Ese código de invitación no es válido. Revísalo o pide a tu coach una invitación nueva.",
  "coaching.errInviteUsed":
    "Ese código de invitación ya se ha usado. Cada código sirve una sola vez: pide uno nuevo a tu coach.",
  "coaching.errInviteExpired":
    "Ese código de invitación ha caducado. Pide a tu coach que te envíe una invitación nueva.",
  "coaching.errInviteRevoked":
    "Esa invitación se retiró o la sustituyó otra más reciente. Pide a tu coach la última.",
  "coaching.errNotVisibleYet":
    "Tu coach aún no ha abierto esa parte de tu calendario (puedes ver hasta el día {day}). Escribe «my week».",
  "coaching.errHasClients":
    "Ese programa aún tiene {n, plural, one {# cliente} other {# clientes}}. Muévelos antes a otro programa («move client NAME to PROGRAM») y después archívalo.",
  "coaching.errArchived": "Ese programa está archivado. Usa otro.",
  "coaching.errNotFound":
    "{what, select, program {No se ha encontrado ese programa. Escribe «programs» para ver los tuyos.} client {No se ha encontrado ese cliente. Escribe «clients» para verlos.} calendar_session {No se ha encontrado esa sesión (quizá se movió o se quitó).} coaching {Aún no tienes un calendario 1 a 1 aquí. Si tu coach te ha enviado un código, envía «/join CODE». Para las clases del estudio de esta semana, escribe «week».} other {No se ha encontrado.}}",
  "coaching.errConflict":
    "{reason, select, already_joined {Ese cliente ya se ha unido; no hay nada que enviar.} already_in_program {Esa persona ya es cliente de ese programa.} other {Eso ha cambiado en el mismo momento. Compruébalo y vuelve a intentarlo.}}",
  "coaching.errAmbiguous":
    "¿A qué {field, select, program {programa} other {cliente}} te refieres: {names}? Usa el nombre completo.",
  "coaching.errNothingToChange":
    "No hay nada que cambiar: indica un título o un texto de entrenamiento nuevo.",
  "coaching.errNotPublished": "Publica primero el programa («publish PROGRAM») y después invita a clientes.",
  "coaching.errNoOpenInvite": "Ese cliente no tiene ninguna invitación abierta que revocar.",
  "coaching.errChooseProgram": "Estás en varios programas: escribe «my coaching» y elige uno.",
  "coaching.errNoEmail": "Ese cliente no tiene correo electrónico: invítalo por enlace («invite NAME link»).",
  "coaching.errInvalid":
    "{field, select, price {El precio debe ser un número como 200 o 149.50.} currency {La moneda debe ser un código de tres letras como EUR o GBP.} email {Esa dirección de correo no parece correcta.} time {La hora debe tener la forma 07:30.} date {La fecha debe tener la forma 2026-12-01.} day {El día debe ser como W2D3 (semana 2, día 3) o day 10, desde el día 1.} week {La semana debe ser un número a partir de 1.} horizon {El número de días debe estar entre 1 y 366.} name {Indica un nombre (hasta 80 caracteres).} clientName {Indica el nombre del cliente (hasta 80 caracteres).} title {Ponle un título a la sesión (hasta 100 caracteres).} body {El texto del entrenamiento es demasiado largo (hasta 1500 caracteres).} description {La descripción es demasiado larga (hasta 1000 caracteres).} welcome {El mensaje de bienvenida es demasiado largo (hasta 1000 caracteres).} waiver {El descargo es demasiado largo (hasta 1500 caracteres).} other {Algo no era válido. Escribe «coach help» para ver ejemplos.}}",
};
