/** @fileoverview English stop words: words on nearly every page, which say nothing about what a post is about. */

const WORDS =
  'a about above after again against all almost also although always am among an and another any anyone anything ' +
  'are around as at away back be became because become been before being below best better between both but by ' +
  'can cannot could did do does doing done down during each either else enough even ever every few for from ' +
  'further get gets getting give given go goes going gone got had has have having he her here hers herself him ' +
  'himself his how however i if in into is isn it its itself just keep know last least less let like likely lot ' +
  'lots made make makes making many may maybe me might mine more most much must my myself need needs never new ' +
  'next no nor not nothing now of off often on once one only onto or other others otherwise our ours ourselves ' +
  'out over own per perhaps quite rather really right said same say says see seem seems several shall she should ' +
  'since so some something sometimes soon still such take takes than that the their theirs them themselves then ' +
  'there these they thing things this those though through thus till to too toward towards under until up upon ' +
  'us use used uses using very via want wants was way ways we well were what whatever when where whether which ' +
  'while who whom whose why will with within without would yes yet you your yours yourself yourselves ' +
  'don doesn didn isn aren wasn weren won wouldn shouldn couldn can t s ll ve re d m ' +
  'first second third one two three four five six seven eight nine ten good great little long old big small large ' +
  'day days week weeks month months year years time times today people work www com http https';

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(' '));
