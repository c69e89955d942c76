#!/usr/bin/env node
// The command starts from a V8 snapshot when one is ready (dist/launch.js says how and why).
import { launch } from '../dist/launch.js';

await launch(process.argv.slice(2));
