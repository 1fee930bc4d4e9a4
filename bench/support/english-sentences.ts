/** The English sentences the speech benches say (flite), so their figures are about the same audio. */
export const benchSentences = [
  'The weather is nice today and we are going to the park.',
  'Please open the door for me.',
  'We will start the meeting in five minutes.',
  'Thank you all for coming to the conference this morning.',
  'The next speaker will talk about the history of the city.',
  'Can everyone at the back hear me clearly?',
  'Our first session begins right after the coffee break.',
  'This talk is about speech recognition on small computers.',
] as const;
