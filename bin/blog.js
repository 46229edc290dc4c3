#!/usr/bin/env node
// Entry point: run the compiled CLI (bundled: one file to load instead of hundreds) and hand its result to the shell as the exit code.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main(process.argv);
