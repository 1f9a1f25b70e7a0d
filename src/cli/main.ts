import { Command } from "commander";
import { VERSION } from "../version.js";

const program = new Command()
  .name("bipa-check")
  .description("Audit biometric-data practices against the Illinois BIPA (740 ILCS 14). An assessment aid, not legal advice.")
  .version(VERSION);

program.parse(process.argv);
