/**
 * Words that carry no class or trainer name, in the languages the parser reads. A word that is not
 * one of these, not a date or time, and not a name of the studio is an unknown name ("zumba") and
 * is named back to the person instead of being dropped.
 */
const WORDS = {
  en: `a an the my me i i'm im i'd id to for on at in with by of from class classes session sessions
    training trainings please pls plz book booking booked bookings cancel next this that what whats s is
    show list can could you would like want wanna go going get put sign up into some any slot spot spots
    place places one it there do does did have has got am are be been thanks thank thx ty hi hey hello
    ok okay just also and or again reserve reservation reservations let lets us we our o clock oclock
    h hr hrs day days time times available free open schedule see tell which when where how many left
    join enrol enroll register yes no u ur gonna maybe possible possibly asap only same usual need seat
    bike mat t don won cannot make out on's happening upcoming week weekend all every please kindly
    sure will shall should may might course courses lesson lessons workout workouts gym studio studios
    be able up coming for me anything something else other others instead then now later soon around
    about approx approximately or so if still actually really going attend attending start starts down
    starting begins begin um uh teach teaches teaching come lunch`,
  de: `ich mich mir möchte moechte mochte würde wuerde wurde gern gerne bitte für fuer fur am um im in
    den die das der dem des ein eine einen einem kurs kurse kursen stunde stunden termin termine uhr
    buchen buche gebucht zum zur platz mal noch und oder was gibt es habe hab meine mein meinen ist los
    nächsten naechsten nächste naechste kommenden kommende diese diesen dieser bei mit an auf kann
    können koennen wir uns bin hallo hi danke einen anmelden melde an training trainings stornieren
    storniere absagen sage ab welche welcher wann wo wie viele zeig zeige zeigen mir alle läuft laeuft
    gibt's kurs morgens abends mittags vormittags nachmittags`,
  fr: `je j veux voudrais réserver reserver réserve reserve un une le la les l de du des d pour à a au
    aux cours séance seance séances seances svp stp s il vous plaît plait mon ma mes moi me avec et ou
    quels quelles quel quelle sont y est c ce cette prochain prochaine merci bonjour salut annuler
    annule inscrire inscris m peux pouvez puis-je voir montre montrez qu quoi il y a t
    réservations reservations séances`,
  es: `quiero quisiera reservar reserva una un el la los las de del para a al clase clases por favor mi
    mis me con y o en hay que qué cuáles cuales cual es son hola gracias puedo podría podria ver
    muestra muéstrame cancelar cancela anular próximo proximo próxima proxima esta este apúntame
    apuntame hay qué
    reservas`,
  it: `prenota prenotare prenotami vorrei voglio una un uno il lo la le i gli di del della per alle
    alla allo a al corso corsi lezione lezioni favore mi con e o ciao grazie posso annulla annullare
    cancella mostra mostrami quali sono c è prossimo prossima questa questo mio mia miei mie`,
  nl: `boek boeken reserveer reserveren ik wil graag een de het om voor les lessen met mijn en of uur
    op in aan kan ik me mij annuleer annuleren toon laat zien welke zijn er volgende deze hallo dank
    bedankt`,
  pt: `reservar reserva quero queria uma um o a os as de do da dos das para às as aula aulas por favor
    com e ou minha meu minhas meus no na em me olá ola obrigado obrigada posso cancelar mostrar
    próximo proximo próxima proxima esta este`,
  sv: `boka jag vill en ett på pa kl klockan för for med och min mina mig till i nästa nasta denna
    detta hej tack kan avboka visa vilka finns`,
  fi: `varaa varata haluan tunti tunnit tunnille klo kello ja minun minulle kanssa peru peruuta hei
    kiitos voinko näytä nayta seuraava tämä tama`,
};

export const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(WORDS)
    .join(" ")
    .split(/\s+/)
    .flatMap((w) => [w, w.normalize("NFKD").replace(/\p{M}+/gu, "")])
    .filter(Boolean),
);

/** "with" in each language: names after it are trainers. */
export const WITH_WORDS: ReadonlySet<string> = new Set([
  "with",
  "mit",
  "avec",
  "con",
  "met",
  "com",
  "med",
  "kanssa",
  "w",
]);
