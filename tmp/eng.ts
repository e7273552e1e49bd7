import { isBaseVerb, verbLikelihood, baseOf, gerundOf, pastOf } from '../src/core/lint/english';
for (const w of process.argv.slice(2)) console.log(w, isBaseVerb(w), verbLikelihood(w), baseOf(w), gerundOf(baseOf(w) ?? w), pastOf(baseOf(w) ?? w));
