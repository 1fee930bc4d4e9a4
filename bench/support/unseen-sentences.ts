/**
 * English sentences no speech setting was tuned on (retold from Aesop's fables, public domain): the
 * speech benches say them too (flite, at bench time), so that endpointing tuned on
 * `english-sentences.ts` is checked on audio it has not seen.
 */
export const unseenSentences = [
  'A hare was making fun of the tortoise one day for being so slow.',
  'The tortoise laughed and said that he would race the hare.',
  'The hare was soon far out of sight and lay down to take a nap.',
  'Slow and steady wins the race.',
  'A crow was sitting on a branch with a piece of cheese in her beak.',
  'A fox saw her and began to think of a way to get the cheese.',
  'The lion woke up and caught the little mouse under his paw.',
  'Some days later the lion was caught in a net set by hunters.',
] as const;
