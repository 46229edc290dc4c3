#!/usr/bin/env node
// Entry point: run the compiled CLI and hand its result to the shell as the exit code.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
