import assert from 'node:assert/strict';
import { test } from 'uvu';
import { isJobTitle } from '../../src/content/job-title.ts';
import { readAuthors } from '../../src/content/post.ts';

test('one string naming several authors as prose gives each name, never one called "and …"', () => {
  assert.deepEqual(readAuthors('Ulan Degenbaev, Michael Lippautz, and Hannes Payer'), [
    'Ulan Degenbaev',
    'Michael Lippautz',
    'Hannes Payer',
  ]);
  assert.deepEqual(readAuthors('Ana, Bo and Cy'), ['Ana', 'Bo', 'Cy']);
  assert.deepEqual(readAuthors('Ana & Bo'), ['Ana', 'Bo']);
  assert.deepEqual(readAuthors('Ana AND Bo'), ['Ana', 'Bo']);
});

test('a single name, a name containing "and" and a list are kept as written', () => {
  assert.deepEqual(readAuthors('Jane Doe'), ['Jane Doe']);
  assert.deepEqual(readAuthors('Alexander Andersson'), ['Alexander Andersson']);
  assert.deepEqual(readAuthors('Sandra Brand'), ['Sandra Brand']);
  assert.deepEqual(readAuthors(['Ana and Bo', 'Cy']), ['Ana and Bo', 'Cy']);
  assert.deepEqual(readAuthors(undefined), []);
});

test('a job title after the first name is no author: `Yang Guo, Software Engineer` is Yang Guo', () => {
  // v8.dev's src/blog/v8-release-*.md bylines, and the forms other company blogs write.
  assert.deepEqual(readAuthors('Yang Guo, Software Engineer'), ['Yang Guo']);
  assert.deepEqual(readAuthors('Ana Peško, Staff Developer Advocate, and Bo Li, CTO'), [
    'Ana Peško',
    'Bo Li',
  ]);
  assert.deepEqual(readAuthors('Jane Doe, Head of Developer Relations'), ['Jane Doe']);
  assert.deepEqual(readAuthors('Ana, Bo, and Cy'), ['Ana', 'Bo', 'Cy']);
  // The first part is always a name; a list is taken as written.
  assert.deepEqual(readAuthors('Lead'), ['Lead']);
  assert.deepEqual(readAuthors(['Yang Guo', 'Software Engineer']), ['Yang Guo', 'Software Engineer']);
});

test('isJobTitle: jobs, ranks and teams, not names (a name after its title stays a name)', () => {
  const jobs = [
    'Software Engineer',
    'software engineer',
    'Senior Staff Engineer',
    'Developer Advocate',
    'Engineering Manager at Acme',
    'Product Designer @ Acme',
    'Research Scientist',
    'Researcher',
    'Director of Engineering',
    'Tech Lead',
    'Solutions Architect',
    'Intern',
    'Editor',
    'Technical Writer',
    'Co-founder',
    'Founder and CEO',
    'CEO',
    'VP Engineering',
    'Head of DevRel',
    'the V8 team',
    'Principal Program Manager',
  ];
  for (const part of jobs) assert.ok(isJobTitle(part), part);
  const names = ['Yang Guo', 'Ana', 'Wouter van Oortmerssen', 'Staff Engineer Jane Doe', 'Teamwork Smith'];
  for (const part of names) assert.ok(!isJobTitle(part), part);
});

test.run();
