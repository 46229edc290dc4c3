/** @fileoverview Whether a part of a byline is a job title (`Software Engineer`, `Head of DevRel`), which is no author. */

/** Words that make a part of a byline a job, a rank or a team, in any case. */
const JOB_WORDS = new Set([
  'engineer',
  'engineers',
  'engineering',
  'developer',
  'developers',
  'manager',
  'designer',
  'scientist',
  'researcher',
  'director',
  'lead',
  'leader',
  'advocate',
  'architect',
  'intern',
  'editor',
  'writer',
  'founder',
  'co-founder',
  'cofounder',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'cio',
  'cpo',
  'vp',
  'svp',
  'evp',
  'president',
  'team',
  'staff',
  'senior',
  'sr.',
  'principal',
  'chief',
  'analyst',
  'consultant',
  'specialist',
  'evangelist',
  'officer',
  'programmer',
  'maintainer',
  'strategist',
  'administrator',
  'swe',
  'sre',
  'pm',
  'tpm',
]);

/** `Head of …`, `… at Google`, `… @ Chrome`, `… for Android`: a job said with where it is held. */
const JOB_PHRASE = /^head of\s|\s(?:at|@|for)\s/i;

/**
 * True for a job title (`Software Engineer`, `Staff Developer Advocate`, `CEO`, `Head of Developer Relations`,
 * `Engineering Manager at Acme`, `the V8 team`); false for a name (`Yang Guo`), and for a name after its title
 * (`Staff Engineer Jane Doe`: two capitalised words after the last job word are a person).
 */
export function isJobTitle(part: string): boolean {
  const words = part.trim().split(/\s+/);
  const last = words.findLastIndex((w) => JOB_WORDS.has(w.toLowerCase().replace(/[,;:]$/, '')));
  if (last < 0) return /^head of\s/i.test(part.trim());
  if (JOB_PHRASE.test(part.trim())) return true;
  const after = words.slice(last + 1);
  return !(after.length >= 2 && after.every((w) => /^\p{Lu}/u.test(w)));
}
