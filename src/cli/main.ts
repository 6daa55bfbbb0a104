#!/usr/bin/env node
import 'reflect-metadata';
import { Command } from 'commander';
import { loadEnvFile } from '../env-file';
import { SERVICE_VERSION } from '../version';
import { exportCommand } from './export.command';
import { generateCommand } from './generate.command';
import { importCommand } from './import.command';
import { neo4jCommand } from './neo4j.command';
import { reportCommand } from './report.command';
import { schemaCommand } from './schema.command';
import { serveCommand } from './serve.command';

/** The program; settings come from the environment, then from `.env` (or ENV_FILE) for what is unset. */
export function buildProgram(): Command {
  loadEnvFile();
  return new Command('partnership-graph')
    .description(
      'Stakeholders of learning communities, their partnerships and the cross-sector links that are missing.',
    )
    .version(SERVICE_VERSION)
    .showHelpAfterError()
    .addCommand(serveCommand())
    .addCommand(neo4jCommand())
    .addCommand(schemaCommand())
    .addCommand(importCommand())
    .addCommand(exportCommand())
    .addCommand(reportCommand())
    .addCommand(generateCommand());
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
