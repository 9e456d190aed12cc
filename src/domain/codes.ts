import crypto from "node:crypto";

// No 0/O, 1/I/L: codes are read off one screen and typed on another.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random code from an unambiguous alphabet (crypto-random: codes grant access). */
export function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return out;
}

/** Codes are typed by people: case and spaces do not matter. */
export const normalizeCode = (code: string): string => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
