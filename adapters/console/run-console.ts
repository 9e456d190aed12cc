import readline from "node:readline";
import { createConsoleChat } from "./console-chat.ts";
import type { ConsoleTalk } from "./console-intake.ts";
import type { ConsoleNotices } from "./console-sender.ts";

/** Where the console writes: stdout for the conversation (logs go to stderr). */
export interface ConsoleIo {
  input: NodeJS.ReadableStream;
  write(text: string): void;
  /** Shows only the notices of the person talking (the console's sender). */
  notices?: ConsoleNotices;
}

/** "Maria: book spin" -> ["Maria", "book spin"]; a line without a name is said by the current speaker. */
function splitScriptLine(line: string, current: string): { who: string; message: string } | null {
  const t = line.trim();
  if (!t || t.startsWith("#")) return null;
  const m = /^([\p{L}][\p{L}\p{N} ._-]{0,40}):\s*(.*)$/u.exec(t);
  return m ? { who: (m[1] ?? current).trim(), message: m[2] ?? "" } : { who: current, message: t };
}

/**
 * Script mode: every `name: message` line of the input is said in order and each answer is printed
 * under it, numbered buttons included; a line that is just a number presses that button.
 */
export async function runScript(talk: ConsoleTalk, io: ConsoleIo): Promise<void> {
  const chat = createConsoleChat(talk, io.notices ? { notices: io.notices } : {});
  const rl = readline.createInterface({
    input: io.input,
    crlfDelay: Number.POSITIVE_INFINITY,
    terminal: false,
  });
  for await (const line of rl) {
    const said = splitScriptLine(line, chat.speaker());
    if (!said) continue;
    io.write(`> ${said.who}: ${said.message}\n`);
    io.write(`${await chat.say(said.who, said.message)}\n\n`);
  }
}

/** Interactive mode: a prompt with the current speaker's name. */
export async function runInteractive(
  talk: ConsoleTalk,
  io: ConsoleIo & { output: NodeJS.WritableStream },
): Promise<void> {
  const chat = createConsoleChat(talk, io.notices ? { notices: io.notices } : {});
  io.write(
    [
      "Harbour Studio demo chat. You are talking as Maria (member).",
      "Try: sessions · book spin tomorrow 6pm · my bookings · passes · help",
      "Switch person: /as Sam (trainer), /as Ada (admin), /as Kim, /as Leo, /as Noor. Type a number to press a button. Ctrl-D quits.",
      "",
    ].join("\n"),
  );
  // A terminal gets line editing; piped input (a quick demo: `echo sessions | npm start`) does not.
  const terminal = "isTTY" in io.input && io.input.isTTY === true;
  const rl = readline.createInterface({ input: io.input, output: io.output, terminal });
  const prompt = () => rl.setPrompt(`${chat.speaker()}> `);
  prompt();
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) io.write(`${await chat.say(chat.speaker(), line)}\n`);
    prompt();
    rl.prompt();
  }
}
