/** Which zones keep dates written with their offsets (summer and winter time in one blog). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { offsetsText, writtenOffset, zonesForOffsets } from '../../src/import/zone-for-offsets.ts';

const at = (date: string) => ({ epoch: Date.parse(date), offset: writtenOffset(date)! });

test('offsets as written', () => {
  assert.is(writtenOffset('2023-07-10T00:30:00+02:00'), 120);
  assert.is(writtenOffset('2015-06-06T21:10:30-0430'), -270);
  assert.is(writtenOffset('2022-04-28T00:00:00Z'), 0);
  assert.is(writtenOffset('2022-04-28T00:00:00'), undefined);
  assert.is(writtenOffset('2022-04-28'), undefined);
});

test('+01:00 in winter and +02:00 in summer: central European zones, never a fixed offset', () => {
  const zones = zonesForOffsets([at('2023-03-20T23:30:00+01:00'), at('2023-07-10T00:30:00+02:00')]);
  assert.ok(zones.includes('Europe/Berlin'));
  assert.ok(zones.includes('Europe/Paris'));
  assert.not.ok(zones.some((z) => z.startsWith('Etc/')));
  assert.not.ok(zones.includes('Europe/London'));
  assert.match(zones[0]!, /^Europe\//);
});

test('one offset all year: its fixed zone first; winter time in summer fits no zone', () => {
  assert.is(
    zonesForOffsets([at('2015-06-06T21:10:30-04:00'), at('2015-12-06T21:10:30-04:00')])[0],
    'Etc/GMT+4',
  );
  // +01:00 in July and +02:00 in January: no northern or southern zone does that with these two dates.
  assert.equal(
    zonesForOffsets([
      at('2023-07-10T00:30:00+01:00'),
      at('2023-01-10T00:30:00+02:00'),
      at('2023-03-01T00:30:00+05:00'),
    ]),
    [],
  );
});

test('the offsets named in a note', () => {
  assert.is(
    offsetsText([at('2023-07-10T00:30:00+02:00'), at('2023-03-20T23:30:00+01:00')]),
    '+01:00 and +02:00',
  );
  assert.is(offsetsText([at('2015-06-06T21:10:30-04:30')]), '-04:30');
});

test.run();
